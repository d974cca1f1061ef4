/**
 * Parameters and schemas shared by several operations: Simplify, the platform switch, the three address shapes
 * PandaPon uses (Taobao `receiver`/`orderAddress`, 1688 `addressParam`, logistics `receiverAddress`) and lists of
 * lines. Each address and each list can be typed as fields or given as JSON from a previous node.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { jsonValue } from '../helpers/validation';

export const platformProperty: INodeProperties = {
	displayName: 'Platform',
	name: 'platform',
	type: 'options',
	noDataExpression: true,
	default: 'taobao',
	options: [
		{ name: 'Taobao', value: 'taobao' },
		{ name: '1688', value: 'alibaba' },
	],
};

/** The input item's image, as readImageBinary() reads it. */
export const imageBinaryProperty: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the input binary field containing the image (JPEG or PNG)',
};

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

function addressProperties(
	prefix: string,
	label: string,
	fields: Array<{ name: string; displayName: string; required?: boolean }>,
	hint?: string,
): INodeProperties[] {
	return [
		{
			displayName: `${label} Input`,
			name: `${prefix}Mode`,
			type: 'options',
			default: 'fields',
			options: [
				{ name: 'Fields', value: 'fields', description: 'Type the address field by field' },
				{ name: 'JSON', value: 'json', description: 'Give the address as a JSON object, for example from a previous node' },
			],
		},
		{
			displayName: label,
			name: prefix,
			type: 'collection',
			placeholder: 'Add Address Field',
			default: {},
			...(hint ? { hint } : {}),
			displayOptions: { show: { [`${prefix}Mode`]: ['fields'] } },
			options: fields
				.map((field) => ({
					displayName: field.displayName + (field.required ? ' (Required)' : ''),
					name: field.name,
					type: 'string' as const,
					default: '',
				}))
				.sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		{
			displayName: `${label} (JSON)`,
			name: `${prefix}Json`,
			type: 'json',
			default: '{}',
			displayOptions: { show: { [`${prefix}Mode`]: ['json'] } },
			description: `Object with the fields: ${fields.map((f) => f.name).join(', ')}`,
			...(hint ? { hint } : {}),
		},
	];
}

/** Reads an address given either as fields or as JSON; returns the raw object for the schema to check. */
export function readAddress(
	getParameter: (name: string, fallback?: unknown) => unknown,
	prefix: string,
): unknown {
	const mode = getParameter(`${prefix}Mode`, 'fields');
	return mode === 'json' ? getParameter(`${prefix}Json`, '{}') : getParameter(prefix, {});
}

/**
 * Lines typed one by one (a fixedCollection `<name>` of `line`s) or given as a JSON array (`<name>Json`), switched by
 * `<name>Mode` unless the list has its own `modeName`.
 */
export function linesProperties(
	name: string,
	label: string,
	values: INodeProperties[],
	jsonDescription: string,
	{ modeName = `${name}Mode`, modeLabel = label, placeholder = 'Add Line' } = {},
): INodeProperties[] {
	return [
		{
			displayName: `${modeLabel} Input`,
			name: modeName,
			type: 'options',
			default: 'fields',
			options: [
				{ name: 'Fields', value: 'fields', description: 'Add the lines one by one' },
				{ name: 'JSON', value: 'json', description: 'Give the lines as a JSON array, for example from a previous node' },
			],
		},
		{
			displayName: label,
			name,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder,
			default: {},
			displayOptions: { show: { [modeName]: ['fields'] } },
			options: [{ displayName: 'Line', name: 'line', values: [...values].sort((a, b) => a.displayName.localeCompare(b.displayName)) }],
		},
		{
			displayName: `${label} (JSON)`,
			name: `${name}Json`,
			type: 'json',
			default: '[]',
			displayOptions: { show: { [modeName]: ['json'] } },
			description: jsonDescription,
		},
	];
}

/** The lines as given (typed lines or the JSON text); the schema (`linesSchema`) checks them. */
export function readLines(this: IExecuteFunctions, name: string, itemIndex: number, modeName = `${name}Mode`): unknown {
	const mode = this.getNodeParameter(modeName, itemIndex, 'fields') as string;
	if (mode === 'json') return this.getNodeParameter(`${name}Json`, itemIndex, '[]');
	const list = this.getNodeParameter(name, itemIndex, {}) as { line?: unknown[] };
	return list.line ?? [];
}

/** At least one line, each checked by `line`; `what` names one line in the messages. */
export const linesSchema = <S extends z.ZodTypeAny>(line: S, what: string) =>
	jsonValue(
		z
			.array(line, { required_error: `is required (at least one ${what})`, invalid_type_error: `expected a list of ${what}s` })
			.min(1, `expected at least one ${what}`),
	);

const optionalText = z.string().optional();
const requiredText = (label: string) => z.string({ required_error: `${label} is required` }).min(1, `${label} is required`);

// ---- Taobao address: OrderAddress / receiver (seed 000, seed 002) ----
// Seed 000 marks every OrderAddress field optional (string | null) and its own example sends "mobile_phone": "" and
// "phone": "", so none is required here; the hint says what a real shipment needs.
const TAOBAO_ADDRESS_HINT =
	'PandaPon marks every field optional. A parcel needs at least Name, Mobile Phone, Country, State / Province, City and Street Address.';

export const taobaoAddressProperties = (prefix = 'receiver', label = 'Receiver') =>
	addressProperties(
		prefix,
		label,
		[
			{ name: 'name', displayName: 'Name' },
			{ name: 'mobile_phone', displayName: 'Mobile Phone' },
			{ name: 'phone', displayName: 'Phone' },
			{ name: 'country', displayName: 'Country' },
			{ name: 'state', displayName: 'State / Province' },
			{ name: 'city', displayName: 'City' },
			{ name: 'district', displayName: 'District' },
			{ name: 'address', displayName: 'Street Address' },
			{ name: 'zip', displayName: 'Zip Code' },
		],
		TAOBAO_ADDRESS_HINT,
	);

const documentedOptionalText = z.string({ invalid_type_error: 'expected text' }).nullable().optional();

export const taobaoAddressSchema = jsonValue(
	z.object({
		name: documentedOptionalText,
		mobile_phone: documentedOptionalText,
		phone: documentedOptionalText,
		country: documentedOptionalText,
		state: documentedOptionalText,
		city: documentedOptionalText,
		district: documentedOptionalText,
		address: documentedOptionalText,
		zip: documentedOptionalText,
	}, { invalid_type_error: 'expected an address object' })
		// The address itself is required where the docs say so (seed 000 orderAddress, seed 002 receiver): an address
		// with no field at all is a missing address.
		.refine((address) => Object.values(address).some((value) => typeof value === 'string' && value.trim() !== ''), {
			message: 'is required (an address with at least one field; a parcel needs name, mobile phone and the full address)',
		}),
);

// ---- 1688 address: FastAdress / addressParam (seed 003, ref 4.7/4.8) ----
export const alibabaAddressProperties = (prefix = 'addressParam', label = 'Address') =>
	addressProperties(prefix, label, [
		{ name: 'fullName', displayName: 'Full Name', required: true },
		{ name: 'mobile', displayName: 'Mobile', required: true },
		{ name: 'phone', displayName: 'Phone' },
		{ name: 'postCode', displayName: 'Post Code' },
		{ name: 'provinceText', displayName: 'Province', required: true },
		{ name: 'cityText', displayName: 'City', required: true },
		{ name: 'areaText', displayName: 'Area / District' },
		{ name: 'townText', displayName: 'Town' },
		{ name: 'address', displayName: 'Street Address', required: true },
		{ name: 'districtCode', displayName: 'District Code' },
	]);

export const alibabaAddressSchema = jsonValue(
	z.object({
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
	}, { invalid_type_error: 'expected an address object' }),
);

// ---- Logistics address: ReceiverAddressTO (ref 4.12) ----
export const logisticsAddressProperties = (prefix = 'receiverAddress', label = 'Receiver Address') =>
	addressProperties(prefix, label, [
		{ name: 'name', displayName: 'Name', required: true },
		{ name: 'phone', displayName: 'Phone', required: true },
		{ name: 'mobilePhone', displayName: 'Mobile Phone' },
		{ name: 'email', displayName: 'Email' },
		{ name: 'country', displayName: 'Country Code', required: true },
		{ name: 'state', displayName: 'State', required: true },
		{ name: 'city', displayName: 'City', required: true },
		{ name: 'address', displayName: 'Street Address', required: true },
		{ name: 'zip', displayName: 'Zip Code', required: true },
		{ name: 'taxId', displayName: 'Tax ID' },
	]);

export const logisticsAddressSchema = jsonValue(
	z.object({
		name: requiredText('name'),
		phone: requiredText('phone'),
		mobilePhone: optionalText,
		email: optionalText,
		country: requiredText('country').regex(/^[A-Za-z]{2}$/, 'expected a two-letter country code such as US'),
		state: requiredText('state'),
		city: requiredText('city'),
		address: requiredText('address'),
		zip: requiredText('zip'),
		taxId: optionalText,
	}, { invalid_type_error: 'expected an address object' }),
);

export type Address = IDataObject;
