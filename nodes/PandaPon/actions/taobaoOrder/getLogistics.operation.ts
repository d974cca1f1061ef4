import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { numericId, parseInput } from '../../helpers/validation';

const properties: INodeProperties[] = [
	{
		displayName: 'Sub-Purchase-Order ID',
		name: 'subPurchaseOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 200048859480',
		description:
			'Taobao sub-purchase-order ID of one order line: "subPurchaseOrderId" (or "taobaoSubPurchaseId") in the sub-orders of Get / Get Many',
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['getLogistics'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.2 (T-O9): GET /v2/taobao/order/logistics/detail/get?subPurchaseOrderId=
const schema = z.object({ subPurchaseOrderId: numericId('a sub-purchase-order ID') });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{ subPurchaseOrderId: this.getNodeParameter('subPurchaseOrderId', itemIndex) },
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	qs: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'taobaoOrder.getLogistics', { qs, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex);
}
