import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { readParameters, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { idList, orderIdSchema, parseInput } from '../../helpers/validation';
import {
	alibabaGoodsStatusProperty,
	alibabaGoodsStatusSchema,
	alibabaOrderIdProperty,
	orderEntryIdsProperty,
} from './shared';

const properties: INodeProperties[] = [
	alibabaOrderIdProperty,
	orderEntryIdsProperty,
	alibabaGoodsStatusProperty,
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['getReasons'],
		platform: ['alibaba'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): body {orderId, orderEntryIds, goodsStatus}; data [{id, name, needVoucher}]. Ids stay strings.
const schema = z.object({
	orderId: orderIdSchema(),
	orderEntryIds: idList('sub-order ID'),
	goodsStatus: alibabaGoodsStatusSchema(),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(this, schema, readParameters.call(this, properties, itemIndex), itemIndex);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.getReasons.alibaba', {
		body,
		itemIndex,
	});
	return toOutput.call(this, data ?? [], itemIndex);
}
