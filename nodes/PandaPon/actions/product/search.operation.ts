import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequestAllItems, type Paging } from '../../transport';
import { extractPage } from '../../helpers/product';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { returnAllOrLimit } from '../common.descriptions';
import { alibabaFilterBody, alibabaFiltersProperty, alibabaFiltersSchema } from './shared';

const commonProperties: INodeProperties[] = [
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. T恤 or t-shirt',
		description: 'Words to search for. Chinese keywords usually match best.',
	},
	...returnAllOrLimit(),
];

const taobaoProperties: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'string',
				default: '',
				placeholder: 'e.g. tk_rate_desc',
				description: 'Sort order passed to PandaPon as it is (the documented example is tk_rate_desc)',
			},
		],
	},
];

export const description = [
	...updateDisplayOptions({ show: { resource: ['product'], operation: ['search'] } }, commonProperties),
	...updateDisplayOptions(
		{
			show: {
				resource: ['product'],
				operation: ['search'],
				platform: ['taobao'],
			},
		},
		taobaoProperties,
	),
	...updateDisplayOptions(
		{
			show: {
				resource: ['product'],
				operation: ['search'],
				platform: ['alibaba'],
			},
		},
		[alibabaFiltersProperty()],
	),
];

// ref 6: Taobao v2 search takes pageNo with 1 ≤ pageSize ≤ 40.
export const taobaoSearchPaging: Paging = {
	pageParam: 'pageNo',
	in: 'body',
	maxPageSize: 40,
	extract: extractPage,
};
// ref 4.6 A-G3: 1688 pages by beginPage; no maximum is documented, the examples use 20.
export const alibabaSearchPaging: Paging = {
	pageParam: 'beginPage',
	in: 'body',
	maxPageSize: 20,
	extract: extractPage,
};

const keyword = z.string({ invalid_type_error: 'expected text' }).trim().min(1, 'a keyword is required');
const listSchema = z.object({
	returnAll: z.boolean(),
	limit: z.number().int().positive().optional(),
});

// ref 4.1 (T-G2): {keyword, pageSize, pageNo, sort}
const taobaoSchema = listSchema.extend({
	keyword,
	options: z.object({ sort: z.string().trim().optional() }).strict(),
});
// ref 4.6 (A-G3): {keyword, beginPage, pageSize, country, filter, sort, outMemberId, priceStart, priceEnd, categoryId}
const alibabaSchema = listSchema.extend({
	keyword,
	filters: alibabaFiltersSchema,
});

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const common = {
		keyword: this.getNodeParameter('keyword', itemIndex),
		returnAll,
		limit: returnAll ? undefined : this.getNodeParameter('limit', itemIndex, 50),
	};

	if (platform === 'alibaba') {
		const input = parseInput.call(
			this,
			alibabaSchema,
			{ ...common, filters: this.getNodeParameter('filters', itemIndex, {}) },
			itemIndex,
		);
		const body = {
			keyword: input.keyword,
			...alibabaFilterBody(input.filters, 'string'),
		};
		const records = await pandaPonRequestAllItems.call(this, 'product.search.alibaba', alibabaSearchPaging, {
			body,
			returnAll: input.returnAll,
			limit: input.limit,
			itemIndex,
		});
		return toOutput.call(this, records, itemIndex);
	}

	const input = parseInput.call(
		this,
		taobaoSchema,
		{ ...common, options: this.getNodeParameter('options', itemIndex, {}) },
		itemIndex,
	);
	const records = await pandaPonRequestAllItems.call(this, 'product.search.taobao', taobaoSearchPaging, {
		body: compact({ keyword: input.keyword, sort: input.options.sort }),
		returnAll: input.returnAll,
		limit: input.limit,
		itemIndex,
	});
	return toOutput.call(this, records, itemIndex);
}
