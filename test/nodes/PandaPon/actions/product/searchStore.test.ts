/** Product → Search Store (1688 selleroffer) against the sandbox. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const PATH = '/alibaba/product/query/selleroffer';
const searchStore = { resource: 'product', platform: 'alibaba', operation: 'searchStore' };

const ctx = useSandbox();

it("lists every offer of one seller's store, without a keyword", async () => {
	const seller = 'BBBwAN4GQ60zRPzBkv7BYPJRQ';
	const result = await ctx.run({
		...searchStore,
		sellerOpenId: seller,
		returnAll: true,
		filters: { categoryId: '1033054' },
	});

	expect(ctx.requestsTo(PATH)[0].body).toEqual({
		country: 'en',
		categoryId: 1033054,
		sellerOpenId: seller,
		beginPage: 1,
		pageSize: 20,
	});
	const expected = ctx.sandbox.sandbox.store.offers.filter(
		(o) => o.sellerOpenId === seller && o.categoryId === 1033054,
	);
	expect(result.items.map((item) => String(item.json.offerId))).toEqual(expected.map((offer) => offer.offerId));
	expect(result.items.length).toBeGreaterThan(0);
});

it('sends the keyword and price range', async () => {
	await ctx.run({
		...searchStore,
		sellerOpenId: 'BBBwAN4GQ60zRPzBkv7BYPJRQ',
		keyword: '背心',
		limit: 10,
		filters: { priceStart: '10', priceEnd: '200', sort: 'price:desc' },
	});

	expect(ctx.requestsTo(PATH)[0].body).toEqual({
		keyword: '背心',
		country: 'en',
		sort: '{"price":"desc"}',
		priceStart: '10',
		priceEnd: '200',
		sellerOpenId: 'BBBwAN4GQ60zRPzBkv7BYPJRQ',
		beginPage: 1,
		pageSize: 10,
	});
});

it('refuses a seller ID with spaces before sending anything', async () => {
	const result = await ctx.run({ ...searchStore, sellerOpenId: 'BBB wAN4', limit: 10, filters: {} });

	expect(errorText(result)).toMatch(/Invalid input in item 0: sellerOpenId: expected a sellerOpenId/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
