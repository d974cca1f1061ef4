/** After-Sales → Cancel (Taobao, GET /open/order/refund/cancel/{refundId}): a GET that cancels, never retried. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const cancel = { resource: 'afterSales', platform: 'taobao', operation: 'cancel' };

const ctx = useSandbox();

const openRefunds = () => ctx.sandbox.sandbox.store.taobaoRefunds.filter((r) => r.status === 10 || r.status === 20);

it('cancels with the refund ID in the path and returns the answer', async () => {
	const refund = openRefunds()[0];
	const result = await ctx.run({ ...cancel, refundId: refund.refundId });

	const [request] = ctx.requestsTo(`/open/order/refund/cancel/${refund.refundId}`);
	expect(request).toMatchObject({ method: 'GET', query: {}, body: null, code: 200 });
	expect(result.items[0].json).toMatchObject({ cancelSuccess: true, currency: 'CNY' });
	expect(refund.status).toBe(-20);
});

it('sends the cancel exactly once when the server answers 503', async () => {
	const refund = openRefunds()[0];
	const path = `/open/order/refund/cancel/${refund.refundId}`;
	ctx.sandbox.addFault({ type: '5xx', path, status: 503, times: 3 });
	const result = await ctx.run({ ...cancel, refundId: refund.refundId });

	expect(ctx.requestsTo(path)).toHaveLength(1);
	expect(errorText(result)).toMatch(/not retried automatically/);
});

it("reports PandaPon's refusal for a refund that cannot be cancelled", async () => {
	const done = ctx.sandbox.sandbox.store.taobaoRefunds.find((r) => r.status === 100)!;
	const result = await ctx.run({ ...cancel, refundId: done.refundId });

	expect(errorText(result)).toMatch(/PandaPon error \d+: reverse order \d+ cannot be cancelled/);
	expect(errorText(result)).toMatch(/requestId: [0-9a-f]{32}/);
});

it('refuses a refund ID that is not a number (nothing sent)', async () => {
	const result = await ctx.run({ ...cancel, refundId: '../order/1' });

	expect(errorText(result)).toMatch(/Invalid input in item 0: refundId: expected a Taobao refund ID/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
