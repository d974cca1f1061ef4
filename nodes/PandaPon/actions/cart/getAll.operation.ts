import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, updateDisplayOptions } from '../../helpers/utils';
import { readWholeLimit, returnAllOrLimit } from '../list';
import { readPlatform } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Include Unavailable Items',
		name: 'includeDisabled',
		type: 'boolean',
		default: false,
		displayOptions: { show: { platform: ['alibaba'] } },
		description:
			'Whether to also return cart lines 1688 marks as unavailable (sold out, delisted). Each line carries "enabled" so they can be told apart.',
	},
];

const displayOptions = { show: { resource: ['cart'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const asArray = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? value.filter(isPlainObject) : [];

/**
 * ref 4.7 (A-C4): data = {enableList[], disableList[]}, each a shop {sellerOpenId, sellerNickName, cartItemInfos[]}.
 * One output item per cart line, carrying its shop's seller fields.
 */
export function flattenAlibabaCart(data: unknown, includeDisabled: boolean): IDataObject[] {
	const cart = isPlainObject(data) ? data : {};
	const lines: IDataObject[] = [];
	const groups: Array<[IDataObject[], boolean]> = [[asArray(cart.enableList), true]];
	if (includeDisabled) groups.push([asArray(cart.disableList), false]);
	for (const [shops, enabled] of groups) {
		for (const shop of shops) {
			for (const line of asArray(shop.cartItemInfos)) {
				lines.push({
					...line,
					sellerOpenId: shop.sellerOpenId,
					sellerNickName: shop.sellerNickName,
					enabled,
				});
			}
		}
	}
	return lines;
}

/** Inferred Taobao list (catalogue note): data is an array of cart records; a paged wrapper is accepted too. */
function taobaoLines(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return asArray(data);
	if (isPlainObject(data)) return asArray(data.data ?? data.list ?? data.records);
	return [];
}

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const platform = readPlatform.call(this, itemIndex);
	const limit = readWholeLimit.call(this, itemIndex) ?? Infinity;
	const includeDisabled =
		platform === 'alibaba' &&
		(this.getNodeParameter('includeDisabled', itemIndex, false) as boolean);
	return { platform, limit, includeDisabled };
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	// Neither cart list is paged: the whole cart arrives in one response and Limit trims it here.
	const lines =
		input.platform === 'alibaba'
			? flattenAlibabaCart(
					await pandaPonRequest.call(this, 'cart.getAll.alibaba', { itemIndex }),
					input.includeDisabled,
				)
			: taobaoLines(await pandaPonRequest.call(this, 'cart.getAll.taobao', { itemIndex }));
	return lines.slice(0, input.limit).map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
