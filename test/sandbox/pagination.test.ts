/** Pagination per endpoint: own parameter names, consistent pages, and a seed large enough to need many pages. */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call, ok } from './client';

describe('sandbox pagination', () => {
	let sandbox: SandboxHandle;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());

	it('pages through all Taobao orders (pageNum/pageSize) without gaps or repeats, newest first', async () => {
		const first = await ok(sandbox, 'GET', '/open/order/page', { query: { pageNum: 1, pageSize: 25 } });
		expect(first.total).toBeGreaterThanOrEqual(120);
		const ids: string[] = [];
		const times: string[] = [];
		for (let page = 1; page <= Math.ceil(first.total / 25); page++) {
			const data = await ok(sandbox, 'GET', '/open/order/page', { query: { pageNum: page, pageSize: 25 } });
			expect(data.total).toBe(first.total);
			for (const order of data.data) {
				ids.push(order.id);
				times.push(order.createTime);
			}
		}
		expect(ids).toHaveLength(first.total);
		expect(new Set(ids).size).toBe(first.total);
		expect([...times].sort().reverse()).toEqual(times);
		const beyond = await ok(sandbox, 'GET', '/open/order/page', { query: { pageNum: Math.ceil(first.total / 25) + 1, pageSize: 25 } });
		expect(beyond).toEqual({ total: first.total, data: [] });
	});

	it('filters Taobao orders by status, date range and order number', async () => {
		const paid = await ok(sandbox, 'GET', '/open/order/page', { query: { pageNum: 1, pageSize: 100, status: 11 } });
		expect(paid.total).toBe(sandbox.state().taobao.byStatus['11']);
		expect(paid.data.every((o: { status: number }) => o.status === 11)).toBe(true);
		const ranged = await ok(sandbox, 'GET', '/open/order/page', { query: { pageNum: 1, pageSize: 100, beginDateTime: '2023-09-22 00:00:00', endDateTime: '2023-09-22 23:59:59' } });
		expect(ranged.data.map((o: { id: string }) => o.id)).toEqual(['1022505290408395575']);
		const byNo = await ok(sandbox, 'GET', '/open/order/page', { query: { pageNum: 1, pageSize: 10, orderNo: '1022505290345480832' } });
		expect(byNo.total).toBe(1);
		const badDate = await call(sandbox, 'GET', '/open/order/page', { query: { pageNum: 1, pageSize: 10, beginDateTime: '22/09/2023' } });
		expect(badDate.json).toMatchObject({ code: 400, msg: 'beginDateTime: expected "yyyy-MM-dd HH:mm:ss", got "22/09/2023"' });
	});

	it('pages through 1688 orders (pageNo/pageSize) with a consistent wrapper', async () => {
		const seen = new Set<string>();
		let totalPage = 1;
		for (let page = 1; page <= totalPage; page++) {
			const data = await ok(sandbox, 'POST', '/v2/alibaba/order/page', { body: { pageNo: page, pageSize: 30 } });
			totalPage = data.totalPage;
			expect(data.currentPage).toBe(page);
			for (const order of data.data) seen.add(order.idOfStr);
		}
		expect(seen.size).toBe(sandbox.state().alibaba.orders);
		expect(totalPage).toBe(Math.ceil(seen.size / 30));
	});

	it('rejects another endpoint\'s page parameter instead of silently serving page 1', async () => {
		const taobao = await call(sandbox, 'GET', '/open/order/page', { query: { pageNo: 2, pageSize: 10 } });
		expect(taobao.json).toMatchObject({ code: 400, msg: 'pageNo: not a parameter of this endpoint; use pageNum' });
		const alibaba = await call(sandbox, 'POST', '/alibaba/product/keywords/query', { body: { keyword: '包', pageNo: 2 } });
		expect(alibaba.json).toMatchObject({ code: 400, msg: 'pageNo: not a parameter of this endpoint; use beginPage' });
		const orders = await call(sandbox, 'POST', '/v2/alibaba/order/page', { body: { pageNum: 2 } });
		expect(orders.json).toMatchObject({ code: 400, msg: 'pageNum: not a parameter of this endpoint; use pageNo' });
	});

	it('caps the Taobao search page size at 40', async () => {
		const response = await call(sandbox, 'POST', '/v2/taobao/product/item/search', { body: { keyword: '款', pageNo: 1, pageSize: 41 } });
		expect(response.json).toMatchObject({ code: 400, msg: 'pageSize: must be at most 40, got 41' });
		expect((await call(sandbox, 'POST', '/v2/taobao/product/item/search', { body: { keyword: '款', pageNo: 1, pageSize: 40 } })).json.code).toBe(200);
	});

	it('pages 1688 keyword search by beginPage with the documented wrapper and filters', async () => {
		const all = await ok(sandbox, 'POST', '/alibaba/product/keywords/query', { body: { keyword: 'wholesale', beginPage: 1, pageSize: 50 } });
		const pages = [];
		for (let beginPage = 1; beginPage <= Math.ceil(all.totalRecords / 7); beginPage++) {
			pages.push(...(await ok(sandbox, 'POST', '/alibaba/product/keywords/query', { body: { keyword: 'wholesale', beginPage, pageSize: 7 } })).data);
		}
		expect(pages.map((o: { offerId: number }) => o.offerId)).toEqual(all.data.map((o: { offerId: number }) => o.offerId));
		const sorted = await ok(sandbox, 'POST', '/alibaba/product/keywords/query', { body: { keyword: 'wholesale', beginPage: 1, pageSize: 50, sort: '{"price":"asc"}', priceStart: '10', priceEnd: '100.50' } });
		const prices = sorted.data.map((o: { priceInfo: { price: string } }) => Number(o.priceInfo.price));
		expect(prices).toEqual([...prices].sort((a, b) => a - b));
		expect(prices.every((p: number) => p >= 10 && p <= 100.5)).toBe(true);
		const badPrice = await call(sandbox, 'POST', '/alibaba/product/keywords/query', { body: { keyword: 'x', priceStart: 10 } });
		expect(badPrice.json).toMatchObject({ code: 400, msg: 'priceStart: expected a string, got number' });
	});

	it('pages reverse orders and refund messages by pageNo', async () => {
		const total = sandbox.state().refunds.taobao.total;
		const page1 = await ok(sandbox, 'POST', '/open/order/refund/queryList', { body: { pageNo: 1, pageSize: 5 } });
		const page2 = await ok(sandbox, 'POST', '/open/order/refund/queryList', { body: { pageNo: 2, pageSize: 5 } });
		expect(page1.total).toBe(total);
		expect(page1.data.filter((r: { refundId: string }) => page2.data.some((s: { refundId: string }) => s.refundId === r.refundId))).toEqual([]);
		const missingSize = await call(sandbox, 'POST', '/open/order/refund/queryList', { body: { pageNo: 1 } });
		expect(missingSize.json).toMatchObject({ code: 400, msg: 'pageSize: required' });
	});

	it('seeds 10,000 orders per platform for benchmarks and still pages them', async () => {
		const big = await startSandbox({ seedOrders: { taobao: 10_000, alibaba: 10_000 } });
		try {
			const taobao = await ok(big, 'GET', '/open/order/page', { query: { pageNum: 100, pageSize: 100 } });
			expect(taobao.total).toBe(10_000);
			expect(taobao.data).toHaveLength(100);
			const alibaba = await ok(big, 'POST', '/v2/alibaba/order/page', { body: { pageNo: 100, pageSize: 100 } });
			expect(alibaba).toMatchObject({ totalRecords: 10_000, totalPage: 100, currentPage: 100 });
		} finally {
			await big.close();
		}
	});

	it('is deterministic: the same seed gives the same catalogue and orders', async () => {
		const twin = await startSandbox();
		try {
			const mine = await call(sandbox, 'POST', '/alibaba/product/keywords/query', { body: { keyword: 'wholesale', beginPage: 1, pageSize: 50 } });
			const theirs = await call(twin, 'POST', '/alibaba/product/keywords/query', { body: { keyword: 'wholesale', beginPage: 1, pageSize: 50 } });
			expect(theirs.json.data).toEqual(mine.json.data);
			expect(twin.findOrders('taobao', { limit: 200 }).slice(-100)).toEqual(sandbox.findOrders('taobao', { limit: 200 }).slice(-100));
		} finally {
			await twin.close();
		}
	});
});
