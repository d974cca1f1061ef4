/** After-Sales → Update (Taobao reverse order, inferred POST /open/order/refund/modify). */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const PATH = '/open/order/refund/modify';
const update = { resource: 'afterSales', platform: 'taobao', operation: 'update' };

const ctx = useSandbox();

it('sends only the fields to change and reports success', async () => {
	const refund = ctx.sandbox.sandbox.store.taobaoRefunds.find((r) => r.status === 10)!;
	const result = await ctx.run({
		...update,
		refundId: refund.refundId,
		updateFields: { reasonId: 3, refundFee: 1, refundDesc: '尺码不对' },
	});

	expect(ctx.requestsTo(PATH).map((request) => request.body)).toEqual([
		{ refundId: refund.refundId, reasonId: 3, refundFee: 1, refundDesc: '尺码不对' },
	]);
	expect(result.items[0].json).toEqual({
		refundId: refund.refundId,
		reasonId: 3,
		refundFee: 1,
		refundDesc: '尺码不对',
		success: true,
	});
	expect(refund).toMatchObject({ reasonId: 3, refundFee: 1, refundDesc: '尺码不对' });
});

it('refuses an update with nothing to change', async () => {
	const result = await ctx.run({ ...update, refundId: '110000235001', updateFields: {} });

	expect(errorText(result)).toMatch(/Invalid input in item 0: updateFields: add at least one field to change/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});

it('refuses a refund ID that is not a number', async () => {
	const result = await ctx.run({ ...update, refundId: 'TQ123', updateFields: { reasonId: 1 } });

	expect(errorText(result)).toMatch(
		/Invalid input in item 0: refundId: expected a Taobao refund ID \(digits only\)/,
	);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
