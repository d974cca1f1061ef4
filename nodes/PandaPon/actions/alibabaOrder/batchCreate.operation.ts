import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toJsonObjects, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { simplifyProperty } from '../common.descriptions';
import { orderBodyProperties, orderBodySchema, readOrderInput, toOrderBody } from './cargo';
import { shapeOrders } from './simplify';

const properties: INodeProperties[] = [
	{
		displayName:
			'Places real 1688 orders, one per seller. It is sent exactly once and never retried automatically: if it fails, check the order list before running it again.',
		name: 'writeNotice',
		type: 'notice',
		default: '',
	},
	...orderBodyProperties(true),
	{
		...simplifyProperty,
		description:
			'Whether to return only orderId, status, amounts (yuan), seller, createTime, products and the per-order success/errorCode/errorMsg instead of the ~150 fields 1688 returns per order',
	},
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['batchCreate'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// seed 003: POST /v2/alibaba/order/batch/create {flow, addressParam, cargoParamList[{offerMapId|offerId, specId,
// quantity, sellerOpenId}]}; data is one order per seller, each with its own success/errorCode/errorMsg.
const schema = orderBodySchema(true);

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(this, schema, readOrderInput.call(this, itemIndex), itemIndex);
	return {
		body: toOrderBody(input),
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'alibabaOrder.batchCreate', {
		body: input.body,
		itemIndex,
	});
	// One output item per order, failed ones included, so that no created order id is ever hidden by an error.
	return toOutput.call(this, shapeOrders(toJsonObjects(data), input.simplify), itemIndex);
}
