/** Cart → Create Order, both platforms, including failures at the API (never retried). */
import { ALIBABA_ADDRESS, ORDER_ID, TAOBAO_ADDRESS } from '../../../../helpers/examples';
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

const taobaoCreate = { resource: 'cart', operation: 'createOrder', platform: 'taobao', cartIds: '75, 76', orderAddress: TAOBAO_ADDRESS };
const CREATE_PATH = '/open/cart/create/order';

describe('Taobao', () => {
	it('posts {ids, orderAddress} (seed 000) and outputs the new order with its 19-digit id as text', async () => {
		const result = await ctx.run(taobaoCreate);

		const [request] = ctx.requestsTo(CREATE_PATH);
		expect(request).toMatchObject({ method: 'POST', code: 200 });
		expect(request.body).toEqual({ ids: [75, 76], orderAddress: TAOBAO_ADDRESS });
		expect(result.items).toHaveLength(1);
		const { json, pairedItem } = result.items[0];
		expect(pairedItem).toEqual({ item: 0 });
		expect(json.id).toMatch(ORDER_ID);
		expect(json).toMatchObject({ orderNo: expect.stringMatching(/^\d+$/), createTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
		expect(json.subOrderVOS).toHaveLength(2);
		expect(ctx.sandbox.sandbox.store.taobaoOrderById.has(json.id as string)).toBe(true);
	});

	it('refuses a missing address before sending anything', async () => {
		const result = await ctx.run({ ...taobaoCreate, orderAddress: {} });

		expect(errorText(result)).toMatch(/Invalid input in item 0: orderAddress: is required \(an address with at least one field/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});

	it('turns an envelope error into a NodeApiError with code, msg and requestId, sent exactly once', async () => {
		ctx.sandbox.addFault({ type: 'errorCode', path: CREATE_PATH, code: 50013, msg: 'cart items changed' });
		const result = await ctx.run(taobaoCreate);

		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('PandaPon error 50013: cart items changed');
		expect(result.error?.description).toMatch(/requestId: [0-9a-f]{32}/);
		expect(ctx.requestsTo(CREATE_PATH)).toHaveLength(1);
	});

	it('does not retry a 5xx answer and says so', async () => {
		ctx.sandbox.addFault({ type: '5xx', path: CREATE_PATH, status: 503, times: 3 });
		const result = await ctx.run(taobaoCreate);

		expect(result.error?.message).toBe('PandaPon answered HTTP 503 (POST /open/cart/create/order). The request may or may not have been processed.');
		expect(result.error?.description).toMatch(/not retried automatically/);
		expect(ctx.requestsTo(CREATE_PATH)).toHaveLength(1);
	});
});

describe('1688', () => {
	it('posts {cartIds, addressParam, flow, message, tradeType} and outputs the created orders', async () => {
		const result = await ctx.run({
			resource: 'cart',
			operation: 'createOrder',
			platform: 'alibaba',
			cartIds: '501',
			addressParam: ALIBABA_ADDRESS,
			additionalFields: { message: 'please pack well', tradeType: 'fxassure' },
		});

		const [request] = ctx.requestsTo('/alibaba/cart/create/order');
		expect(request).toMatchObject({ method: 'POST', code: 200 });
		expect(request.body).toEqual({
			cartIds: [501],
			addressParam: ALIBABA_ADDRESS,
			flow: 'general',
			message: 'please pack well',
			tradeType: 'fxassure',
		});
		expect(result.items).toHaveLength(1);
		// 1688 order ids exceed 2^53: the lossless parser keeps them as text.
		const baseInfo = result.items[0].json.baseInfo as { id: string; buyerMemo: string };
		expect(baseInfo).toMatchObject({ id: expect.stringMatching(ORDER_ID), buyerMemo: 'please pack well' });
		expect(ctx.sandbox.sandbox.store.alibabaCart.has(501)).toBe(false);
	});
});
