import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { alibabaOrderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty, WEB_SITE } from './orderId';

const properties: INodeProperties[] = [
	{
		displayName:
			'Cancels a real 1688 order before payment. It is sent exactly once and never retried automatically.',
		name: 'writeNotice',
		type: 'notice',
		default: '',
	},
	orderIdProperty,
	{
		displayName: 'Cancel Reason',
		name: 'cancelReason',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. buyerCancel',
		description:
			"Why the order is cancelled: free text such as 不想要了, or one of 1688's codes buyerCancel, sellerGoodsLack, other",
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		default: '',
		description: 'Optional note sent with the cancellation',
	},
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['cancel'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O8): {webSite: "1688", orderId, cancelReason, remark?}; data: true. orderId goes as a string (ref 6).
const schema = z.object({
	orderId: alibabaOrderIdSchema(),
	cancelReason: z
		.string({ required_error: 'is required' })
		.trim()
		.min(1, 'is required (why the order is cancelled)'),
	remark: z.string().trim().optional(),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			orderId: this.getNodeParameter('orderId', itemIndex),
			cancelReason: this.getNodeParameter('cancelReason', itemIndex),
			remark: this.getNodeParameter('remark', itemIndex, ''),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = {
		webSite: WEB_SITE,
		orderId: input.orderId,
		cancelReason: input.cancelReason,
		...(input.remark ? { remark: input.remark } : {}),
	};
	const data = await pandaPonRequest.call(this, 'alibabaOrder.cancel', { body, itemIndex });
	return toOutput.call(
		this,
		{ orderId: input.orderId, cancelled: data !== false, ...(isPlainObject(data) ? data : {}) },
		itemIndex,
	);
}
