import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { orderIdListSchema, parseInput } from '../../helpers/validation';

const properties: INodeProperties[] = [
	{
		displayName:
			'Submits real 1688 orders for payment: money is spent. It is sent exactly once and never retried automatically: if it fails, check the orders before running it again.',
		name: 'writeNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Order IDs',
		name: 'orderIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2059624776425880794, 2060506524492880794',
		description:
			'1688 order IDs separated by commas, or an expression giving a list. To pay orders from several input items in one call, combine them first (for example with an Aggregate node).',
	},
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['submitForPayment'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O1): {"orderIds": ["2059624776425880794", ...]}, ids as strings.
const schema = z.object({ orderIds: orderIdListSchema() });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{ orderIds: this.getNodeParameter('orderIds', itemIndex) },
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'alibabaOrder.submitForPayment', {
		body,
		itemIndex,
	});
	return toOutput.call(
		this,
		isPlainObject(data)
			? { orderIds: body.orderIds, ...data }
			: { orderIds: body.orderIds, result: data ?? null },
		itemIndex,
	);
}
