import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequestAllItems, type Paging } from '../../transport';
import { parseAlibabaOfferId } from '../../helpers/ids';
import { extractPage } from '../../helpers/product';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { returnAllOrLimit } from '../common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Offer ID or Link',
		name: 'offerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. f6vE-dfY1NV37oG_fz9WSA or https://detail.1688.com/offer/706627393257.html',
		description:
			'1688 offer ID (the numeric ID or the v2 offerMapId such as f6vE-dfY1NV37oG_fz9WSA), or a 1688 offer link',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		default: 'en',
		description: 'Language of the translated titles',
		options: [
			{ name: 'English', value: 'en' },
			{ name: 'Vietnamese', value: 'vi' },
		],
	},
	...returnAllOrLimit(),
];

const displayOptions = {
	show: {
		resource: ['product'],
		operation: ['getRelated'],
		platform: ['alibaba'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.6 (A-G8): v2 body {offerId (string), pageNo, pageSize, language}; the page shape is not documented.
const paging: Paging = {
	pageParam: 'pageNo',
	in: 'body',
	maxPageSize: 20,
	extract: extractPage,
};

const offerId = z.preprocess(
	(value) => (typeof value === 'string' ? (parseAlibabaOfferId(value) ?? value.trim()) : value),
	z
		.string({ invalid_type_error: 'expected a 1688 offer ID or link' })
		.regex(
			/^[A-Za-z0-9_-]{5,64}$/,
			'expected a 1688 offer ID (digits or an offerMapId such as f6vE-dfY1NV37oG_fz9WSA) or an offer link',
		),
);

const schema = z.object({
	offerId,
	language: z
		.string()
		.trim()
		.regex(/^[a-z]{2}$/, 'expected a two-letter language code such as en'),
	returnAll: z.boolean(),
	limit: z.number().int().positive().optional(),
});

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const input = parseInput.call(
		this,
		schema,
		{
			offerId: this.getNodeParameter('offerId', itemIndex),
			language: this.getNodeParameter('language', itemIndex, 'en'),
			returnAll,
			limit: returnAll ? undefined : this.getNodeParameter('limit', itemIndex, 50),
		},
		itemIndex,
	);
	const records = await pandaPonRequestAllItems.call(this, 'product.getRelated.alibaba', paging, {
		body: { offerId: input.offerId, language: input.language },
		returnAll: input.returnAll,
		limit: input.limit,
		itemIndex,
	});
	return toOutput.call(this, records, itemIndex);
}
