import {
	NodeApiError,
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
import type { Parsed } from '../operation.types';

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

const skuList = commaList(
	numericId('a SKU ID'),
	'expected comma-separated SKU IDs or a list of SKU IDs',
);

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
	return typeof text === 'string' && text
		? text
		: 'PandaPon reported no distribution product for this item';
}

function itemError(
	this: IExecuteFunctions,
	wanted: Wanted,
	reason: IDataObject | undefined,
): NodeApiError {
	return new NodeApiError(
		this.getNode(),
		{ itemId: wanted.itemId, ...(reason ?? {}) } as JsonObject,
		{
			message: `Taobao item ${wanted.itemId} (input item ${wanted.index}) is not available through PandaPon`,
			description: reasonText(reason),
			itemIndex: wanted.index,
		},
	);
}

function chunk<T>(list: T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let start = 0; start < list.length; start += size)
		chunks.push(list.slice(start, start + size));
	return chunks;
}

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			itemId: this.getNodeParameter('itemId', itemIndex),
			skuIds: this.getNodeParameter('skuIds', itemIndex, ''),
		},
		itemIndex,
	);
}

type Input = ReturnType<typeof parse>;

/** One call's ids with the union of the SKUs asked for each (an item asked twice is sent once). */
function batches(
	items: Array<Parsed<Input>>,
	maxBatch: number,
): Array<Array<{ itemId: string; skuIds: string[] }>> {
	const skusById = new Map<string, Set<string>>();
	for (const { input } of items) {
		const skus = skusById.get(input.itemId) ?? new Set<string>();
		input.skuIds.forEach((sku: string) => skus.add(sku));
		skusById.set(input.itemId, skus);
	}
	const params = [...skusById].map(([itemId, skus]) => ({ itemId, skuIds: [...skus] }));
	return chunk(params, maxBatch);
}

/** Every batch call; a failed call fails its input items (Continue On Fail) or the node, on its first input item. */
async function fetchBatches(
	this: IExecuteFunctions,
	wanted: Wanted[],
	items: Array<Parsed<Input>>,
	output: Map<number, INodeExecutionData>,
): Promise<BatchResult> {
	const continueOnFail = this.continueOnFail();
	const maxBatch = getEndpoint('product.getMany.taobao').maxBatch ?? 50;
	const results: BatchResult = { products: new Map(), failures: new Map() };
	for (const params of batches(items, maxBatch)) {
		const ids = new Set(params.map((entry) => entry.itemId));
		const inBatch = wanted.filter((entry) => ids.has(entry.itemId));
		let batch: BatchResult;
		try {
			// `params` is a JSON string, as documented. A failed batch is reported on its first input item.
			const body = { params: JSON.stringify(params) };
			batch = readBatch(
				await pandaPonRequest.call(this, 'product.getMany.taobao', {
					body,
					itemIndex: inBatch[0]?.index,
				}),
			);
		} catch (error) {
			if (!continueOnFail)
				throw new NodeApiError(this.getNode(), error as JsonObject, {
					itemIndex: inBatch[0]?.index,
				});
			inBatch.forEach((entry) =>
				output.set(entry.index, {
					json: errorJson(error as Error),
					pairedItem: { item: entry.index },
				}),
			);
			continue;
		}
		batch.products.forEach((product, id) => results.products.set(id, product));
		batch.failures.forEach((reason, id) => results.failures.set(id, reason));
		// Chunks follow the first appearance of each id, so the first failing input item is in the first failing chunk.
		const firstFailure = inBatch.find(
			(entry) => !batch.products.has(entry.itemId) || batch.failures.has(entry.itemId),
		);
		if (firstFailure && !continueOnFail)
			throw itemError.call(this, firstFailure, batch.failures.get(firstFailure.itemId));
	}
	return results;
}

/** One output item per parsed input item: its product, or why it is not available. */
export async function sendAll(
	this: IExecuteFunctions,
	items: Array<Parsed<Input>>,
): Promise<INodeExecutionData[]> {
	const wanted: Wanted[] = items.map(({ itemIndex, input }) => ({
		index: itemIndex,
		itemId: input.itemId,
	}));
	const output = new Map<number, INodeExecutionData>();
	const results = await fetchBatches.call(this, wanted, items, output);
	for (const entry of wanted) {
		if (output.has(entry.index)) continue;
		const product = results.products.get(entry.itemId);
		if (product && !results.failures.has(entry.itemId)) {
			output.set(entry.index, { json: { ...product }, pairedItem: { item: entry.index } });
		} else {
			const error = itemError.call(this, entry, results.failures.get(entry.itemId));
			output.set(entry.index, {
				json: { ...errorJson(error), itemId: entry.itemId },
				pairedItem: { item: entry.index },
			});
		}
	}
	return wanted.map((entry) => output.get(entry.index)!);
}
