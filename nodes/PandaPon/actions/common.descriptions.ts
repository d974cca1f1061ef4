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

/** The input item's image, as helpers/binary.ts checks and reads it. */
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

/**
 * One address field: its wire name, its editor label, whether the API requires it, whether a shipment needs it (so the
 * form shows it from the start), and an example.
 */
export type AddressField = { name: string; displayName: string; required?: boolean; needed?: boolean; placeholder?: string };

/**
 * An address typed field by field (in address order, as the reference lists it) or given as JSON. The fields a
 * shipment needs are on the form from the start (the collection's default holds them, empty), so nobody has to find
 * them under "Add Address Field"; empty fields are left out of the request (readAddress).
 */
function addressProperties(prefix: string, label: string, fields: AddressField[], hint?: string): INodeProperties[] {
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
		neededFieldsShown(fields, {
			displayName: label,
			name: prefix,
			type: 'collection',
			placeholder: 'Add Address Field',
			default: {},
			...(hint ? { hint } : {}),
			displayOptions: { show: { [`${prefix}Mode`]: ['fields'] } },
			// Address order, not alphabetical: the form reads like an address label.
			options: fields.map((field) => ({
				displayName: field.displayName + (field.required ? ' (Required)' : ''),
				name: field.name,
				type: 'string' as const,
				default: '',
				...(field.placeholder ? { placeholder: field.placeholder } : {}),
			})),
		}),
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

/** The collection's default: the needed fields, empty, so the form shows them from the start. */
function neededFieldsShown(fields: AddressField[], collection: INodeProperties): INodeProperties {
	return { ...collection, default: Object.fromEntries(fields.filter((field) => field.required || field.needed).map((field) => [field.name, ''])) };
}

/** Editor label of every address field by wire name, for messages that name fields as the form shows them. */
export function addressFieldLabels(fields: AddressField[]): Record<string, string> {
	return Object.fromEntries(fields.map((field) => [field.name, field.displayName]));
}

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
	return Object.fromEntries(Object.entries(typed).filter(([, value]) => value !== '' && value !== undefined));
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
// "phone": "", so none is required here; the form shows what a real shipment needs, and the hint says so.
const TAOBAO_ADDRESS_HINT =
	'PandaPon marks every field optional. A parcel needs at least Name, Mobile Phone, Country, State / Province, City and Street Address.';

export const TAOBAO_ADDRESS_FIELDS: AddressField[] = [
	{ name: 'name', displayName: 'Name', needed: true, placeholder: 'e.g. Li Lei' },
	{ name: 'mobile_phone', displayName: 'Mobile Phone', needed: true, placeholder: 'e.g. 13800138000' },
	{ name: 'phone', displayName: 'Phone' },
	{ name: 'country', displayName: 'Country', needed: true, placeholder: 'e.g. 中国' },
	{ name: 'state', displayName: 'State / Province', needed: true, placeholder: 'e.g. 上海市' },
	{ name: 'city', displayName: 'City', needed: true, placeholder: 'e.g. 上海市' },
	{ name: 'district', displayName: 'District', placeholder: 'e.g. 浦东新区' },
	{ name: 'address', displayName: 'Street Address', needed: true, placeholder: 'e.g. 世纪大道 100 号' },
	{ name: 'zip', displayName: 'Zip Code', placeholder: 'e.g. 200120' },
];

export const taobaoAddressProperties = (prefix = 'receiver', label = 'Receiver') =>
	addressProperties(prefix, label, TAOBAO_ADDRESS_FIELDS, TAOBAO_ADDRESS_HINT);

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
export const ALIBABA_ADDRESS_FIELDS: AddressField[] = [
	{ name: 'fullName', displayName: 'Full Name', required: true, placeholder: 'e.g. Li Lei' },
	{ name: 'mobile', displayName: 'Mobile', required: true, placeholder: 'e.g. 13800138000' },
	{ name: 'phone', displayName: 'Phone' },
	{ name: 'provinceText', displayName: 'Province', required: true, placeholder: 'e.g. 浙江省' },
	{ name: 'cityText', displayName: 'City', required: true, placeholder: 'e.g. 杭州市' },
	{ name: 'areaText', displayName: 'Area / District', placeholder: 'e.g. 余杭区' },
	{ name: 'townText', displayName: 'Town' },
	{ name: 'address', displayName: 'Street Address', required: true, placeholder: 'e.g. 文一西路 969 号' },
	{ name: 'postCode', displayName: 'Post Code', placeholder: 'e.g. 311121' },
	{ name: 'districtCode', displayName: 'District Code', placeholder: 'e.g. 330110' },
];

export const alibabaAddressProperties = (prefix = 'addressParam', label = 'Address') =>
	addressProperties(prefix, label, ALIBABA_ADDRESS_FIELDS);

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
export const LOGISTICS_ADDRESS_FIELDS: AddressField[] = [
	{ name: 'name', displayName: 'Name', required: true, placeholder: 'e.g. Jane Doe' },
	{ name: 'phone', displayName: 'Phone', required: true, placeholder: 'e.g. +1 212 555 0100' },
	{ name: 'mobilePhone', displayName: 'Mobile Phone' },
	{ name: 'email', displayName: 'Email', placeholder: 'e.g. name@email.com' },
	{ name: 'country', displayName: 'Country Code', required: true, placeholder: 'e.g. US' },
	{ name: 'state', displayName: 'State', required: true, placeholder: 'e.g. NY' },
	{ name: 'city', displayName: 'City', required: true, placeholder: 'e.g. New York' },
	{ name: 'address', displayName: 'Street Address', required: true, placeholder: 'e.g. 350 5th Ave' },
	{ name: 'zip', displayName: 'Zip Code', required: true, placeholder: 'e.g. 10118' },
	{ name: 'taxId', displayName: 'Tax ID' },
];

export const logisticsAddressProperties = (prefix = 'receiverAddress', label = 'Receiver Address') =>
	addressProperties(prefix, label, LOGISTICS_ADDRESS_FIELDS);

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
