import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { orderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty, orderWriteResult, readOrderId } from './shared';

const properties: INodeProperties[] = [
	{
		displayName:
			'Paying spends real money from your PandaPon balance. The request is sent exactly once and never retried automatically: if it fails, check the order with Get before paying again.',
		name: 'payNotice',
		type: 'notice',
		default: '',
	},
	orderIdProperty,
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['pay'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Inferred endpoint (catalogue note): body {orderId}; data {orderId, status}.
const schema = z.object({ orderId: orderIdSchema() });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(this, schema, { orderId: readOrderId.call(this, itemIndex) }, itemIndex);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'taobaoOrder.pay', { body, itemIndex });
	return toOutput.call(this, orderWriteResult(data, body.orderId), itemIndex);
}
