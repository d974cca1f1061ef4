/** Product → Search (Taobao v2 keyword search, 1688 keyword query) against the sandbox. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const TAOBAO_PATH = '/v2/taobao/product/item/search';
const ALIBABA_PATH = '/alibaba/product/keywords/query';
const taobaoSearch = { resource: 'product', platform: 'taobao', operation: 'search' };
const alibabaSearch = { resource: 'product', platform: 'alibaba', operation: 'search' };

const ctx = useSandbox();
let tShirts: string[];

beforeAll(async () => {
	// Enough T恤 items for more than one Taobao page (40).
	const store = ctx.sandbox.sandbox.store;
	const model = store.taobaoItems.find((item) => item.categoryName === 'T恤')!;
	for (let n = 0; n < 45; n++)
		store.taobaoItems.push({ ...model, itemId: `8${String(n).padStart(11, '0')}`, title: `纯棉T恤 ${n}` });
	tShirts = store.taobaoItems
		.filter((item) => `${item.title} ${item.categoryName}`.toLowerCase().includes('t恤'))
		.map((i) => i.itemId);
});

describe('Taobao', () => {
	it('pages with pageNo and pageSize 40 until a short page, one output item per product', async () => {
		const result = await ctx.run({ ...taobaoSearch, keyword: 'T恤', returnAll: true, options: { sort: 'price_asc' } });

		const bodies = ctx.requestsTo(TAOBAO_PATH).map((request) => request.body);
		expect(bodies).toEqual(
			Array.from({ length: Math.ceil(tShirts.length / 40) }, (_, page) => ({
				keyword: 'T恤',
				sort: 'price_asc',
				pageNo: page + 1,
				pageSize: 40,
			})),
		);
		expect(result.items).toHaveLength(tShirts.length);
		expect(new Set(result.items.map((item) => item.json.itemId))).toEqual(new Set(tShirts));
		expect(result.items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
		const prices = result.items.map((item) => item.json.promotionPrice as number);
		expect(prices).toEqual([...prices].sort((a, b) => a - b));
	});

	it('asks for no more than the limit', async () => {
		const result = await ctx.run({ ...taobaoSearch, keyword: 'T恤', limit: 5 });

		expect(ctx.requestsTo(TAOBAO_PATH).map((request) => request.body)).toEqual([
			{ keyword: 'T恤', pageNo: 1, pageSize: 5 },
		]);
		expect(result.items).toHaveLength(5);
	});

	it('refuses a blank keyword before sending anything', async () => {
		const result = await ctx.run({ ...taobaoSearch, keyword: '   ', limit: 5 });

		expect(errorText(result)).toMatch(/Invalid input in item 0: keyword: a keyword is required/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});

describe('1688', () => {
	it('sends prices as yuan strings, sort as a JSON string, paging by beginPage', async () => {
		const result = await ctx.run({
			...alibabaSearch,
			keyword: 'wholesale',
			limit: 30,
			filters: { priceStart: '10', priceEnd: '150.50', sort: 'price:desc', filter: 'shipInToday', outMemberId: 'm-1' },
		});

		// What the sandbox holds in that range, most expensive first (prices in fen there).
		const expected = ctx.sandbox.sandbox.store.offers
			.filter(
				(offer) =>
					offer.subjectTrans.toLowerCase().includes('wholesale') && offer.price >= 1000 && offer.price <= 15050,
			)
			.sort((a, b) => b.price - a.price)
			.slice(0, 30);
		expect(expected.length).toBeGreaterThan(20);
		const common = {
			keyword: 'wholesale',
			country: 'en',
			filter: 'shipInToday',
			sort: '{"price":"desc"}',
			outMemberId: 'm-1',
			priceStart: '10',
			priceEnd: '150.50',
			pageSize: 20,
		};
		expect(ctx.requestsTo(ALIBABA_PATH).map((request) => request.body)).toEqual([
			{ ...common, beginPage: 1 },
			{ ...common, beginPage: 2 },
		]);
		expect(result.items.map((item) => String(item.json.offerId))).toEqual(expected.map((offer) => offer.offerId));
	});

	it('returns all pages, stopping at totalRecords', async () => {
		const result = await ctx.run({ ...alibabaSearch, keyword: 'wholesale', returnAll: true, filters: {} });

		const expected = ctx.sandbox.sandbox.store.offers.filter((offer) =>
			offer.subjectTrans.toLowerCase().includes('wholesale'),
		);
		expect(result.items.map((item) => String(item.json.offerId))).toEqual(expected.map((offer) => offer.offerId));
		expect(ctx.requestsTo(ALIBABA_PATH)).toHaveLength(Math.ceil(expected.length / 20));
	});

	it('takes a custom sort as JSON and a category ID as text', async () => {
		await ctx.run({
			...alibabaSearch,
			keyword: 'PVC',
			limit: 3,
			filters: { sortJson: '{"monthSold": "desc"}', categoryId: '1033054' },
		});

		expect(ctx.requestsTo(ALIBABA_PATH)[0].body).toMatchObject({ sort: '{"monthSold":"desc"}', categoryId: '1033054' });
	});

	it.each([
		[
			'a price that is not a yuan amount',
			{ priceStart: '10,5' },
			/filters\.priceStart: expected a minimum price in yuan such as 19\.90/,
		],
		[
			'a price range upside down',
			{ priceStart: '200', priceEnd: '10' },
			/filters\.priceEnd: Max Price \(Yuan\) is below Min Price \(Yuan\)/,
		],
		['a custom sort that is not JSON', { sortJson: '{price: desc' }, /filters\.sortJson: expected valid JSON/],
		[
			'a custom sort with a wrong direction',
			{ sortJson: '{"price": "down"}' },
			/filters\.sortJson\.price: expected "asc" or "desc"/,
		],
		[
			'two sorts at once',
			{ sort: 'price:asc', sortJson: '{"price": "desc"}' },
			/filters\.sortJson: use either Sort or Custom Sort/,
		],
		['a category that is not a number', { categoryId: 'shoes' }, /filters\.categoryId: expected a numeric category ID/],
	])('refuses %s before sending anything', async (_label, filters, message) => {
		const result = await ctx.run({ ...alibabaSearch, keyword: 'wholesale', limit: 5, filters });

		expect(errorText(result)).toMatch(message);
		expect(errorText(result)).toMatch(/item 0/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
