/**
 * Parameters and schemas shared by the cart operations. Cart record ids (the `id` of each cart line) are small
 * integers on the wire (seed 000: `"ids": [75, 76]`), so they are sent as JSON numbers.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

export type CartPlatform = 'taobao' | 'alibaba';

export function readPlatform(this: IExecuteFunctions, itemIndex: number): CartPlatform {
	return this.getNodeParameter('platform', itemIndex, 'taobao') === 'alibaba'
		? 'alibaba'
		: 'taobao';
}

/** Display options of a cart operation's parameters, for both platforms or only one. */
export const cartDisplay = (operation: string, platform?: CartPlatform) => ({
	show: {
		resource: ['cart'],
		operation: [operation],
		...(platform ? { platform: [platform] } : {}),
	},
});

export const userIdProperty: INodeProperties = {
	displayName: 'User ID (Override)',
	name: 'userId',
	type: 'string',
	default: '',
	hint: "Usually leave empty: every request already carries the credential's User ID",
	description:
		'Only to book for another PandaPon user than the credential\'s: sent as "userId" in the body. Empty = not sent.',
};

export const cartIdsProperty: INodeProperties = {
	displayName: 'Cart Record IDs',
	name: 'cartIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 75, 76',
	description:
		'IDs of the cart lines (the "ID" field of each line from Cart → Get Many), separated by commas. An array from a previous node works too.',
};

export const cartIdProperty: INodeProperties = {
	displayName: 'Cart Record ID',
	name: 'cartId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 75',
	description: 'ID of the cart line (the "ID" field from Cart → Get Many)',
};

/** Address collections left empty (fields mode) or `{}` (JSON mode) mean "no address". */
export function isEmptyAddress(raw: unknown): boolean {
	if (raw === undefined || raw === null) return true;
	if (typeof raw === 'string') return raw.trim() === '' || /^\{\s*\}$/.test(raw.trim());
	if (typeof raw === 'object' && !Array.isArray(raw)) {
		return Object.values(raw as IDataObject).every(
			(value) => value === undefined || value === null || value === '',
		);
	}
	return false;
}
