/** Taobao Order → Create (seed 002): wire format, validation, and failures that are never retried. */
import { ORDER_ID, TAOBAO_ADDRESS } from '../../../../helpers/examples';
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

const PATH = '/open/order';
// seed 002's two lines (prices in fen).
const LINES = [
	{ itemId: '600126245031041190', skuId: '5016042822039', quantity: 200, price: 1, currency: 'CNY' },
	{ itemId: '600129202197070073', skuId: '4860968496626', quantity: 200, price: 1, currency: 'CNY' },
];
const create = {
	resource: 'taobaoOrder',
	operation: 'create',
	receiver: TAOBAO_ADDRESS,
	orderLines: { line: LINES },
	purchaseAmount: 400,
	additionalFields: { orderSource: 'lazada', sellerOrderNumber: '1' },
};

type Body = { receiver: string; orderLineList: string; purchaseAmount: number };

describe('request and output', () => {
	it('sends receiver and orderLineList as JSON strings, lines as strings numbered 1, 2, and outputs the order', async () => {
		const result = await ctx.run({
			...create,
			orderLines: { line: [{ ...LINES[0], itemId: 'https://item.taobao.com/item.htm?id=600126245031041190' }, LINES[1]] },
		});

		const [request] = ctx.requestsTo(PATH);
		expect(request).toMatchObject({ method: 'POST', code: 200 });
		const body = request.body as Body;
		expect(Object.keys(body).sort()).toEqual(['orderLineList', 'orderSource', 'purchaseAmount', 'receiver', 'sellerOrderNumber']);
		expect(body).toMatchObject({ purchaseAmount: 400, orderSource: 'lazada', sellerOrderNumber: '1' });
		expect(typeof body.receiver).toBe('string');
		expect(JSON.parse(body.receiver)).toEqual(TAOBAO_ADDRESS);
		expect(typeof body.orderLineList).toBe('string');
		expect(JSON.parse(body.orderLineList)).toEqual([
			{ itemId: '600126245031041190', orderLineNo: '1', quantity: '200', price: '1', currency: 'CNY', skuId: '5016042822039' },
			{ itemId: '600129202197070073', orderLineNo: '2', quantity: '200', price: '1', currency: 'CNY', skuId: '4860968496626' },
		]);

		expect(result.items).toHaveLength(1);
		const { json, pairedItem } = result.items[0];
		expect(pairedItem).toEqual({ item: 0 });
		expect(json.id).toMatch(ORDER_ID);
		expect(json.orderNo).toMatch(/^\d+$/);
		expect((json.subOrderVOS as Array<{ skuId: string }>).map((sub) => sub.skuId)).toEqual(['5016042822039', '4860968496626']);
		expect(ctx.sandbox.sandbox.store.taobaoOrderById.get(json.id as string)).toMatchObject({ purchaseAmount: 400, status: 0 });
	});

	it('takes the order lines and the receiver as JSON from a previous node', async () => {
		const items = [{ json: { lines: LINES.map((line) => ({ ...line, quantity: String(line.quantity), orderLineNo: 'A' })), to: TAOBAO_ADDRESS } }];
		await ctx.run(
			{
				...create,
				receiverMode: 'json',
				receiverJson: '={{ $json.to }}',
				orderLinesMode: 'json',
				orderLinesJson: '={{ $json.lines }}',
				additionalFields: {},
			},
			items,
		);

		const body = ctx.requestsTo(PATH)[0].body as Body;
		expect(JSON.parse(body.receiver)).toEqual(TAOBAO_ADDRESS);
		expect(JSON.parse(body.orderLineList).map((line: { orderLineNo: string; quantity: string }) => [line.orderLineNo, line.quantity])).toEqual([
			['A', '200'],
			['A', '200'],
		]);
		expect(body).not.toHaveProperty('orderSource');
	});
});

describe('bad input: nothing is sent', () => {
	it.each([
		['no order lines', { orderLines: {} }, /orderLines: expected at least one order line/],
		['order lines JSON that does not parse', { orderLinesMode: 'json', orderLinesJson: '[{"itemId": ' }, /orderLines: expected valid JSON/],
		['a line with a word for its quantity', { orderLines: { line: [{ ...LINES[0], quantity: '={{ "many" }}' }] } }, /orderLines\[0\]\.quantity: expected a positive whole number of pieces/],
		['a line left at the default price of 0 fen', { orderLines: { line: [{ ...LINES[0], price: 0 }] } }, /orderLines\[0\]\.price: expected the unit price in fen as a positive whole number/],
		['a line whose item link cannot be read', { orderLines: { line: [LINES[0], { ...LINES[1], itemId: 'https://m.tb.cn/h.x' }] } }, /orderLines\[1\]\.itemId: expected a Taobao item ID or item link/],
		['a line without SKU', { orderLinesMode: 'json', orderLinesJson: JSON.stringify([{ itemId: '600126245031041190', quantity: 1, price: 1 }]) }, /orderLines\[0\]\.skuId: is required/],
		['no receiver at all', { receiver: {} }, /receiver: is required \(an address with at least one field/],
		['a receiver that is not an object', { receiverMode: 'json', receiverJson: '["a测试aa"]' }, /receiver: expected an address object/],
		['a budget of zero', { purchaseAmount: 0 }, /purchaseAmount: expected the budget in fen as a positive whole number/],
	])('refuses %s', async (_label, change, message) => {
		const result = await ctx.run({ ...create, ...change });

		expect(errorText(result)).toMatch(/^Invalid input in item 0: /);
		expect(errorText(result)).toMatch(message);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});

describe('failures at the API', () => {
	it("passes PandaPon's own refusal through (budget below the lines' total)", async () => {
		const result = await ctx.run({ ...create, purchaseAmount: 399 });

		expect(result.error?.message).toMatch(/^PandaPon error 400: purchaseAmount: budget 399 fen is below/);
		expect(ctx.requestsTo(PATH)).toHaveLength(1);
	});

	it('makes an injected errorCode a NodeApiError with code, msg and requestId, sent exactly once', async () => {
		ctx.sandbox.addFault({ type: 'errorCode', path: PATH, code: 50001, msg: 'inventory changed', times: 5 });
		const result = await ctx.run(create);

		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('PandaPon error 50001: inventory changed');
		expect(result.error?.description).toMatch(/^requestId: [0-9a-f]{32} \(POST \/open\/order\)/);
		expect(ctx.requestsTo(PATH)).toHaveLength(1);
	});

	it('puts code and requestId in the error item with continueOnFail', async () => {
		ctx.sandbox.addFault({ type: 'errorCode', path: PATH, code: 50001, msg: 'inventory changed' });
		const result = await ctx.run(create, undefined, true);

		expect(result.items).toHaveLength(1);
		expect(result.items[0]).toMatchObject({
			json: { error: 'PandaPon error 50001: inventory changed', code: '50001', requestId: expect.stringMatching(/^[0-9a-f]{32}$/) },
			pairedItem: { item: 0 },
		});
	});

	it('does not retry an HTTP 5xx and says so', async () => {
		ctx.sandbox.addFault({ type: '5xx', path: PATH, status: 502, times: 5 });
		const result = await ctx.run(create);

		expect(result.error?.message).toBe('PandaPon answered HTTP 502 (POST /open/order). The request may or may not have been processed.');
		expect(result.error?.description).toMatch(/can create, pay, cancel or submit, so it was not retried automatically/);
		expect(ctx.requestsTo(PATH)).toHaveLength(1);
		expect(ctx.sandbox.sandbox.store.taobaoOrders.filter((order) => order.createdAt > Date.UTC(2025, 5, 1))).toHaveLength(0);
	});

	it('with continueOnFail, a bad middle item gets an error and the others their orders, each paired to its input', async () => {
		const items = [{ json: { sku: '5016042822039' } }, { json: { sku: 'none' } }, { json: { sku: '5016042822039' } }];
		const result = await ctx.run(
			{ ...create, orderLines: { line: [{ ...LINES[0], skuId: '={{ $json.sku }}' }] }, purchaseAmount: 200 },
			items,
			true,
		);

		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json.id).toMatch(ORDER_ID);
		expect(result.items[1].json.error).toMatch(/^Invalid input in item 1: orderLines\[0\]\.skuId/);
		expect(result.items[2].json.id).toMatch(ORDER_ID);
		expect(result.items[2].json.id).not.toBe(result.items[0].json.id);
		expect(ctx.requestsTo(PATH)).toHaveLength(2);
	});
});
