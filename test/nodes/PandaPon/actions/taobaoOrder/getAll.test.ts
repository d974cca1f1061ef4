/** Taobao Order → Get Many (seed 004): paging, every filter, date conversion, Simplify. */
import { getGlobalState, setGlobalState } from 'n8n-workflow';

import { pagingOf } from '../../../../../nodes/PandaPon/transport';
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const PATH = '/open/order/page';
const PAGE = pagingOf('taobaoOrder.getAll').maxPageSize;
const getAll = { resource: 'taobaoOrder', operation: 'getAll' };
const pages = () => ctx.requestsTo(PATH).map((request) => [request.query.pageNum, request.query.pageSize]);

/** China time (UTC+8) text, computed independently of the node's luxon conversion. */
const chinaTime = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

describe('paging', () => {
	it('returns every order with Return All, walking pageNum/pageSize in the query until the total', async () => {
		const total = ctx.sandbox.sandbox.store.taobaoOrders.length;
		const result = await ctx.run({ ...getAll, returnAll: true });

		const expectedPages = Math.ceil(total / PAGE);
		expect(expectedPages).toBeGreaterThan(2);
		expect(pages()).toEqual(Array.from({ length: expectedPages }, (_, i) => [String(i + 1), String(PAGE)]));
		expect(ctx.requestsTo(PATH).every((request) => request.method === 'GET' && request.code === 200)).toBe(true);
		expect(result.items).toHaveLength(total);
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(total);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('stops at Limit, across pages', async () => {
		const limit = 2 * PAGE + 5;
		const result = await ctx.run({ ...getAll, returnAll: false, limit });

		expect(result.items).toHaveLength(limit);
		expect(pages()).toEqual([
			['1', String(PAGE)],
			['2', String(PAGE)],
			['3', String(PAGE)],
		]);
	});

	it('asks for a single small page when Limit is small', async () => {
		const result = await ctx.run({ ...getAll, returnAll: false, limit: 3 });

		expect(result.items).toHaveLength(3);
		expect(pages()).toEqual([['1', '3']]);
	});
});

describe('filters', () => {
	it('sends every filter in the query, dates converted to China time, and returns the matching order', async () => {
		const order = ctx.sandbox.sandbox.store.taobaoOrders.find((o) => o.status === 11)!;
		const result = await ctx.run({
			...getAll,
			returnAll: true,
			filters: {
				orderNo: order.orderNo,
				id: order.id,
				status: 11,
				sellerNick: order.subOrders[0].shopNick,
				// One hour before, in UTC; one hour after, with a +02:00 offset.
				beginDateTime: new Date(order.createdAt - 3_600_000).toISOString(),
				endDateTime: `={{ DateTime.fromMillis(${order.createdAt + 3_600_000}, { zone: 'UTC+2' }) }}`,
			},
		});

		const [request] = ctx.requestsTo(PATH);
		expect(request.query).toEqual({
			orderNo: order.orderNo,
			id: order.id,
			status: '11',
			sellerNick: order.subOrders[0].shopNick,
			beginDateTime: chinaTime(order.createdAt - 3_600_000),
			endDateTime: chinaTime(order.createdAt + 3_600_000),
			pageNum: '1',
			pageSize: String(Math.min(PAGE, 50)),
		});
		expect(result.items.map((item) => item.json.id)).toEqual([order.id]);
	});

	it('passes a date already in PandaPon format through and filters by status', async () => {
		const result = await ctx.run({
			...getAll,
			returnAll: true,
			filters: { status: 4, beginDateTime: '2024-01-01 00:00:00', endDateTime: '2030-12-31 23:59:59' },
		});

		expect(ctx.requestsTo(PATH)[0].query).toMatchObject({ status: '4', beginDateTime: '2024-01-01 00:00:00', endDateTime: '2030-12-31 23:59:59' });
		const cancelled = ctx.sandbox.sandbox.store.taobaoOrders.filter((o) => o.status === 4 && o.createdAt >= Date.UTC(2023, 11, 31, 16));
		expect(result.items).toHaveLength(cancelled.length);
		expect(result.items.every((item) => item.json.status === 4 && item.json.statusName === 'Cancelled')).toBe(true);
	});

	it("reads a date without offset (as n8n's date picker gives it) in the workflow's timezone", async () => {
		const previous = getGlobalState();
		setGlobalState({ defaultTimezone: 'Europe/Berlin' });
		try {
			await ctx.run({ ...getAll, returnAll: true, filters: { beginDateTime: '2024-03-01T12:00:00', endDateTime: '2024-07-01T12:00:00' } });
		} finally {
			setGlobalState(previous);
		}

		// Berlin is UTC+1 in March and UTC+2 (summer time) in July; China is UTC+8.
		expect(ctx.requestsTo(PATH)[0].query).toMatchObject({ beginDateTime: '2024-03-01 19:00:00', endDateTime: '2024-07-01 18:00:00' });
	});

	it('finds the seed 004 order by its order number and keeps its 19-digit id as text', async () => {
		const result = await ctx.run({ ...getAll, returnAll: true, filters: { orderNo: '1022505290345480832' } });

		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ id: '1022505290408395575', orderSource: 'lazada', purchaseAmount: 400 });
	});

	it.each([
		['a status that does not exist', { status: '={{ 7 }}' }, /status: expected one of the order statuses/],
		['a date that cannot be read', { beginDateTime: 'last tuesday' }, /beginDateTime: expected a date and time/],
		['an order id with letters', { id: 'ORDER-1' }, /id: expected a numeric order ID or an order link/],
	])('refuses %s before sending anything', async (_label, filters, message) => {
		const result = await ctx.run({ ...getAll, returnAll: true, filters });

		expect(errorText(result)).toMatch(/^Invalid input in item 0: /);
		expect(errorText(result)).toMatch(message);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});

describe('Simplify', () => {
	const seed004 = { ...getAll, returnAll: true, filters: { id: '1022505290408395575' } };

	it('drops subOrderResult but keeps the sub-purchase-order id and adds a status name', async () => {
		const result = await ctx.run(seed004);

		const json = result.items[0].json;
		expect(json).toMatchObject({ status: 0, statusName: 'Awaiting Payment', orderNo: '1022505290345480832' });
		expect(json).not.toHaveProperty('receiver');
		const subs = json.subOrderVOS as Array<Record<string, unknown>>;
		expect(subs).toHaveLength(2);
		for (const sub of subs) {
			expect(sub).not.toHaveProperty('subOrderResult');
			expect(sub.subPurchaseOrderId).toMatch(/^\d{12}$/);
			expect(sub.subPurchaseOrderId).toBe(sub.taobaoSubPurchaseId);
		}
	});

	it('returns the full record with subOrderResult parsed into an object when off', async () => {
		const result = await ctx.run({ ...seed004, simplify: false });

		const json = result.items[0].json;
		expect(json).toHaveProperty('receiver');
		expect(json).not.toHaveProperty('statusName');
		const sub = (json.subOrderVOS as Array<{ subOrderResult: Record<string, unknown>; taobaoSubPurchaseId: string }>)[0];
		expect(sub.subOrderResult).toMatchObject({
			item_id: '600126245031041190',
			sku_id: '5016042822039',
			sub_purchase_order_id: sub.taobaoSubPurchaseId,
			purchase_currency: 'CNY',
		});
	});
});
