/** Cart → Add Item, both platforms, against the sandbox over real HTTP. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

const taobaoAdd = {
	resource: 'cart',
	operation: 'add',
	platform: 'taobao',
	itemId: '672991141190',
	// The item's second SKU: the first one is already in the seeded cart (record 382).
	skuId: '3452545926726',
	mpId: '2048057995392326',
	mpSkuId: '3452545926727',
	price: 1,
	quantity: 3,
};

const SKU_PROPERTIES = [{ propId: 1627207, propName: '颜色分类', valueId: 28341, valueName: '黑色' }];

describe('Taobao', () => {
	it('posts the documented body to /open/cart/add and outputs the new cart record id', async () => {
		const result = await ctx.run({
			...taobaoAdd,
			itemId: 'https://item.taobao.com/item.htm?spm=a1z10&id=672991141190',
			additionalFields: {
				promotionPrice: 1,
				properties: JSON.stringify(SKU_PROPERTIES),
				shopId: '268763467',
				shopName: 'u[2206891060210]',
				itemTitle: '天穹发布商品,测试请不要拍',
			},
		});

		const [request] = ctx.requestsTo('/open/cart/add');
		expect(request).toMatchObject({ method: 'POST', code: 200 });
		expect(request.body).toEqual({
			itemId: '672991141190',
			skuId: '3452545926726',
			mpId: '2048057995392326',
			mpSkuId: '3452545926727',
			price: 1,
			quantity: 3,
			promotionPrice: 1,
			properties: JSON.stringify(SKU_PROPERTIES),
			shopId: 268763467,
			shopName: 'u[2206891060210]',
			itemTitle: '天穹发布商品,测试请不要拍',
		});
		expect(result.items).toHaveLength(1);
		const { json, pairedItem } = result.items[0];
		expect(pairedItem).toEqual({ item: 0 });
		const id = json.id as number;
		expect(ctx.sandbox.sandbox.store.taobaoCart.get(id)).toMatchObject({ itemId: '672991141190', quantity: 3 });
		expect(json).toEqual({ id, itemId: '672991141190', skuId: '3452545926726', addedQuantity: 3 });
	});

	it('sends userId only when it is given', async () => {
		await ctx.run({ ...taobaoAdd, additionalFields: { userId: '2100007340000' } });
		await ctx.run(taobaoAdd);

		const [withUser, without] = ctx.requestsTo('/open/cart/add');
		expect(withUser.body).toMatchObject({ userId: '2100007340000' });
		expect(without.body).not.toHaveProperty('userId');
	});

	it.each([
		['an empty mpId from an expression', { mpId: '={{ "" }}' }, /mpId: is required/],
		['a price that is not a number', { price: '={{ "one yuan" }}' }, /price: expected the price in fen as a positive whole number/],
		['a fractional price', { price: 1.5 }, /price: expected the price in fen as a positive whole number/],
		['the default price of 0 fen', { price: 0 }, /price: expected the price in fen as a positive whole number/],
		['a promotion price of 0 fen', { additionalFields: { promotionPrice: 0 } }, /promotionPrice: expected the promotion price in fen as a positive whole number/],
		['a quantity of zero', { quantity: 0 }, /quantity: expected a positive whole number of pieces/],
		['an unreadable item link', { itemId: 'https://m.tb.cn/h.5Ue2K0B' }, /itemId: expected a Taobao item ID or item link/],
		['SKU properties that are not JSON', { additionalFields: { properties: '[{propId: 1' } }, /properties: expected valid JSON/],
		['SKU properties that are not a list', { additionalFields: { properties: '{"propId": 1}' } }, /properties: expected array, received object/],
	])('refuses %s before sending anything', async (_label, change, message) => {
		const result = await ctx.run({ ...taobaoAdd, ...change });

		expect(errorText(result)).toMatch(/Invalid input in item 0/);
		expect(errorText(result)).toMatch(message);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});

	it('keeps going with continueOnFail: the bad item gets an error, the others their cart line, each paired to its input', async () => {
		const items = [{ json: { qty: 1 } }, { json: { qty: -2 } }, { json: { qty: 2 } }];
		const result = await ctx.run({ ...taobaoAdd, quantity: '={{ $json.qty }}' }, items, true);

		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json).toMatchObject({ addedQuantity: 1 });
		expect(result.items[1].json.error).toMatch(/Invalid input in item 1: quantity/);
		expect(result.items[2].json).toMatchObject({ addedQuantity: 2 });
		expect(ctx.requestsTo('/open/cart/add').map((r) => (r.body as { quantity: number }).quantity)).toEqual([1, 2]);
	});
});

describe('1688', () => {
	const alibabaAdd = { resource: 'cart', operation: 'add', platform: 'alibaba', quantity: 2 };

	it('posts {offerId, specId, quantity, sellerOpenId} for an offer link and outputs the new cart record id', async () => {
		// The offer's second spec: its first one is already in the seeded cart (record 501).
		const specId = ctx.sandbox.sandbox.store.offerById.get('743470146022')!.specs[1].specId;
		const result = await ctx.run({
			...alibabaAdd,
			offerId: 'https://detail.1688.com/offer/743470146022.html?spm=a26352',
			specId,
			sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
		});

		const [request] = ctx.requestsTo('/alibaba/cart/add');
		expect(request).toMatchObject({ method: 'POST', code: 200 });
		expect(request.body).toEqual({ offerId: '743470146022', specId, quantity: 2, sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA' });
		const id = result.items[0].json.id as number;
		expect(ctx.sandbox.sandbox.store.alibabaCart.get(id)).toMatchObject({ offerId: '743470146022', specId, quantity: 2 });
		expect(result.items[0].json).toEqual({ id, offerId: '743470146022', specId, addedQuantity: 2 });
	});

	it('reports the added quantity, not a total, when the spec is already in the cart', async () => {
		const line = ctx.sandbox.sandbox.store.alibabaCart.get(501)!;
		const before = line.quantity;
		const result = await ctx.run({ ...alibabaAdd, offerId: line.offerId, specId: line.specId });

		expect(result.items[0].json).toMatchObject({ id: 501, addedQuantity: 2 });
		expect(ctx.sandbox.sandbox.store.alibabaCart.get(501)!.quantity).toBe(before + 2);
	});

	it('sends a v2 opaque id as offerMapId and leaves out empty optional fields', async () => {
		await ctx.run({ ...alibabaAdd, offerId: 'L0PTnwSnx_dWNZWCtgK7Gg' });

		expect(ctx.requestsTo('/alibaba/cart/add')[0].body).toEqual({ offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg', quantity: 2 });
	});

	it('refuses a Taobao link as a 1688 offer before sending anything', async () => {
		const result = await ctx.run({ ...alibabaAdd, offerId: 'https://item.taobao.com/item.htm?id=672991141190' });

		expect(errorText(result)).toMatch(/Invalid input in item 0: offerId: expected a 1688 offer ID, a 1688 offer link or a v2 offer map ID/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
