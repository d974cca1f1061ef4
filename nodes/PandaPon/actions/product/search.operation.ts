import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
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
				description:
					'Sort order passed to PandaPon as it is (the documented example is tk_rate_desc)',
			},
		],
	},
];

export const description = [
	...updateDisplayOptions(
		{ show: { resource: ['product'], operation: ['search'] } },
		commonProperties,
	),
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

const keyword = z
	.string({ invalid_type_error: 'expected text' })
	.trim()
	.min(1, 'a keyword is required');
const listSchema = z.object(returnAllOrLimitFields);

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

interface Input {
	key: 'product.search.alibaba' | 'product.search.taobao';
	returnAll: boolean;
	limit?: number;
	body: IDataObject;
}

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	const common = {
		keyword: this.getNodeParameter('keyword', itemIndex),
		...readReturnAllOrLimit.call(this, itemIndex),
	};

	if (platform === 'alibaba') {
		const input = parseInput.call(
			this,
			alibabaSchema,
			{ ...common, filters: this.getNodeParameter('filters', itemIndex, {}) },
			itemIndex,
		);
		const body = { keyword: input.keyword, ...alibabaFilterBody(input.filters, 'string') };
		return { key: 'product.search.alibaba', returnAll: input.returnAll, limit: input.limit, body };
	}

	const input = parseInput.call(
		this,
		taobaoSchema,
		{ ...common, options: this.getNodeParameter('options', itemIndex, {}) },
		itemIndex,
	);
	const body = compact({ keyword: input.keyword, sort: input.options.sort });
	return { key: 'product.search.taobao', returnAll: input.returnAll, limit: input.limit, body };
}

export async function send(
	this: IExecuteFunctions,
	input: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await requestListOutput.call(this, input.key, itemIndex, input, { body: input.body });
}
