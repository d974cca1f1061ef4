import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { taobaoRefundIdProperty, taobaoRefundIdSchema } from './shared';

const properties: INodeProperties[] = [
	{
		displayName:
			'Cancels the reverse order at once. The request is never retried automatically: if it fails, check the refund with Get before trying again.',
		name: 'cancelNotice',
		type: 'notice',
		default: '',
	},
	taobaoRefundIdProperty,
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['cancel'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

const schema = z.object({ refundId: taobaoRefundIdSchema() });

// ref 4.4 (T-A5): GET /open/order/refund/cancel/{refundId}; a GET that cancels, so the catalogue marks it never retried.
export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{ refundId: this.getNodeParameter('refundId', itemIndex) },
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	{ refundId }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.cancel.taobao', {
		pathParams: { refundId },
		itemIndex,
	});
	return toOutput.call(this, data ?? { refundId, cancelSuccess: true }, itemIndex);
}
