/**
 * Parameters and schemas shared by the product operations: the 1688 offer id, the 1688 search filters (keyword,
 * image and store search take the same ones, ref 4.6 A-G3/A-G4/A-G5) and the image source of image search.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { compact } from '../../helpers/utils';
import { jsonValue } from '../../helpers/validation';
import { imageBinaryProperty } from '../common.descriptions';

export const offerIdProperty: INodeProperties = {
	displayName: 'Offer ID or Link',
	name: 'offerId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 706627393257 or https://detail.1688.com/offer/706627393257.html',
	description: '1688 offer (product) ID, or a 1688 offer link',
};

export const outMemberIdProperty: INodeProperties = {
	displayName: 'Out Member ID',
	name: 'outMemberId',
	type: 'string',
	default: '',
	description:
		'Your own ID for the end user you are searching for (PandaPon "outMemberId"). Optional.',
};

/** 1688 offer ids are 12-13 digits; the v1 endpoints want a JSON number, which is exact below 2^53. */
export function toSafeNumber(value: string, ctx: z.RefinementCtx): number {
	const number = Number(value);
	if (Number.isSafeInteger(number)) return number;
	ctx.addIssue({
		code: z.ZodIssueCode.custom,
		message: 'expected an ID of at most 15 digits',
	});
	return z.NEVER;
}

// ---- 1688 search filters ----

export const alibabaFilterOptions: INodeProperties[] = [
	{
		displayName: 'Category ID',
		name: 'categoryId',
		type: 'string',
		default: '',
		description: '1688 category ID to search in',
	},
	{
		displayName: 'Custom Sort (JSON)',
		name: 'sortJson',
		type: 'json',
		default: '{}',
		description: 'Sort as PandaPon expects it, for example {"price": "asc"}. Use instead of Sort.',
	},
	{
		displayName: 'Filter',
		name: 'filter',
		type: 'string',
		default: '',
		placeholder: 'e.g. shipInToday,ksCiphertext',
		description: 'Comma-separated 1688 filter keywords, passed to PandaPon as they are',
	},
	{
		displayName: 'Max Price (Yuan)',
		name: 'priceEnd',
		type: 'string',
		default: '',
		placeholder: 'e.g. 647.60',
		description: 'Highest wholesale price in yuan (CNY)',
	},
	{
		displayName: 'Min Price (Yuan)',
		name: 'priceStart',
		type: 'string',
		default: '',
		placeholder: 'e.g. 19.90',
		description: 'Lowest wholesale price in yuan (CNY)',
	},
	outMemberIdProperty,
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'options',
		default: '',
		options: [
			{ name: 'Best Match', value: '' },
			{ name: 'Price: High to Low', value: 'price:desc' },
			{ name: 'Price: Low to High', value: 'price:asc' },
		],
	},
];

export function alibabaFiltersProperty(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [...alibabaFilterOptions, ...extra].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	};
}

const yuan = (field: string) =>
	z
		.string()
		.trim()
		.regex(/^\d+(\.\d{1,2})?$/, `expected a ${field} price in yuan such as 19.90`)
		.optional()
		.or(z.literal('').transform(() => undefined));

const sortObject = z.record(
	z.enum(['asc', 'desc'], {
		errorMap: () => ({ message: 'expected "asc" or "desc"' }),
	}),
	{
		invalid_type_error: 'expected a JSON object such as {"price": "asc"}',
	},
);

const filterFields = {
	categoryId: z.string().trim().regex(/^\d*$/, 'expected a numeric category ID').optional(),
	filter: z.string().trim().optional(),
	priceStart: yuan('minimum'),
	priceEnd: yuan('maximum'),
	outMemberId: z.string().trim().optional(),
	sort: z.enum(['', 'price:asc', 'price:desc']).optional(),
	sortJson: jsonValue(sortObject.optional()),
};

interface FilterRuleInput {
	sort?: string;
	sortJson?: Record<string, string>;
	priceStart?: string;
	priceEnd?: string;
}

/** Cross-field rules: one sort, and a price range that is not upside down. */
function checkFilterRules(filters: FilterRuleInput, ctx: z.RefinementCtx): void {
	if (filters.sort && filters.sortJson && Object.keys(filters.sortJson).length) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: ['sortJson'],
			message: 'use either Sort or Custom Sort (JSON), not both',
		});
	}
	if (
		filters.priceStart &&
		filters.priceEnd &&
		Number(filters.priceStart) > Number(filters.priceEnd)
	) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: ['priceEnd'],
			message: 'Max Price (Yuan) is below Min Price (Yuan)',
		});
	}
}

const collection = { invalid_type_error: 'expected a collection of filters' };

export const alibabaFiltersSchema = z
	.object(filterFields, collection)
	.strict()
	.superRefine(checkFilterRules);

/** Image search also takes `region`. */
export const alibabaImageFiltersSchema = z
	.object({ ...filterFields, region: z.string().trim().optional() }, collection)
	.strict()
	.superRefine(checkFilterRules);

export type AlibabaFilters = z.output<typeof alibabaFiltersSchema>;

/**
 * Wire fields of the 1688 searches: prices stay yuan strings, `sort` is a JSON string such as {"price":"desc"},
 * `country` is fixed to `en` (ref 4.6: "目前固定传 en"). Image and store search want categoryId as a number.
 */
export function alibabaFilterBody(
	filters: AlibabaFilters,
	categoryIdAs: 'string' | 'number',
): IDataObject {
	const sort = filters.sort
		? JSON.stringify({
				[filters.sort.split(':')[0]]: filters.sort.split(':')[1],
			})
		: filters.sortJson && Object.keys(filters.sortJson).length
			? JSON.stringify(filters.sortJson)
			: undefined;
	const categoryId = filters.categoryId
		? categoryIdAs === 'number'
			? Number(filters.categoryId)
			: filters.categoryId
		: undefined;
	return compact({
		country: 'en',
		filter: filters.filter,
		sort,
		outMemberId: filters.outMemberId,
		priceStart: filters.priceStart,
		priceEnd: filters.priceEnd,
		categoryId,
	});
}

// ---- Image source of image search ----

export const imageSourceProperties: INodeProperties[] = [
	{
		displayName: 'Image Source',
		name: 'imageSource',
		type: 'options',
		default: 'binary',
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: 'An image file from a previous node',
			},
			{
				name: 'Image URL',
				value: 'url',
				description: 'A public link to the image',
			},
		],
	},
	{
		...imageBinaryProperty,
		displayOptions: { show: { imageSource: ['binary'] } },
	},
	{
		displayName: 'Image URL',
		name: 'imageAddress',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://cbu01.alicdn.com/img/ibank/O1CN01vggy3T1mdyaUYC0LL.jpg',
		displayOptions: { show: { imageSource: ['url'] } },
	},
];

export const imageAddressSchema = z.object({
	imageAddress: z
		.string()
		.trim()
		.url('expected an http(s) link to an image')
		.regex(/^https?:\/\//i, 'expected an http(s) link to an image'),
});
