/** Taobao Order → Cancel and → Pay: bodies, state changes, and no retry. */
import { byId, errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

const orderIn = (status: number) => ctx.sandbox.findOrders('taobao', { status, limit: 1 })[0].id as string;

describe('Cancel', () => {
	const cancel = { resource: 'taobaoOrder', operation: 'cancel' };

	it('posts {orderId, cancelReason} and the order is cancelled', async () => {
		const orderId = orderIn(0);
		const result = await ctx.run({ ...cancel, orderId: byId(orderId), cancelReason: 'customer changed mind' });

		expect(ctx.requestsTo('/open/order/cancel')[0]).toMatchObject({
			method: 'POST',
			body: { orderId, cancelReason: 'customer changed mind' },
			code: 200,
		});
		expect(result.items[0]).toEqual({ json: { success: true, orderId }, pairedItem: { item: 0 } });
		expect(ctx.sandbox.sandbox.store.taobaoOrderById.get(orderId)).toMatchObject({ status: 4, closeReason: 'customer changed mind' });
	});

	it('leaves out an empty reason', async () => {
		const orderId = orderIn(0);
		await ctx.run({ ...cancel, orderId: byId(orderId) });

		expect(ctx.requestsTo('/open/order/cancel')[0].body).toEqual({ orderId });
	});

	it('reports a shipped order that cannot be cancelled, sent once', async () => {
		const result = await ctx.run({ ...cancel, orderId: byId(orderIn(11)) });

		expect(result.error?.message).toMatch(/^PandaPon error 409: order \d{19} cannot be cancelled/);
		expect(result.error?.description).toMatch(/requestId: [0-9a-f]{32}/);
		expect(ctx.requestsTo('/open/order/cancel')).toHaveLength(1);
	});
});

describe('Pay', () => {
	const pay = { resource: 'taobaoOrder', operation: 'pay' };

	it('posts {orderId} and outputs the new status', async () => {
		const orderId = orderIn(0);
		const result = await ctx.run({ ...pay, orderId: byId(orderId) });

		expect(ctx.requestsTo('/open/order/pay')[0]).toMatchObject({ method: 'POST', body: { orderId }, code: 200 });
		expect(result.items[0].json).toEqual({ orderId, status: 1 });
		expect(ctx.sandbox.sandbox.store.taobaoOrderById.get(orderId)!.status).toBe(1);
	});

	it('does not retry a dropped connection and says so', async () => {
		ctx.sandbox.addFault({ type: 'drop', path: '/open/order/pay', times: 3 });
		const result = await ctx.run({ ...pay, orderId: byId(orderIn(0)) });

		expect(result.error?.message).toBe(
			'POST /open/order/pay was sent to PandaPon, but the connection was dropped before PandaPon answered. The request may or may not have been processed.',
		);
		expect(result.error?.description).toMatch(/not retried automatically/);
		expect(ctx.requestsTo('/open/order/pay')).toHaveLength(1);
	});

	it('refuses an empty order from an expression before sending anything', async () => {
		// n8n itself refuses an empty required field; an expression can still produce one.
		const result = await ctx.run({ ...pay, orderId: byId('={{ $json.missing ?? "" }}') });

		expect(errorText(result)).toMatch(/Invalid input in item 0: orderId: expected a numeric order ID/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
