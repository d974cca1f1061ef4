/** After-Sales → Render (Taobao reverse-order template, POST /v2/taobao/order/refund/render). */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';
import { refundableTaobaoLine } from './fixtures';

const PATH = '/v2/taobao/order/refund/render';
const render = { resource: 'afterSales', platform: 'taobao', operation: 'render' };

const ctx = useSandbox();

it('sends {subOrderId, refundType, goodsStatus} and returns the template as one item', async () => {
	const { sub, maxFee } = refundableTaobaoLine(ctx.sandbox);
	const result = await ctx.run({ ...render, subOrderId: sub.subOrderId, refundType: 2, goodsStatus: 2 });

	expect(ctx.requestsTo(PATH)[0]).toMatchObject({
		method: 'POST',
		body: { subOrderId: sub.subOrderId, refundType: 2, goodsStatus: 2 },
	});
	expect(result.items).toHaveLength(1);
	expect(result.items[0].pairedItem).toEqual({ item: 0 });
	expect(result.items[0].json).toMatchObject({
		currency: 'CNY',
		refundOrderTemplate: { maxRefundFee: { refundFee: maxFee }, refundReasons: expect.any(Array) },
	});
});

it('accepts enum numbers typed as text in an expression', async () => {
	const { sub } = refundableTaobaoLine(ctx.sandbox);
	await ctx.run({ ...render, subOrderId: sub.subOrderId, refundType: '={{ "1" }}', goodsStatus: '={{ "2" }}' });

	expect(ctx.requestsTo(PATH)[0].body).toEqual({ subOrderId: sub.subOrderId, refundType: 1, goodsStatus: 2 });
});

it.each([
	[
		'a sub-order ID with letters',
		{ subOrderId: 'SUB-1', refundType: 1, goodsStatus: 1 },
		/subOrderId: expected a sub-order ID \(digits only\)/,
	],
	[
		'a refund type that is not whole',
		{ subOrderId: '200048859480', refundType: 1.5, goodsStatus: 1 },
		/refundType: expected Refund Type as a whole number/,
	],
	[
		'a goods status that is text',
		{ subOrderId: '200048859480', refundType: 1, goodsStatus: '={{ "received" }}' },
		/goodsStatus: expected Goods Status as a whole number/,
	],
])('refuses %s before sending anything', async (_label, parameters, message) => {
	const result = await ctx.run({ ...render, ...parameters });

	expect(errorText(result)).toMatch(/Invalid input in item 0/);
	expect(errorText(result)).toMatch(message);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
