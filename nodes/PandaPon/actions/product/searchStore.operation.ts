import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { compact, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	readReturnAllOrLimit,
	requestListOutput,
	returnAllOrLimit,
	returnAllOrLimitFields,
} from '../list';
import { alibabaFilterBody, alibabaFiltersProperty, alibabaFiltersSchema } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: 'Seller Open ID',
		name: 'sellerOpenId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. BBBwAN4GQ60zRPzBkv7BYPJRQ',
		description:
			'Encrypted 1688 seller ID (sellerOpenId), as returned by product details and searches',
	},
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		default: '',
		description:
			"Words to search for in the seller's store. Leave empty to list the store's products.",
	},
	...returnAllOrLimit(),
	alibabaFiltersProperty(),
];

const displayOptions = {
	show: {
		resource: ['product'],
		operation: ['searchStore'],
		platform: ['alibaba'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.6 (A-G5): {keyword, beginPage, pageSize, filter, sort, outMemberId, priceStart, priceEnd, categoryId int, country, sellerOpenId}
const schema = z.object({
	sellerOpenId: z
		.string({ invalid_type_error: 'expected text' })
		.trim()
		.regex(/^[A-Za-z0-9_-]+$/, 'expected a sellerOpenId such as BBBwAN4GQ60zRPzBkv7BYPJRQ'),
	keyword: z.string({ invalid_type_error: 'expected text' }).trim().optional(),
	...returnAllOrLimitFields,
	filters: alibabaFiltersSchema,
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(
		this,
		schema,
		{
			sellerOpenId: this.getNodeParameter('sellerOpenId', itemIndex),
			keyword: this.getNodeParameter('keyword', itemIndex, ''),
			...readReturnAllOrLimit.call(this, itemIndex),
			filters: this.getNodeParameter('filters', itemIndex, {}),
		},
		itemIndex,
	);
	const body = {
		...compact({ keyword: input.keyword }),
		...alibabaFilterBody(input.filters, 'number'),
		sellerOpenId: input.sellerOpenId,
	};
	return { returnAll: input.returnAll, limit: input.limit, body };
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await requestListOutput.call(this, 'product.searchStore.alibaba', itemIndex, input, {
		body: input.body,
	});
}
