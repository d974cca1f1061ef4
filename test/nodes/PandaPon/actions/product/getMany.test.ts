/**
 * Product → Get Many (Taobao batch check): ids from all input items, sent in as few calls as the catalogue's
 * maxBatch allows, one output item per input item in input order, per-id errors on the right item.
 */
import { getEndpoint } from '../../../../../nodes/PandaPon/transport/endpoints';
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const PATH = '/open/product/batch/check';
const getMany = {
	resource: 'product',
	platform: 'taobao',
	operation: 'getMany',
	itemId: '={{ $json.id }}',
	skuIds: '={{ $json.skus ?? "" }}',
};

const ctx = useSandbox();
let known: string[];

beforeAll(async () => {
	// The seeded catalogue has 40 items; clone some under new ids so that 100 distinct known ids exist.
	const store = ctx.sandbox.sandbox.store;
	known = store.taobaoItems.map((item) => item.itemId);
	for (let n = 0; known.length < 100; n++) {
		const copy = { ...store.taobaoItems[n % store.taobaoItems.length], itemId: `7${String(n).padStart(11, '0')}` };
		store.taobaoItemById.set(copy.itemId, copy);
		known.push(copy.itemId);
	}
});

const UNKNOWN_AT = [3, 17, 49, 50, 51, 77, 99];
const unknownId = (index: number) => `5${String(index).padStart(11, '9')}`;

/** 100 input items: known ids, with unknown ones seeded at UNKNOWN_AT. */
function hundredItems() {
	return known.slice(0, 100).map((id, index) => ({ json: { id: UNKNOWN_AT.includes(index) ? unknownId(index) : id } }));
}

function sentParams(): Array<{ itemId: string; skuIds: string[] }[]> {
	return ctx.requestsTo(PATH).map((request) => {
		const params = (request.body as { params: unknown }).params;
		expect(typeof params).toBe('string');
		return JSON.parse(params as string);
	});
}

it('checks 100 ids in the minimal number of calls and answers in input order, errors on the right items', async () => {
	const items = hundredItems();
	const result = await ctx.run(getMany, items, true);

	const maxBatch = getEndpoint('product.getMany.taobao').maxBatch!;
	const batches = sentParams();
	expect(batches).toHaveLength(Math.ceil(100 / maxBatch));
	expect(batches.every((batch) => batch.length <= maxBatch)).toBe(true);
	expect(batches.flat().map((entry) => entry.itemId)).toEqual(items.map((item) => item.json.id));
	expect(batches.flat().every((entry) => Array.isArray(entry.skuIds) && entry.skuIds.length === 0)).toBe(true);

	expect(result.items).toHaveLength(100);
	result.items.forEach((output, index) => {
		expect(output.pairedItem).toEqual({ item: index });
		const id = items[index].json.id;
		if (UNKNOWN_AT.includes(index)) {
			expect(output.json.itemId).toBe(id);
			expect(output.json.error).toBe(`Taobao item ${id} (input item ${index}) is not available through PandaPon`);
			expect(output.json.description).toBe('item not found or not available for distribution');
		} else {
			expect(output.json.error).toBeUndefined();
			expect(output.json).toMatchObject({ itemId: id, mpId: expect.any(String), product: expect.any(Object) });
		}
	});
});

it('without Continue On Fail, fails naming the first unavailable item and stops after its batch', async () => {
	const result = await ctx.run(getMany, hundredItems());

	expect(result.items).toHaveLength(0);
	expect(errorText(result)).toContain(
		`Taobao item ${unknownId(3)} (input item 3) is not available through PandaPon`,
	);
	expect(ctx.requestsTo(PATH)).toHaveLength(1);
});

it('sends the SKU IDs of each item and reports an unknown SKU on its item', async () => {
	const items = [
		{ json: { id: '672991141190', skus: '3452545926724' } },
		{ json: { id: known[5] } },
		{ json: { id: '672991141190', skus: '3452545926726, 3452545926724' } },
		{ json: { id: known[6], skus: '1111111111111' } },
	];
	const result = await ctx.run(getMany, items, true);

	const [batch] = sentParams();
	// The repeated item is asked once, with the union of its SKUs.
	expect(batch).toEqual([
		{ itemId: '672991141190', skuIds: ['3452545926724', '3452545926726'] },
		{ itemId: known[5], skuIds: [] },
		{ itemId: known[6], skuIds: ['1111111111111'] },
	]);
	expect(result.items.map((item) => item.json.itemId)).toEqual(['672991141190', known[5], '672991141190', known[6]]);
	expect(result.items[0].json.error).toBeUndefined();
	expect(result.items[2].json.error).toBeUndefined();
	expect(result.items[3].json).toMatchObject({
		error: expect.stringContaining('(input item 3)'),
		description: 'sku not found: 1111111111111',
	});
});

it('refuses bad input on any item before sending anything', async () => {
	const items = hundredItems();
	items[42] = { json: { id: 'https://detail.1688.com/offer/706627393257.html' } };
	const result = await ctx.run(getMany, items);

	expect(errorText(result)).toMatch(/Invalid input in item 42: itemId: expected a Taobao item ID or item link/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});

it('refuses a malformed SKU list before sending anything', async () => {
	const result = await ctx.run(getMany, [{ json: { id: known[0] } }, { json: { id: known[1], skus: '123,abc' } }]);

	expect(errorText(result)).toMatch(/Invalid input in item 1: skuIds\[1\]: expected a SKU ID \(digits only\)/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});

it('with Continue On Fail, reports bad input on its item and still checks the others', async () => {
	const items = [{ json: { id: known[0] } }, { json: { id: 'not-an-id' } }, { json: { id: known[1] } }];
	const result = await ctx.run(getMany, items, true);

	expect(sentParams()[0].map((entry) => entry.itemId)).toEqual([known[0], known[1]]);
	expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	expect(result.items[1].json.error).toMatch(/Invalid input in item 1: itemId/);
	expect(result.items[2].json.itemId).toBe(known[1]);
});

it('with Continue On Fail, a failed batch marks only its own items', async () => {
	ctx.sandbox.addFault({ type: 'errorCode', path: PATH, code: 500, msg: 'busy' });
	const result = await ctx.run(
		getMany,
		known.slice(0, 60).map((id) => ({ json: { id } })),
		true,
	);

	const maxBatch = getEndpoint('product.getMany.taobao').maxBatch!;
	expect(result.items).toHaveLength(60);
	expect(
		result.items
			.slice(0, maxBatch)
			.every((item) => item.json.error === 'PandaPon error 500: busy' && item.json.code === '500'),
	).toBe(true);
	expect(result.items.slice(maxBatch).every((item) => item.json.error === undefined)).toBe(true);
});
