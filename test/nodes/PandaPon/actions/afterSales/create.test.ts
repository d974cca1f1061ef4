/** After-Sales → Create: Taobao reverse order (inferred submit endpoint) and 1688 refund application (A-A4). */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';
import { refundableAlibabaOrder, refundableTaobaoLine, RETURN_REFUND } from './fixtures';

const TAOBAO_PATH = '/open/order/refund/submit';
const ALIBABA_PATH = '/v2/alibaba/refund/detail/create';
const taobaoCreate = { resource: 'afterSales', platform: 'taobao', operation: 'create' };
const alibabaCreate = { resource: 'afterSales', platform: 'alibaba', operation: 'create' };

const ctx = useSandbox();

describe('Taobao', () => {
	it('submits the reverse order once and returns its refundId', async () => {
		const { sub, maxFee } = refundableTaobaoLine(ctx.sandbox);
		const result = await ctx.run({
			...taobaoCreate,
			subOrderId: sub.subOrderId,
			refundType: 1,
			goodsStatus: 2,
			reasonId: 2,
			refundFee: maxFee,
			additionalFields: { refundDesc: '破损', images: 'https://img.example.com/a.jpg, https://img.example.com/b.jpg' },
		});

		expect(ctx.requestsTo(TAOBAO_PATH).map((request) => request.body)).toEqual([
			{
				subOrderId: sub.subOrderId,
				refundType: 1,
				goodsStatus: 2,
				reasonId: 2,
				refundFee: maxFee,
				refundDesc: '破损',
				images: ['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg'],
			},
		]);
		const refundId = result.items[0].json.refundId as string;
		expect(refundId).toMatch(/^\d+$/);
		expect(ctx.sandbox.sandbox.store.taobaoRefundById.get(refundId)).toMatchObject({
			subOrderId: sub.subOrderId,
			status: 10,
		});
	});

	it('does not retry when the answer is lost (HTTP 503), and says so', async () => {
		const { sub } = refundableTaobaoLine(ctx.sandbox, 1);
		ctx.sandbox.addFault({ type: '5xx', path: TAOBAO_PATH, status: 503, process: true });
		const result = await ctx.run({
			...taobaoCreate,
			subOrderId: sub.subOrderId,
			refundType: 1,
			goodsStatus: 1,
			reasonId: 1,
			refundFee: 1,
		});

		expect(ctx.requestsTo(TAOBAO_PATH)).toHaveLength(1);
		expect(errorText(result)).toMatch(/HTTP 503/);
		expect(errorText(result)).toMatch(/not retried automatically/);
	});

	it.each([
		[
			'a refund fee in yuan with decimals',
			{ refundFee: 12.5 },
			/refundFee: expected Refund Fee in fen as a whole number/,
		],
		['a negative refund fee', { refundFee: -1 }, /refundFee: expected Refund Fee of 0 or more/],
		[
			// Spaces separate list entries (the one list rule), so a broken JSON array is the malformed list here.
			'an image list that is a broken JSON array',
			{ additionalFields: { images: '["https://a.example/x.jpg"' } },
			/additionalFields\.images: expected a JSON array/,
		],
	])('refuses %s before sending anything', async (_label, overrides, message) => {
		const result = await ctx.run({
			...taobaoCreate,
			subOrderId: '200048859480',
			refundType: 1,
			goodsStatus: 1,
			reasonId: 1,
			refundFee: 100,
			...overrides,
		});

		expect(errorText(result)).toMatch(/Invalid input in item 0/);
		expect(errorText(result)).toMatch(message);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});

describe('1688', () => {
	it('sends ids as strings, amounts in fen, vouchers and quantities, and returns the TQ refundId', async () => {
		const order = refundableAlibabaOrder(ctx.sandbox);
		const entry = order.items[0].subItemId;
		const result = await ctx.run({
			...alibabaCreate,
			orderId: `https://trade.1688.com/order/new_step_order_detail.htm?orderId=${order.id}`,
			orderEntryIds: entry,
			...RETURN_REFUND,
			vouchers: 'https://cbu01.alicdn.com/img/ibank/v1.jpg',
			orderEntryCountList: { entries: [{ id: entry, count: 1 }] },
		});

		const [request] = ctx.requestsTo(ALIBABA_PATH);
		expect(request.body).toEqual({
			orderId: order.id,
			orderEntryIds: [entry],
			disputeRequest: 'returnRefund',
			goodsStatus: 'aftersaleBuyerReceived',
			applyReasonId: 20007,
			applyPayment: 100,
			applyCarriage: 0,
			description: '质量问题',
			vouchers: ['https://cbu01.alicdn.com/img/ibank/v1.jpg'],
			orderEntryCountList: [{ id: entry, count: 1 }],
		});
		expect(typeof (request.body as { orderId: unknown }).orderId).toBe('string');
		expect(result.items[0].json.refundId).toMatch(/^TQ\d+$/);
	});

	it('leaves out empty vouchers and quantities', async () => {
		const order = refundableAlibabaOrder(ctx.sandbox, 1);
		await ctx.run({
			...alibabaCreate,
			orderId: order.id,
			orderEntryIds: order.items.map((item) => item.subItemId).join(','),
			disputeRequest: 'refund',
			goodsStatus: 'aftersaleBuyerReceived',
			applyReasonId: 20006,
			applyPayment: 1,
			applyCarriage: 0,
			description: 'not needed',
		});

		const body = ctx.requestsTo(ALIBABA_PATH)[0].body as Record<string, unknown>;
		expect(body).not.toHaveProperty('vouchers');
		expect(body).not.toHaveProperty('orderEntryCountList');
		expect(body.orderEntryIds).toEqual(order.items.map((item) => item.subItemId));
	});

	it.each([
		['an order ID beyond the digits', { orderId: '2542285634920880794x' }, /orderId: expected a numeric order ID/],
		['no sub-order IDs', { orderEntryIds: '={{ " , " }}' }, /orderEntryIds: at least one sub-order ID is required/],
		['an amount in yuan', { applyPayment: 9.99 }, /applyPayment: expected Refund Amount in fen as a whole number/],
		['an unknown goods status', { goodsStatus: '={{ "lost" }}' }, /goodsStatus: expected one of refundWaitSellerSend/],
		[
			'a quantity row without a sub-order ID',
			{ orderEntryCountList: { entries: [{ id: '', count: 1 }] } },
			/orderEntryCountList\[0\]\.id: expected a sub-order ID/,
		],
	])('refuses %s before sending anything', async (_label, overrides, message) => {
		const result = await ctx.run({
			...alibabaCreate,
			orderId: '2542285634920880794',
			orderEntryIds: '2542285634921880794',
			disputeRequest: 'refund',
			goodsStatus: 'refundWaitSellerSend',
			applyReasonId: 20006,
			applyPayment: 100,
			applyCarriage: 0,
			description: 'x',
			...overrides,
		});

		expect(errorText(result)).toMatch(/Invalid input in item 0/);
		expect(errorText(result)).toMatch(message);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
