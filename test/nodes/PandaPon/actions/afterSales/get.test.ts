/** After-Sales → Get: Taobao reverse order (v2 GET query) and 1688 refund info (POST /alibaba/refund/info). */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

it('Taobao: GET /v2/taobao/order/refund/query?refundId=', async () => {
	const result = await ctx.run({
		resource: 'afterSales',
		platform: 'taobao',
		operation: 'get',
		refundId: '110000235001',
	});

	expect(ctx.requestsTo('/v2/taobao/order/refund/query')[0]).toMatchObject({
		method: 'GET',
		query: { refundId: '110000235001' },
	});
	expect(result.items).toEqual([
		{
			json: expect.objectContaining({ refundId: '110000235001', refundFee: expect.any(Number) }),
			pairedItem: { item: 0 },
		},
	]);
});

it('1688: POST {refundId} and returns the refund', async () => {
	const refund = ctx.sandbox.sandbox.store.alibabaRefunds[0];
	const result = await ctx.run({
		resource: 'afterSales',
		platform: 'alibaba',
		operation: 'get',
		refundId: refund.refundId,
	});

	expect(ctx.requestsTo('/alibaba/refund/info')[0].body).toEqual({ refundId: refund.refundId });
	expect(result.items[0].json).toMatchObject({
		refundId: refund.refundId,
		orderId: refund.orderId,
		applyPayment: refund.applyPayment,
	});
});

it('1688: refuses a refund ID that does not start with TQ (nothing sent)', async () => {
	const result = await ctx.run({
		resource: 'afterSales',
		platform: 'alibaba',
		operation: 'get',
		refundId: '110000235001',
	});

	expect(errorText(result)).toMatch(/Invalid input in item 0: refundId: expected a 1688 refund ID starting with TQ/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
