import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { orderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty, orderWriteResult, readOrderId } from './shared';

const properties: INodeProperties[] = [
	orderIdProperty,
	{
		displayName: 'Cancel Reason',
		name: 'cancelReason',
		type: 'string',
		default: '',
		placeholder: 'e.g. Customer changed their mind',
		description: 'Why the order is cancelled. Optional.',
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['cancel'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Inferred endpoint (catalogue note): body {orderId, cancelReason?}; data true.
const schema = z.object({ orderId: orderIdSchema(), cancelReason: z.string().trim().optional() });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			orderId: readOrderId.call(this, itemIndex),
			cancelReason: this.getNodeParameter('cancelReason', itemIndex, ''),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'taobaoOrder.cancel', {
		body: compact(input),
		itemIndex,
	});
	return toOutput.call(this, orderWriteResult(data, input.orderId), itemIndex);
}
