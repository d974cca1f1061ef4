/**
 * Money is real: writes are attempted exactly once under a 5xx or a dropped connection (checked in the sandbox's
 * request log), while reads ride out a 429 with Retry-After and a 5xx burst and still return complete data.
 */
import { pagingOf } from '../../../../../nodes/PandaPon/transport';
import type { FaultSpec } from '../../../../../sandbox/server';
import { ALIBABA_ADDRESS, OFFER_1 } from '../../../../helpers/examples';
import { useSandbox } from '../../../../helpers/sandboxNode';
import { orderTaker } from './fixtures';

jest.setTimeout(60_000);

const ctx = useSandbox();

const takeOrder = orderTaker(ctx);

const line = { offer: OFFER_1.offerId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId };
const orderFields = { addressParamMode: 'fields', addressParam: ALIBABA_ADDRESS, cargoParamList: { line: [line] } };

const writes: Array<[string, string, () => Record<string, unknown>]> = [
	['create', '/v2/alibaba/order/create', () => ({ operation: 'create', ...orderFields })],
	['batchCreate', '/v2/alibaba/order/batch/create', () => ({ operation: 'batchCreate', ...orderFields })],
	['submitForPayment', '/alibaba/order/batch/submit/to/pay', () => ({ operation: 'submitForPayment', orderIds: takeOrder('waitbuyerpay').id })],
	['cancel', '/v2/alibaba/order/cancel', () => ({ operation: 'cancel', orderId: takeOrder('waitbuyerpay').id, cancelReason: 'buyerCancel' })],
	[
		'confirmReceipt',
		'/alibaba/order/receivegoods',
		() => {
			const order = takeOrder('waitbuyerreceive');
			return { operation: 'confirmReceipt', orderId: order.id, orderEntryIds: order.orderEntryIds.join(',') };
		},
	],
];

const faults: Array<[string, Omit<FaultSpec, 'path'>]> = [
	['HTTP 503', { type: '5xx', status: 503, times: -1 }],
	['a dropped connection after the server acted', { type: 'drop', process: true, times: -1 }],
];

describe.each(faults)('1688 order writes under %s', (_name, fault) => {
	it.each(writes)('%s is sent exactly once and says it was not retried', async (_operation, path, parameters) => {
		const ordersBefore = ctx.sandbox.sandbox.store.alibabaOrders.length;
		ctx.sandbox.addFault({ ...fault, path });
		const { error, items } = await ctx.run({ resource: 'alibabaOrder', ...parameters() });
		expect(items).toEqual([]);
		expect(error?.description).toContain('was not retried automatically');
		const attempts = ctx.requestsTo(path);
		expect(attempts).toHaveLength(1);
		expect(attempts[0].fault).toBe(fault.type);
		// A processed-then-dropped create made one order, never two.
		expect(ctx.sandbox.sandbox.store.alibabaOrders.length - ordersBefore).toBeLessThanOrEqual(1);
	});
});

describe('1688 order reads under faults', () => {
	it('get many survives a 429 with Retry-After and a 5xx burst and returns every order', async () => {
		const expected = ctx.sandbox.findOrders('1688', { limit: 10_000 }).map((entry) => entry.id);
		ctx.sandbox.addFault({ type: '429', path: '/v2/alibaba/order/page', retryAfter: 1 });
		ctx.sandbox.addFault({ type: '5xx', path: '/v2/alibaba/order/page', status: 502 });
		ctx.sandbox.addFault({ type: '5xx', path: '/v2/alibaba/order/page', status: 503 });
		const { items, error } = await ctx.run({ resource: 'alibabaOrder', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.orderId)).toEqual(expected);
		const log = ctx.requestsTo('/v2/alibaba/order/page');
		expect(log.slice(0, 4).map((entry) => [entry.fault, entry.httpStatus])).toEqual([
			['429', 429],
			['5xx', 502],
			['5xx', 503],
			[null, 200],
		]);
		// Every attempt asked for the same first page; the remaining pages came once each.
		expect(log.slice(0, 4).map((entry) => (entry.body as { pageNo: number }).pageNo)).toEqual([1, 1, 1, 1]);
		expect(log.length - 3).toBe(Math.ceil(expected.length / pagingOf('alibabaOrder.getAll').maxPageSize));
	});

	it('get survives a 5xx burst and a 429 with Retry-After and returns the complete order', async () => {
		const { id } = takeOrder('waitsellersend');
		const stored = ctx.sandbox.sandbox.store.alibabaOrderById.get(id)!;
		ctx.sandbox.addFault({ type: '5xx', path: '/alibaba/order/detail', status: 500 });
		ctx.sandbox.addFault({ type: '5xx', path: '/alibaba/order/detail', status: 504 });
		ctx.sandbox.addFault({ type: '429', path: '/alibaba/order/detail', retryAfter: 1 });
		const { items, error } = await ctx.run({ resource: 'alibabaOrder', operation: 'get', orderId: id, simplify: false });
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/alibaba/order/detail').map((entry) => entry.httpStatus)).toEqual([500, 504, 429, 200]);
		expect(items).toHaveLength(1);
		const order = items[0].json as { baseInfo: { idOfStr: string; id: string }; productItems: Array<{ subItemID: string }> };
		expect([order.baseInfo.idOfStr, order.baseInfo.id]).toEqual([id, id]);
		expect(order.productItems.map((item) => item.subItemID)).toEqual(stored.items.map((item) => item.subItemId));
	});
});
