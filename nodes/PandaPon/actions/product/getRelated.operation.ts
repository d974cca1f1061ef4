import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { parseAlibabaOfferId } from '../../helpers/ids';
import { updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	readReturnAllOrLimit,
	requestListOutput,
	returnAllOrLimit,
	returnAllOrLimitFields,
} from '../list';

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

const offerId = z.preprocess(
	(value) => (typeof value === 'string' ? (parseAlibabaOfferId(value) ?? value.trim()) : value),
	z
		.string({ invalid_type_error: 'expected a 1688 offer ID or link' })
		.regex(
			/^[A-Za-z0-9_-]{5,64}$/,
			'expected a 1688 offer ID (digits or an offerMapId such as f6vE-dfY1NV37oG_fz9WSA) or an offer link',
		),
);

// ref 4.6 (A-G8): v2 body {offerId (string), pageNo, pageSize, language}; the page shape is not documented.
const schema = z.object({
	offerId,
	language: z
		.string()
		.trim()
		.regex(/^[a-z]{2}$/, 'expected a two-letter language code such as en'),
	...returnAllOrLimitFields,
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			offerId: this.getNodeParameter('offerId', itemIndex),
			language: this.getNodeParameter('language', itemIndex, 'en'),
			...readReturnAllOrLimit.call(this, itemIndex),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await requestListOutput.call(this, 'product.getRelated.alibaba', itemIndex, input, {
		body: { offerId: input.offerId, language: input.language },
	});
}
