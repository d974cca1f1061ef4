import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { alibabaOrderIdSchema, orderIdListSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty } from './orderId';

const properties: INodeProperties[] = [
	{
		displayName:
			'Confirms receipt of a real 1688 order, which releases the payment to the seller. It is sent exactly once and never retried automatically.',
		name: 'writeNotice',
		type: 'notice',
		default: '',
	},
	orderIdProperty,
	{
		displayName: 'Order Entry IDs',
		name: 'orderEntryIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2540608320348880794',
		description:
			'Sub-order (order entry) IDs to confirm, separated by commas, or an expression giving a list. Simplified orders list them as products[].subItemId.',
	},
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['confirmReceipt'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O10): {orderId, orderEntryIds[]}; both 19-digit, so sent as strings (ref 6).
// data {success, errorInfo, errorCode}: 1688's own result, nested in a successful envelope.
const schema = z.object({
	orderId: alibabaOrderIdSchema(),
	orderEntryIds: orderIdListSchema('order entry ID'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			orderId: this.getNodeParameter('orderId', itemIndex),
			orderEntryIds: this.getNodeParameter('orderEntryIds', itemIndex),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	// A refusal inside the success envelope (data.success false) is raised by the transport (catalogue dataFailure).
	const data = await pandaPonRequest.call(this, 'alibabaOrder.confirmReceipt', { body, itemIndex });
	return toOutput.call(
		this,
		{
			orderId: body.orderId,
			orderEntryIds: body.orderEntryIds,
			...(isPlainObject(data) ? data : {}),
		},
		itemIndex,
	);
}
