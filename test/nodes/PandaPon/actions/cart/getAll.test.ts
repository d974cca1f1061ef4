/** Cart → Get Many, both platforms: one output item per cart line. */
import { flattenAlibabaCart } from '../../../../../nodes/PandaPon/actions/cart/getAll.operation';
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

const getAll = { resource: 'cart', operation: 'getAll' };

describe('Taobao', () => {
	it('sends GET /open/cart/list without parameters and outputs every cart line', async () => {
		const result = await ctx.run({ ...getAll, platform: 'taobao', returnAll: true });

		const [request] = ctx.requestsTo('/open/cart/list');
		expect(request).toMatchObject({ method: 'GET', query: {}, body: null, code: 200 });
		expect(result.items.map((item) => item.json.id as number).sort((a, b) => a - b)).toEqual([75, 76, 382]);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(result.items.find((item) => item.json.id === 382)!.json).toMatchObject({
			itemId: '672991141190',
			skuId: '3452545926724',
			quantity: 1,
		});
	});

	it('trims the list to Limit', async () => {
		const result = await ctx.run({ ...getAll, platform: 'taobao', returnAll: false, limit: 2 });

		expect(result.items).toHaveLength(2);
	});

	it('refuses a limit of zero from an expression before sending anything', async () => {
		const result = await ctx.run({ ...getAll, platform: 'taobao', returnAll: false, limit: '={{ 0 }}' });

		expect(errorText(result)).toMatch(/Invalid input in item 0: limit: expected a positive whole number/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});

describe('1688', () => {
	it('flattens GET /v2/alibaba/cart/list into one item per line with its seller', async () => {
		const result = await ctx.run({ ...getAll, platform: 'alibaba', returnAll: true });

		expect(ctx.requestsTo('/v2/alibaba/cart/list')[0]).toMatchObject({ method: 'GET', code: 200 });
		expect(result.items.map((item) => item.json.id as number).sort((a, b) => a - b)).toEqual([501, 502, 503]);
		const store = ctx.sandbox.sandbox.store;
		for (const { json } of result.items) {
			const offer = store.offerById.get(String(json.offerId))!;
			expect(json).toMatchObject({ sellerOpenId: offer.sellerOpenId, sellerNickName: expect.any(String), enabled: true });
		}
	});
});

describe('flattenAlibabaCart', () => {
	const cart = {
		enableList: [
			{ sellerOpenId: 'S1', sellerNickName: 'one', cartItemInfos: [{ id: 1 }, { id: 2 }] },
			{ sellerOpenId: 'S2', sellerNickName: 'two', cartItemInfos: [{ id: 3 }] },
		],
		disableList: [{ sellerOpenId: 'S3', sellerNickName: 'three', cartItemInfos: [{ id: 4 }] }],
	};

	it('leaves out unavailable lines unless asked, and marks each line enabled or not', () => {
		expect(flattenAlibabaCart(cart, false)).toEqual([
			{ id: 1, sellerOpenId: 'S1', sellerNickName: 'one', enabled: true },
			{ id: 2, sellerOpenId: 'S1', sellerNickName: 'one', enabled: true },
			{ id: 3, sellerOpenId: 'S2', sellerNickName: 'two', enabled: true },
		]);
		expect(flattenAlibabaCart(cart, true).map((line) => [line.id, line.enabled])).toEqual([
			[1, true],
			[2, true],
			[3, true],
			[4, false],
		]);
	});

	it('gives no lines for an empty or missing cart', () => {
		expect(flattenAlibabaCart(null, true)).toEqual([]);
		expect(flattenAlibabaCart({ enableList: null }, true)).toEqual([]);
	});
});
