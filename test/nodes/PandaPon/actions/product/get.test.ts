/** Product → Get, both platforms, against the sandbox over real HTTP. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const taobaoGet = { resource: 'product', platform: 'taobao', operation: 'get' };
const alibabaGet = { resource: 'product', platform: 'alibaba', operation: 'get' };

describe('Taobao', () => {
	it('sends GET /open/product/get?itemId= for an item link and returns the simplified item', async () => {
		const result = await ctx.run({
			...taobaoGet,
			itemId: 'https://item.taobao.com/item.htm?spm=a1z10&id=672991141190',
		});

		const [request] = ctx.requestsTo('/open/product/get');
		expect(request).toMatchObject({ method: 'GET', query: { itemId: '672991141190' }, body: null, code: 200 });
		expect(result.items).toHaveLength(1);
		const { json, pairedItem } = result.items[0];
		expect(pairedItem).toEqual({ item: 0 });
		expect(json).toMatchObject({
			itemId: 672991141190,
			mpId: '2048057995392326',
			title: '天穹发布商品,测试请不要拍',
			price: 1,
		});
		expect(json).not.toHaveProperty('description');
		expect(json).not.toHaveProperty('categoryPath');
		expect((json.skuList as object[])[0]).toEqual({
			skuId: '3452545926724',
			mpSkuId: '3452545926725',
			price: 1,
			promotionPrice: 1,
			quantity: 200,
			status: 'active',
			properties: expect.any(String),
			picUrl: null,
		});
	});

	it('returns the whole record when Simplify is off', async () => {
		const result = await ctx.run({ ...taobaoGet, itemId: '672991141190', simplify: false });

		expect(result.items[0].json).toMatchObject({
			categoryPath: '童装/婴儿装/亲子装->裙子(新)->连衣裙',
			itemType: 'HAVE_MATERIAL',
		});
	});

	it('resolves an expression per input item and pairs each output with its input', async () => {
		const items = [
			{ json: { id: '672991141190' } },
			{ json: { id: 'https://world.taobao.com/item/600126245031041190.htm' } },
		];
		const result = await ctx.run({ ...taobaoGet, itemId: '={{ $json.id }}' }, items);

		expect(ctx.requestsTo('/open/product/get').map((r) => r.query.itemId)).toEqual([
			'672991141190',
			'600126245031041190',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		// 18 digits: beyond 2^53, kept exact as text by the lossless parser.
		expect(result.items[1].json.itemId).toBe('600126245031041190');
	});

	it("reports PandaPon's error code, message and requestId for an unknown item", async () => {
		const result = await ctx.run({ ...taobaoGet, itemId: '999999999999' });

		expect(result.error?.message).toMatch(/PandaPon error \d+: item 999999999999 not found/);
		expect(result.error?.description).toMatch(/requestId: [0-9a-f]{32}/);
	});

	it.each([
		['an unreadable link', 'https://m.tb.cn/h.5Ue2K0B'],
		// n8n itself refuses an empty required field; an expression can still produce one.
		['an empty ID from an expression', '={{ $json.missing ?? "" }}'],
		['letters', 'abc'],
	])('refuses %s before sending anything', async (_label, itemId) => {
		const result = await ctx.run({ ...taobaoGet, itemId });

		expect(errorText(result)).toMatch(/Invalid input in item 0: itemId: expected a Taobao item ID or item link/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});

describe('1688', () => {
	it('posts {offerId (number), country "en", outMemberId} and returns the simplified offer', async () => {
		const result = await ctx.run({
			...alibabaGet,
			offerId: 'https://detail.1688.com/offer/706627393257.html?spm=a26352',
			outMemberId: 'buyer-42',
		});

		const [request] = ctx.requestsTo('/alibaba/product/detail/get');
		expect(request).toMatchObject({ method: 'POST', code: 200 });
		expect(request.body).toEqual({ offerId: 706627393257, country: 'en', outMemberId: 'buyer-42' });
		const json = result.items[0].json;
		expect(json).toMatchObject({ offerId: 706627393257, subject: expect.stringContaining('PVC'), minOrderQuantity: 2 });
		expect(Object.keys(json).sort()).toEqual(
			[
				'batchNumber',
				'categoryId',
				'categoryName',
				'minOrderQuantity',
				'offerId',
				'productImage',
				'productSaleInfo',
				'productShippingInfo',
				'productSkuInfos',
				'sellerOpenId',
				'status',
				'subject',
				'subjectTrans',
			].sort(),
		);
	});

	it('sends an empty outMemberId when none is given and returns everything without Simplify', async () => {
		const result = await ctx.run({ ...alibabaGet, offerId: '743470146022', simplify: false });

		expect(ctx.requestsTo('/alibaba/product/detail/get')[0].body).toEqual({
			offerId: 743470146022,
			country: 'en',
			outMemberId: '',
		});
		expect(result.items[0].json).toHaveProperty('description');
		expect(result.items[0].json).toHaveProperty('companyName');
	});

	it('refuses a Taobao link as a 1688 offer before sending anything', async () => {
		const result = await ctx.run({ ...alibabaGet, offerId: 'https://item.taobao.com/item.htm?id=672991141190' });

		expect(errorText(result)).toMatch(/Invalid input in item 0: offerId: expected a 1688 offer ID or offer link/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});

	it('refuses an offer ID too long to send exactly as a JSON number', async () => {
		const result = await ctx.run({ ...alibabaGet, offerId: '12345678901234567' });

		expect(errorText(result)).toMatch(/offerId: expected an ID of at most 15 digits/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
