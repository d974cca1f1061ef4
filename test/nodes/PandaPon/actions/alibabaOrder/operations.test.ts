/** The read and state-changing 1688 order operations against the sandbox: request as documented, and output. */
import { pagingOf } from '../../../../../nodes/PandaPon/transport';
import { OFFER_1, ORDER_ID } from '../../../../helpers/examples';
import { useSandbox } from '../../../../helpers/sandboxNode';
import { orderTaker } from './fixtures';

const ctx = useSandbox();

/** A seeded 1688 order in `status` that no other test of this file touched. */
const takeOrder = orderTaker(ctx);
const PAGE = pagingOf('alibabaOrder.getAll').maxPageSize;
const storedOrder = (id: string) => ctx.sandbox.sandbox.store.alibabaOrderById.get(id)!;

describe('1688 order: get many', () => {
	it('sends pageNo/pageSize in the body, filters by status and asks only for the limit', async () => {
		const limit = 25;
		const expected = ctx.sandbox.findOrders('1688', { status: 'waitbuyerpay', limit }).map((entry) => entry.id);
		expect(expected).toHaveLength(limit);
		const { items, error } = await ctx.run({
			resource: 'alibabaOrder',
			operation: 'getAll',
			returnAll: false,
			limit,
			filters: { status: 'waitbuyerpay' },
		});
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/v2/alibaba/order/page').map((request) => [request.method, request.body])).toEqual([
			['POST', { status: 'waitbuyerpay', pageNo: 1, pageSize: Math.min(PAGE, limit) }],
		]);
		expect(items.map((item) => item.json.orderId)).toEqual(expected);
		expect(items.every((item) => item.json.status === 'waitbuyerpay')).toBe(true);
		expect(Object.keys(items[0].json).sort()).toEqual([
			'createTime', 'orderId', 'products', 'sellerLoginId', 'sellerOpenId', 'shippingFee', 'status', 'sumProductPayment', 'totalAmount',
		]);
		expect(new Set(items.map((item) => JSON.stringify(item.pairedItem)))).toEqual(new Set(['{"item":0}']));
	});

	it('returns every order with Return All, and the raw records with Simplify off', async () => {
		const expected = ctx.sandbox.findOrders('1688', { limit: 10_000 }).map((entry) => entry.id);
		const { items, error } = await ctx.run({ resource: 'alibabaOrder', operation: 'getAll', returnAll: true, simplify: false });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.idOfStr)).toEqual(expected);
		// The list writes orderId as a bare 19-digit number; it must arrive as the exact digits.
		expect(items.map((item) => item.json.orderId)).toEqual(expected);
		expect(ctx.requestsTo('/v2/alibaba/order/page').map((request) => request.body)).toEqual(
			Array.from({ length: Math.ceil(expected.length / PAGE) }, (_, index) => ({ pageNo: index + 1, pageSize: PAGE })),
		);
	});
});

describe('1688 order: get', () => {
	it('sends webSite 1688 and the order id as text, and simplifies the detail', async () => {
		const { id } = takeOrder('waitsellersend');
		const { items, error } = await ctx.run({ resource: 'alibabaOrder', operation: 'get', orderId: id });
		expect(error).toBeUndefined();
		const [request] = ctx.requestsTo('/alibaba/order/detail');
		expect(request.body).toEqual({ webSite: '1688', orderId: id });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ orderId: id, status: 'waitsellersend', success: true });
		expect((items[0].json.products as unknown[]).length).toBe(storedOrder(id).items.length);
	});

	it('accepts an order link in place of the id', async () => {
		const { id } = takeOrder('success');
		const { items, error } = await ctx.run({
			resource: 'alibabaOrder',
			operation: 'get',
			orderId: `https://trade.1688.com/order/new_step_order_detail.htm?orderId=${id}&tracelog=x`,
		});
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/alibaba/order/detail')[0].body).toEqual({ webSite: '1688', orderId: id });
		expect(items[0].json.orderId).toBe(id);
	});
});

describe('1688 order: cancel', () => {
	it('sends webSite, orderId as text, cancelReason and remark, and the order is cancelled', async () => {
		const { id } = takeOrder('waitbuyerpay');
		const { items, error } = await ctx.run({
			resource: 'alibabaOrder',
			operation: 'cancel',
			orderId: id,
			cancelReason: '不想要了',
			remark: 'ordered twice',
		});
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/v2/alibaba/order/cancel').map((request) => request.body)).toEqual([
			{ webSite: '1688', orderId: id, cancelReason: '不想要了', remark: 'ordered twice' },
		]);
		expect(items.map((item) => item.json)).toEqual([{ orderId: id, cancelled: true }]);
		expect(storedOrder(id).status).toBe('cancel');
	});
});

describe('1688 order: get payment URL', () => {
	it('asks with a GET and the order id in the query', async () => {
		const { id } = takeOrder('waitbuyerpay');
		const { items, error } = await ctx.run({ resource: 'alibabaOrder', operation: 'getPaymentUrl', orderId: id });
		expect(error).toBeUndefined();
		const [request] = ctx.requestsTo('/v2/alibaba/order/pay/url');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ orderId: id });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ orderId: id, protocolPaySuccess: false, cantPayOrderList: [] });
		expect(items[0].json.payUrl).toContain(id);
	});
});

describe('1688 order: submit for payment', () => {
	it('sends the order ids as strings in one call and the orders are paid', async () => {
		const first = takeOrder('waitbuyerpay');
		const second = takeOrder('waitbuyerpay');
		const { items, error } = await ctx.run({
			resource: 'alibabaOrder',
			operation: 'submitForPayment',
			orderIds: `${first.id}, ${second.id}\n${first.id}`,
		});
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/alibaba/order/batch/submit/to/pay').map((request) => request.body)).toEqual([
			{ orderIds: [first.id, second.id] },
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ orderIds: [first.id, second.id], paidOrderIds: [first.id, second.id] });
		expect([storedOrder(first.id).status, storedOrder(second.id).status]).toEqual(['waitsellersend', 'waitsellersend']);
	});

	it('takes a list from an expression', async () => {
		const first = takeOrder('waitbuyerpay');
		const { error } = await ctx.run(
			{ resource: 'alibabaOrder', operation: 'submitForPayment', orderIds: '={{ $json.ids }}' },
			[{ json: { ids: [first.id] } }],
		);
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/alibaba/order/batch/submit/to/pay')[0].body).toEqual({ orderIds: [first.id] });
	});
});

describe('1688 order: confirm receipt', () => {
	it('sends orderId and orderEntryIds as strings and outputs 1688\'s result', async () => {
		const { id, orderEntryIds } = takeOrder('waitbuyerreceive');
		const { items, error } = await ctx.run({
			resource: 'alibabaOrder',
			operation: 'confirmReceipt',
			orderId: id,
			orderEntryIds: orderEntryIds.join(','),
		});
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/alibaba/order/receivegoods').map((request) => request.body)).toEqual([{ orderId: id, orderEntryIds }]);
		expect(orderEntryIds.every((entry) => ORDER_ID.test(entry))).toBe(true);
		expect(items.map((item) => item.json)).toEqual([{ orderId: id, orderEntryIds, success: true, errorInfo: '', errorCode: '' }]);
		expect(storedOrder(id).status).toBe('success');
	});
});

describe('1688 order: get logistics', () => {
	it('asks with a GET and the order id in the query, and outputs the trace', async () => {
		const { id } = takeOrder('waitbuyerreceive');
		const { items, error } = await ctx.run({ resource: 'alibabaOrder', operation: 'getLogistics', orderId: id });
		expect(error).toBeUndefined();
		const [request] = ctx.requestsTo('/alibaba/order/logistics/trace');
		expect([request.method, request.query]).toEqual(['GET', { orderId: id }]);
		expect(items).toHaveLength(1);
		expect(items[0].json.orderId).toBe(id);
		const trace = items[0].json.logisticsTrace as Array<{ mailNo: string; steps: unknown[] }>;
		expect(trace[0].mailNo).toBe(storedOrder(id).mailNo);
		expect(trace[0].steps.length).toBeGreaterThan(0);
	});
});

describe('1688 order: decrypt Wangwang nickname', () => {
	it('sends offerId as a number and openUid, and outputs the nickname', async () => {
		const { items, error } = await ctx.run({
			resource: 'alibabaOrder',
			operation: 'decryptWangwang',
			offerId: 'https://detail.1688.com/offer/743470146022.html',
			openUid: OFFER_1.sellerOpenId,
		});
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/alibaba/product/openuid/decrypt').map((request) => request.body)).toEqual([
			{ offerId: 743470146022, openUid: OFFER_1.sellerOpenId },
		]);
		expect(items[0].json).toMatchObject({ openUid: OFFER_1.sellerOpenId, wangwangNick: '广州市大榕树皮具' });
	});
});
