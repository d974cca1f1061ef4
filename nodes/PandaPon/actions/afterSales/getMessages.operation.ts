import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequestAllItems, type Paging } from '../../transport';
import { extractPage } from '../../helpers/product';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { returnAllOrLimit } from '../common.descriptions';
import { taobaoRefundIdProperty, taobaoRefundIdSchema } from './shared';

const properties: INodeProperties[] = [taobaoRefundIdProperty, ...returnAllOrLimit()];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['getMessages'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): body {refundId, pageNo, pageSize}; data {total, data[]}.
const paging: Paging = {
	pageParam: 'pageNo',
	in: 'body',
	maxPageSize: 20,
	extract: extractPage,
};

const schema = z.object({
	refundId: taobaoRefundIdSchema(),
	returnAll: z.boolean(),
	limit: z.number().int().positive().optional(),
});

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const input = parseInput.call(
		this,
		schema,
		{
			refundId: this.getNodeParameter('refundId', itemIndex),
			returnAll,
			limit: returnAll ? undefined : this.getNodeParameter('limit', itemIndex, 50),
		},
		itemIndex,
	);
	const records = await pandaPonRequestAllItems.call(this, 'afterSales.getMessages.taobao', paging, {
		body: { refundId: input.refundId },
		returnAll: input.returnAll,
		limit: input.limit,
		itemIndex,
	});
	return toOutput.call(this, records, itemIndex);
}
