/**
 * Parameters shared by several operations (properties only; reading and checking them is common.input.ts):
 * Simplify, the platform switch, the 1688 order flow, the three address shapes PandaPon uses (Taobao
 * `receiver`/`orderAddress`, 1688 `addressParam`, logistics `receiverAddress`) and lists of lines. Each address and
 * each list can be typed as fields or given as JSON from a previous node.
 */
import type { INodeProperties } from 'n8n-workflow';

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
/** The 1688 order flow and optional order fields: 1688 Order → Create / Preview and 1688 Cart → Create Order. */
export const flowProperty: INodeProperties = {
	displayName: 'Flow',
	name: 'flow',
	type: 'options',
	default: 'general',
	description: '1688 order flow',
	options: [
		{ name: 'Boutique Distribution (Boutiquefenxiao)', value: 'boutiquefenxiao' },
		{ name: 'Boutique Wholesale (Boutiquepifa)', value: 'boutiquepifa' },
		{ name: 'Distribution (Fenxiao)', value: 'fenxiao' },
		{
			name: 'General',
			value: 'general',
			description: 'Ordinary 1688 market order (the documented example)',
		},
		{ name: 'Group Buy (Paired)', value: 'paired' },
		{ name: 'Sale Proxy (Saleproxy)', value: 'saleproxy' },
	],
};

export const orderOptionsProperty: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Buyer Message',
			name: 'message',
			type: 'string',
			default: '',
			description: 'Order remark for the seller',
		},
		{ displayName: 'Shop Promotion ID', name: 'shopPromotionId', type: 'string', default: '' },
		{
			displayName: 'Trade Type',
			name: 'tradeType',
			type: 'string',
			default: '',
			placeholder: 'e.g. fxassure',
			description: "1688 trade type; leave empty for the seller's default",
		},
	],
};

export type AddressField = {
	name: string;
	displayName: string;
	required?: boolean;
	needed?: boolean;
	placeholder?: string;
};

/**
 * An address typed field by field (in address order, as the reference lists it) or given as JSON. The fields a
 * shipment needs are on the form from the start (the collection's default holds them, empty), so nobody has to find
 * them under "Add Address Field"; empty fields are left out of the request (readAddress).
 */
function addressProperties(
	prefix: string,
	label: string,
	fields: AddressField[],
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
				{
					name: 'JSON',
					value: 'json',
					description: 'Give the address as a JSON object, for example from a previous node',
				},
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
	return {
		...collection,
		default: Object.fromEntries(
			fields.filter((field) => field.required || field.needed).map((field) => [field.name, '']),
		),
	};
}

/** Editor label of every address field by wire name, for messages that name fields as the form shows them. */
export function addressFieldLabels(fields: AddressField[]): Record<string, string> {
	return Object.fromEntries(fields.map((field) => [field.name, field.displayName]));
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
				{
					name: 'JSON',
					value: 'json',
					description: 'Give the lines as a JSON array, for example from a previous node',
				},
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
			options: [
				{
					displayName: 'Line',
					name: 'line',
					values: [...values].sort((a, b) => a.displayName.localeCompare(b.displayName)),
				},
			],
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

// ---- Taobao address: OrderAddress / receiver (seed 000, seed 002) ----
// Seed 000 marks every OrderAddress field optional (string | null) and its own example sends "mobile_phone": "" and
// "phone": "", so none is required here; the form shows what a real shipment needs, and the hint says so.
const TAOBAO_ADDRESS_HINT =
	'PandaPon marks every field optional. A parcel needs at least Name, Mobile Phone, Country, State / Province, City and Street Address.';

export const TAOBAO_ADDRESS_FIELDS: AddressField[] = [
	{ name: 'name', displayName: 'Name', needed: true, placeholder: 'e.g. Li Lei' },
	{
		name: 'mobile_phone',
		displayName: 'Mobile Phone',
		needed: true,
		placeholder: 'e.g. 13800138000',
	},
	{ name: 'phone', displayName: 'Phone' },
	{ name: 'country', displayName: 'Country', needed: true, placeholder: 'e.g. 中国' },
	{ name: 'state', displayName: 'State / Province', needed: true, placeholder: 'e.g. 上海市' },
	{ name: 'city', displayName: 'City', needed: true, placeholder: 'e.g. 上海市' },
	{ name: 'district', displayName: 'District', placeholder: 'e.g. 浦东新区' },
	{
		name: 'address',
		displayName: 'Street Address',
		needed: true,
		placeholder: 'e.g. 世纪大道 100 号',
	},
	{ name: 'zip', displayName: 'Zip Code', placeholder: 'e.g. 200120' },
];

export const taobaoAddressProperties = (prefix = 'receiver', label = 'Receiver') =>
	addressProperties(prefix, label, TAOBAO_ADDRESS_FIELDS, TAOBAO_ADDRESS_HINT);

// ---- 1688 address: FastAdress / addressParam (seed 003, ref 4.7/4.8) ----
export const ALIBABA_ADDRESS_FIELDS: AddressField[] = [
	{ name: 'fullName', displayName: 'Full Name', required: true, placeholder: 'e.g. Li Lei' },
	{ name: 'mobile', displayName: 'Mobile', required: true, placeholder: 'e.g. 13800138000' },
	{ name: 'phone', displayName: 'Phone' },
	{ name: 'provinceText', displayName: 'Province', required: true, placeholder: 'e.g. 浙江省' },
	{ name: 'cityText', displayName: 'City', required: true, placeholder: 'e.g. 杭州市' },
	{ name: 'areaText', displayName: 'Area / District', placeholder: 'e.g. 余杭区' },
	{ name: 'townText', displayName: 'Town' },
	{
		name: 'address',
		displayName: 'Street Address',
		required: true,
		placeholder: 'e.g. 文一西路 969 号',
	},
	{ name: 'postCode', displayName: 'Post Code', placeholder: 'e.g. 311121' },
	{ name: 'districtCode', displayName: 'District Code', placeholder: 'e.g. 330110' },
];

export const alibabaAddressProperties = (prefix = 'addressParam', label = 'Address') =>
	addressProperties(prefix, label, ALIBABA_ADDRESS_FIELDS);

// ---- Logistics address: ReceiverAddressTO (ref 4.12) ----
export const LOGISTICS_ADDRESS_FIELDS: AddressField[] = [
	{ name: 'name', displayName: 'Name', required: true, placeholder: 'e.g. Jane Doe' },
	{ name: 'phone', displayName: 'Phone', required: true, placeholder: 'e.g. +1 212 555 0100' },
	{ name: 'mobilePhone', displayName: 'Mobile Phone' },
	{ name: 'email', displayName: 'Email', placeholder: 'e.g. name@email.com' },
	{ name: 'country', displayName: 'Country Code', required: true, placeholder: 'e.g. US' },
	{ name: 'state', displayName: 'State', required: true, placeholder: 'e.g. NY' },
	{ name: 'city', displayName: 'City', required: true, placeholder: 'e.g. New York' },
	{
		name: 'address',
		displayName: 'Street Address',
		required: true,
		placeholder: 'e.g. 350 5th Ave',
	},
	{ name: 'zip', displayName: 'Zip Code', required: true, placeholder: 'e.g. 10118' },
	{ name: 'taxId', displayName: 'Tax ID' },
];

export const logisticsAddressProperties = (
	prefix = 'receiverAddress',
	label = 'Receiver Address',
) => addressProperties(prefix, label, LOGISTICS_ADDRESS_FIELDS);
