/**
 * Pieces shared by the warehouse-logistics operations (ref 4.12): item ids, quantity, price + currency, the
 * `FreightInfoTO` object and the fields of a line.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { compact } from '../../helpers/utils';
import { quantitySchema, textId } from '../../helpers/validation';

export const optionalText = z.preprocess(
	(value) =>
		value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value,
	z.string({ invalid_type_error: 'expected text' }).trim().optional(),
);

/** Prices travel as decimal strings (ref 4.12: `price` string beside a separate `currency`). */
export const priceSchema = z.preprocess(
	(value) =>
		typeof value === 'number' && Number.isFinite(value)
			? String(value)
			: typeof value === 'string'
				? value.trim()
				: value,
	z
		.string({
			required_error: 'is required (a price such as 12.50)',
			invalid_type_error: 'expected a price such as 12.50',
		})
		.regex(/^\d+(\.\d+)?$/, 'expected a price such as 12.50 (digits, optional decimals)'),
);

export const currencySchema = z.preprocess(
	(value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
	z
		.string({
			required_error: 'is required (a currency code such as CNY)',
			invalid_type_error: 'expected a currency code such as CNY',
		})
		.regex(/^[A-Z]{3}$/, 'expected a three-letter currency code such as CNY or USD'),
);

const emptyToUndefined = (schema: z.ZodTypeAny) =>
	z.preprocess(
		(value) =>
			value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value,
		schema.optional(),
	);
export const optionalPrice = emptyToUndefined(priceSchema);
export const optionalCurrency = emptyToUndefined(currencySchema);

/** FreightInfoTO {serviceId, companyName, serviceCategory}; the docs' examples send the last two as "". */
export const freightInfoSchema = z.object(
	{
		serviceId: textId('freight service ID'),
		companyName: z.string({ invalid_type_error: 'expected text' }).trim().default(''),
		serviceCategory: z.string({ invalid_type_error: 'expected text' }).trim().default(''),
	},
	{
		required_error: 'is required ({serviceId, companyName, serviceCategory})',
		invalid_type_error: 'expected an object {serviceId, companyName, serviceCategory}',
	},
);

/** Lines typed in the form carry freight fields flat; JSON lines may carry either `freightInfo` or the flat fields. */
export function nestFreightInfo(line: unknown): unknown {
	if (typeof line !== 'object' || line === null || Array.isArray(line)) return line;
	const { serviceId, companyName, serviceCategory, freightInfo, ...rest } = line as IDataObject;
	if (freightInfo !== undefined) return { ...rest, freightInfo };
	if (serviceId === undefined && companyName === undefined && serviceCategory === undefined)
		return rest;
	return { ...rest, freightInfo: { serviceId, companyName, serviceCategory } };
}

/**
 * A line with its freight service: a render item (ref 4.12 W2) or a line item (W3), whose `extra` fields come
 * between quantity and freightInfo. Currency goes only together with a price, as the docs' examples send neither.
 */
export const freightLineSchema = <E extends z.ZodRawShape>(extra: E, invalidTypeMessage: string) =>
	z.preprocess(
		nestFreightInfo,
		z
			.object(
				{
					itemId: textId('item ID'),
					skuId: textId('SKU ID'),
					quantity: quantitySchema,
					...extra,
					freightInfo: freightInfoSchema,
					currency: optionalCurrency,
					price: optionalPrice,
				},
				{ invalid_type_error: invalidTypeMessage },
			)
			.refine((line) => !line.price || line.currency, {
				message: 'is required with a price (a currency code such as CNY)',
				path: ['currency'],
			})
			.transform(({ currency, price, ...line }) =>
				compact({ ...line, ...(price ? { currency, price } : {}) }),
			),
	);

export const freightFields: INodeProperties[] = [
	{
		displayName: 'Freight Company Name',
		name: 'companyName',
		type: 'string',
		default: '',
		description: 'Carrier name of the chosen freight service, if known',
	},
	{
		displayName: 'Freight Service Category',
		name: 'serviceCategory',
		type: 'string',
		default: '',
		description: 'Category of the chosen freight service, if known',
	},
	{
		displayName: 'Freight Service ID',
		name: 'serviceId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1',
		description: 'ID of the international freight service to use',
	},
];

export const itemIdField: INodeProperties = {
	displayName: 'Item ID',
	name: 'itemId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 2048232789087639',
};
export const skuIdField: INodeProperties = {
	displayName: 'SKU ID',
	name: 'skuId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 4970432383383',
};
export const quantityField: INodeProperties = {
	displayName: 'Quantity',
	name: 'quantity',
	type: 'number',
	default: 1,
	typeOptions: { minValue: 1 },
};
export const priceField: INodeProperties = {
	displayName: 'Price (in Currency)',
	name: 'price',
	type: 'string',
	default: '',
	placeholder: 'e.g. 12.50',
	description: 'Unit price as a decimal number, in the currency given beside it',
};
export const currencyField: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	default: 'CNY',
	placeholder: 'e.g. CNY',
	description: 'Three-letter currency code of the price',
};

export { quantitySchema };
