import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type JsonObject,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { getEndpoint } from '../../transport/endpoints';
import { errorJson, isPlainObject, updateDisplayOptions } from '../../helpers/utils';
import { commaList, numericId, parseInput, taobaoItemIdSchema } from '../../helpers/validation';

const properties: INodeProperties[] = [
	{
		displayName:
			'Checks the items of all input items together: one Taobao item per input item, sent in as few calls as possible. The output has one item per input item, in the same order.',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Item ID or Link',
		name: 'itemId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.itemId }}',
		description: 'Taobao item ID or item link of this input item',
	},
	{
		displayName: 'SKU IDs',
		name: 'skuIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3452545926724,3452545926725',
		description: 'Comma-separated SKU IDs to check. Leave empty to check the item only.',
	},
];

const displayOptions = {
	show: { resource: ['product'], operation: ['getMany'], platform: ['taobao'] },
};

export const description = updateDisplayOptions(displayOptions, properties);

const skuList = commaList(numericId('a SKU ID'), 'expected comma-separated SKU IDs or a list of SKU IDs');

const schema = z.object({ itemId: taobaoItemIdSchema(), skuIds: skuList });

interface Wanted {
	index: number;
	itemId: string;
}

interface BatchResult {
	products: Map<string, IDataObject>;
	failures: Map<string, IDataObject>;
}

function idOf(record: IDataObject): string | undefined {
	const id = record.itemId ?? record.id;
	return id === undefined || id === null ? undefined : String(id);
}

/** ref 4.1 (T-G3): data {mpProducts[], noMpProductItemIds[], noMpReasonList[]}, keyed by Taobao item id. */
function readBatch(data: unknown): BatchResult {
	const record = isPlainObject(data) ? data : {};
	const products = new Map<string, IDataObject>();
	const failures = new Map<string, IDataObject>();
	for (const product of (record.mpProducts as unknown[]) ?? []) {
		const id = isPlainObject(product) ? idOf(product) : undefined;
		if (id) products.set(id, product as IDataObject);
	}
	for (const id of (record.noMpProductItemIds as unknown[]) ?? []) failures.set(String(id), {});
	for (const reason of (record.noMpReasonList as unknown[]) ?? []) {
		const id = isPlainObject(reason) ? idOf(reason) : undefined;
		if (id) failures.set(id, reason as IDataObject);
	}
	return { products, failures };
}

function reasonText(reason: IDataObject | undefined): string {
	const text = reason?.reason ?? reason?.msg ?? reason?.message ?? reason?.errorMsg;
	return typeof text === 'string' && text ? text : 'PandaPon reported no distribution product for this item';
}

function itemError(this: IExecuteFunctions, wanted: Wanted, reason: IDataObject | undefined): NodeApiError {
	return new NodeApiError(this.getNode(), { itemId: wanted.itemId, ...(reason ?? {}) } as JsonObject, {
		message: `Taobao item ${wanted.itemId} (input item ${wanted.index}) is not available through PandaPon`,
		description: reasonText(reason),
		itemIndex: wanted.index,
	});
}

function chunk<T>(list: T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let start = 0; start < list.length; start += size) chunks.push(list.slice(start, start + size));
	return chunks;
}

export async function executeAll(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const continueOnFail = this.continueOnFail();
	const output: INodeExecutionData[] = new Array(items.length);
	const fail = (index: number, error: Error) => {
		output[index] = { json: errorJson(error), pairedItem: { item: index } };
	};

	// Validate every item before the first call, so that bad input sends nothing.
	const wanted: Wanted[] = [];
	const skusById = new Map<string, Set<string>>();
	for (let index = 0; index < items.length; index++) {
		try {
			const input = parseInput.call(
				this,
				schema,
				{
					itemId: this.getNodeParameter('itemId', index),
					skuIds: this.getNodeParameter('skuIds', index, ''),
				},
				index,
			);
			wanted.push({ index, itemId: input.itemId });
			// An item asked twice is sent once, with the union of its SKUs.
			const skus = skusById.get(input.itemId) ?? new Set<string>();
			input.skuIds.forEach((sku: string) => skus.add(sku));
			skusById.set(input.itemId, skus);
		} catch (error) {
			if (!continueOnFail)
				throw new NodeOperationError(this.getNode(), error as Error, {
					itemIndex: index,
				});
			fail(index, error as Error);
		}
	}

	const maxBatch = getEndpoint('product.getMany.taobao').maxBatch ?? 50;
	const results: BatchResult = { products: new Map(), failures: new Map() };
	for (const ids of chunk([...skusById.keys()], maxBatch)) {
		const params = ids.map((itemId) => ({
			itemId,
			skuIds: [...(skusById.get(itemId) ?? [])],
		}));
		const inBatch = wanted.filter((entry) => ids.includes(entry.itemId));
		let batch: BatchResult;
		try {
			// `params` is a JSON string, as documented.
			const body = { params: JSON.stringify(params) };
			// A failed batch is reported on its first input item.
			batch = readBatch(
				await pandaPonRequest.call(this, 'product.getMany.taobao', {
					body,
					itemIndex: inBatch[0]?.index,
				}),
			);
		} catch (error) {
			if (!continueOnFail) {
				throw new NodeApiError(this.getNode(), error as JsonObject, {
					itemIndex: inBatch[0]?.index,
				});
			}
			inBatch.forEach((entry) => fail(entry.index, error as Error));
			continue;
		}
		batch.products.forEach((product, id) => results.products.set(id, product));
		batch.failures.forEach((reason, id) => results.failures.set(id, reason));
		// Chunks follow the first appearance of each id, so the first failing input item is in the first failing chunk.
		const firstFailure = inBatch.find((entry) => !batch.products.has(entry.itemId) || batch.failures.has(entry.itemId));
		if (firstFailure && !continueOnFail)
			throw itemError.call(this, firstFailure, batch.failures.get(firstFailure.itemId));
	}

	for (const entry of wanted) {
		if (output[entry.index]) continue;
		const product = results.products.get(entry.itemId);
		if (product && !results.failures.has(entry.itemId)) {
			output[entry.index] = {
				json: { ...product },
				pairedItem: { item: entry.index },
			};
		} else {
			const error = itemError.call(this, entry, results.failures.get(entry.itemId));
			output[entry.index] = {
				json: { ...errorJson(error), itemId: entry.itemId },
				pairedItem: { item: entry.index },
			};
		}
	}
	return output;
}
