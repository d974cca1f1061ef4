/**
 * Reading and checking the shared parameters of common.descriptions.ts: an address typed as fields or given as JSON
 * (the three address shapes PandaPon uses), and lists of lines. The parse phase of the operations uses these.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { jsonValue } from '../helpers/validation';

/** Reads an address given either as fields or as JSON; returns the raw object for the schema to check. */
export function readAddress(
	getParameter: (name: string, fallback?: unknown) => unknown,
	prefix: string,
): unknown {
	const mode = getParameter(`${prefix}Mode`, 'fields');
	if (mode === 'json') return getParameter(`${prefix}Json`, '{}');
	const typed = getParameter(prefix, {});
	// The form starts with the needed fields present but empty; an empty field is a field not given.
	if (typeof typed !== 'object' || typed === null || Array.isArray(typed)) return typed;
	return Object.fromEntries(
		Object.entries(typed).filter(([, value]) => value !== '' && value !== undefined),
	);
}

/** The lines as given (typed lines or the JSON text); the schema (`linesSchema`) checks them. */
export function readLines(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	modeName = `${name}Mode`,
): unknown {
	const mode = this.getNodeParameter(modeName, itemIndex, 'fields') as string;
	if (mode === 'json') return this.getNodeParameter(`${name}Json`, itemIndex, '[]');
	const list = this.getNodeParameter(name, itemIndex, {}) as { line?: unknown[] };
	return list.line ?? [];
}

/** At least one line, each checked by `line`; `what` names one line in the messages. */
export const linesSchema = <S extends z.ZodTypeAny>(line: S, what: string) =>
	jsonValue(
		z
			.array(line, {
				required_error: `is required (at least one ${what})`,
				invalid_type_error: `expected a list of ${what}s`,
			})
			.min(1, `expected at least one ${what}`),
	);

const optionalText = z.string().optional();
const requiredText = (label: string) =>
	z.string({ required_error: `${label} is required` }).min(1, `${label} is required`);

const documentedOptionalText = z
	.string({ invalid_type_error: 'expected text' })
	.nullable()
	.optional();

export const taobaoAddressSchema = jsonValue(
	z
		.object(
			{
				name: documentedOptionalText,
				mobile_phone: documentedOptionalText,
				phone: documentedOptionalText,
				country: documentedOptionalText,
				state: documentedOptionalText,
				city: documentedOptionalText,
				district: documentedOptionalText,
				address: documentedOptionalText,
				zip: documentedOptionalText,
			},
			{ invalid_type_error: 'expected an address object' },
		)
		// The address itself is required where the docs say so (seed 000 orderAddress, seed 002 receiver): an address
		// with no field at all is a missing address.
		.refine(
			(address) =>
				Object.values(address).some((value) => typeof value === 'string' && value.trim() !== ''),
			{
				message:
					'is required (an address with at least one field; a parcel needs name, mobile phone and the full address)',
			},
		),
);

export const alibabaAddressSchema = jsonValue(
	z.object(
		{
			fullName: requiredText('fullName'),
			mobile: requiredText('mobile'),
			phone: optionalText,
			postCode: optionalText,
			provinceText: requiredText('provinceText'),
			cityText: requiredText('cityText'),
			areaText: optionalText,
			townText: optionalText,
			address: requiredText('address'),
			districtCode: optionalText,
		},
		{ invalid_type_error: 'expected an address object' },
	),
);

export const logisticsAddressSchema = jsonValue(
	z.object(
		{
			name: requiredText('name'),
			phone: requiredText('phone'),
			mobilePhone: optionalText,
			email: optionalText,
			country: requiredText('country').regex(
				/^[A-Za-z]{2}$/,
				'expected a two-letter country code such as US',
			),
			state: requiredText('state'),
			city: requiredText('city'),
			address: requiredText('address'),
			zip: requiredText('zip'),
			taxId: optionalText,
		},
		{ invalid_type_error: 'expected an address object' },
	),
);

export type Address = IDataObject;
