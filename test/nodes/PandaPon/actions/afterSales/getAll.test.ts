/** After-Sales → Get Many (Taobao reverse orders, POST /open/order/refund/queryList). */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const PATH = '/open/order/refund/queryList';
const getAll = { resource: 'afterSales', platform: 'taobao', operation: 'getAll' };

const ctx = useSandbox();

it('lists every reverse order page by page, one item each', async () => {
	const result = await ctx.run({ ...getAll, returnAll: true, filters: {} });

	const all = ctx.sandbox.sandbox.store.taobaoRefunds;
	expect(result.items).toHaveLength(all.length);
	expect(new Set(result.items.map((item) => item.json.refundId))).toEqual(
		new Set(all.map((refund) => refund.refundId)),
	);
	expect(ctx.requestsTo(PATH).map((request) => request.body)).toEqual(
		Array.from({ length: Math.ceil(all.length / 20) }, (_, page) => ({ pageNo: page + 1, pageSize: 20 })),
	);
});

it('sends the filters with the dates as epoch milliseconds', async () => {
	const refund = ctx.sandbox.sandbox.store.taobaoRefundById.get('110000235001')!;
	const from = new Date(refund.createdAt - 60_000).toISOString();
	const to = new Date(refund.createdAt + 60_000).toISOString();
	const result = await ctx.run({
		...getAll,
		limit: 5,
		filters: { refundId: '110000235001', refundStatus: refund.status, refundStartTime: from, refundEndTime: to },
	});

	expect(ctx.requestsTo(PATH)[0].body).toEqual({
		refundId: '110000235001',
		refundStatus: refund.status,
		refundStartTime: refund.createdAt - 60_000,
		refundEndTime: refund.createdAt + 60_000,
		pageNo: 1,
		pageSize: 5,
	});
	expect(result.items.map((item) => item.json.refundId)).toEqual(['110000235001']);
});

it('filters by purchase order and sales order', async () => {
	const refund = ctx.sandbox.sandbox.store.taobaoRefunds[1];
	const order = ctx.sandbox.sandbox.store.taobaoOrderById.get(refund.orderId)!;
	const result = await ctx.run({
		...getAll,
		limit: 5,
		filters: { purchaseOrderId: order.id, salesOrderId: order.sellerOrderNumber },
	});

	expect(ctx.requestsTo(PATH)[0].body).toMatchObject({
		purchaseOrderId: order.id,
		salesOrderId: order.sellerOrderNumber,
	});
	expect(result.items.map((item) => item.json.refundId)).toEqual([refund.refundId]);
});

it.each([
	['a date that cannot be read', { refundStartTime: 'yesterday' }, /filters\.refundStartTime: expected a date/],
	[
		'a date range upside down',
		{ refundStartTime: '2026-02-01T00:00:00', refundEndTime: '2026-01-01T00:00:00' },
		/filters\.refundEndTime: Refunds Created Before is earlier/,
	],
	['a refund ID with letters', { refundId: 'R-1' }, /filters\.refundId: expected a refund ID \(digits only\)/],
])('refuses %s before sending anything', async (_label, filters, message) => {
	const result = await ctx.run({ ...getAll, limit: 5, filters });

	expect(errorText(result)).toMatch(message);
	expect(errorText(result)).toMatch(/item 0/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
