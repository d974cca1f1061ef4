/**
 * The 1688 flow end to end through the engine, each step fed the previous step's output as n8n would:
 * preview → batch create → payment URL → get → cancel, then a second cancel that PandaPon refuses.
 * The 19-digit order ids must survive digit for digit from the sandbox to every output and request.
 */
import { ALIBABA_ADDRESS, offer2, OFFER_1, ORDER_ID } from '../../../../helpers/examples';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const byId = '={{ $json.orderId }}';

it('previews, creates across sellers, gets the payment link, reads and cancels the orders', async () => {
	const second = offer2(ctx.sandbox);
	const cargo = {
		line: [
			{ offer: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 2, sellerOpenId: OFFER_1.sellerOpenId },
			{ offer: second.offerMapId, specId: second.specId, quantity: 2, sellerOpenId: second.sellerOpenId },
		],
	};
	const orderBody = { addressParamMode: 'fields', addressParam: ALIBABA_ADDRESS, cargoParamList: cargo };

	const preview = await ctx.run({ resource: 'alibabaOrder', operation: 'batchPreview', ...orderBody });
	expect(preview.error).toBeUndefined();
	expect(preview.items).toHaveLength(2);

	const before = ctx.sandbox.sandbox.store.alibabaOrders.length;
	const created = await ctx.run({ resource: 'alibabaOrder', operation: 'batchCreate', ...orderBody }, [preview.items[0]]);
	expect(created.error).toBeUndefined();
	const stored = ctx.sandbox.sandbox.store.alibabaOrders.slice(before).map((order) => order.id);
	expect(stored).toHaveLength(2);
	const ids = created.items.map((item) => item.json.orderId);
	expect(ids).toEqual(stored);
	expect(ids.every((id) => typeof id === 'string' && ORDER_ID.test(id))).toBe(true);
	// Each order's total is what the preview announced for its seller (preview in fen, order in yuan).
	expect(created.items.map((item) => Math.round((item.json.totalAmount as number) * 100))).toEqual(
		preview.items.map((item) => item.json.sumPayment),
	);

	const payment = await ctx.run({ resource: 'alibabaOrder', operation: 'getPaymentUrl', orderId: byId }, created.items);
	expect(payment.error).toBeUndefined();
	expect(ctx.requestsTo('/v2/alibaba/order/pay/url').map((request) => request.query.orderId)).toEqual(stored);
	expect(payment.items.map((item) => item.json.orderId)).toEqual(stored);
	expect(payment.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);

	const fetched = await ctx.run({ resource: 'alibabaOrder', operation: 'get', orderId: byId }, payment.items);
	expect(fetched.error).toBeUndefined();
	expect(ctx.requestsTo('/alibaba/order/detail').map((request) => request.body)).toEqual(stored.map((orderId) => ({ webSite: '1688', orderId })));
	expect(fetched.items.map((item) => [item.json.orderId, item.json.status])).toEqual(stored.map((id) => [id, 'waitbuyerpay']));

	const cancelled = await ctx.run(
		{ resource: 'alibabaOrder', operation: 'cancel', orderId: byId, cancelReason: 'buyerCancel' },
		fetched.items,
	);
	expect(cancelled.error).toBeUndefined();
	expect(ctx.requestsTo('/v2/alibaba/order/cancel').map((request) => request.body)).toEqual(
		stored.map((orderId) => ({ webSite: '1688', orderId, cancelReason: 'buyerCancel' })),
	);
	expect(cancelled.items.map((item) => item.json)).toEqual(stored.map((orderId) => ({ orderId, cancelled: true })));
	expect(stored.map((id) => ctx.sandbox.sandbox.store.alibabaOrderById.get(id)!.status)).toEqual(['cancel', 'cancel']);

	// Cancelling again: PandaPon's error (code, msg, requestId) reaches the user, and nothing is retried.
	const before2 = ctx.requestsTo('/v2/alibaba/order/cancel').length;
	const again = await ctx.run({ resource: 'alibabaOrder', operation: 'cancel', orderId: stored[0], cancelReason: 'buyerCancel' });
	expect(again.items).toEqual([]);
	const attempts = ctx.requestsTo('/v2/alibaba/order/cancel').slice(before2);
	expect(attempts).toHaveLength(1);
	expect(attempts[0].code).toBe(409);
	expect(again.error?.message).toMatch(/^PandaPon error 409: .*cancel/);
	expect(again.error?.description).toMatch(/requestId: [0-9a-f]{32}/);
});

it('puts code, msg and requestId in the output item when Continue On Fail is on', async () => {
	const [cancelledOrder] = ctx.sandbox.findOrders('1688', { status: 'cancel', limit: 1 });
	const { items, error } = await ctx.run(
		{ resource: 'alibabaOrder', operation: 'cancel', orderId: String(cancelledOrder.id), cancelReason: 'buyerCancel' },
		undefined,
		true,
	);
	expect(error).toBeUndefined();
	expect(items).toHaveLength(1);
	expect(items[0].json).toMatchObject({ code: '409', requestId: expect.stringMatching(/^[0-9a-f]{32}$/) });
	expect(items[0].json.error).toMatch(/^PandaPon error 409: /);
	expect(items[0].pairedItem).toEqual({ item: 0 });
});
