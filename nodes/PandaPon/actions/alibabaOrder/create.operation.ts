import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { orderBodyProperties, orderBodySchema, readOrderInput, toOrderBody } from './cargo';

const properties: INodeProperties[] = [
	{
		displayName:
			'Places a real 1688 order with one seller. It is sent exactly once and never retried automatically: if it fails, check the order list before running it again.',
		name: 'writeNotice',
		type: 'notice',
		default: '',
	},
	...orderBodyProperties(false),
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O7): flow, addressParam and cargoParamList required; message, shopPromotionId, tradeType optional.
const schema = orderBodySchema(false);

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return {
		body: toOrderBody(
			parseInput.call(this, schema, readOrderInput.call(this, itemIndex), itemIndex),
		),
	};
}

export async function send(
	this: IExecuteFunctions,
	{ body }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'alibabaOrder.create', { body, itemIndex });
	// data is 1688's short create result {orderId, totalSuccessAmount, postFee, failedOfferList}: no Simplify needed.
	return toOutput.call(this, data, itemIndex, 'orderId');
}
