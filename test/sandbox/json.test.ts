/** 19-digit ids: exact in the raw response text, and accepted in requests as strings or bare numbers. */
import { parseJson, stringifyJson } from '../../sandbox/json';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call, ok } from './client';
import { SEED_003_BODY } from './fixtures';

describe('sandbox lossless JSON', () => {
	it('round-trips integers beyond 2^53 digit for digit', () => {
		const text = '{"id":2540608320348880794,"list":[9007199254740993,-9223372036854775808],"small":42,"text":"2540608320348880794","f":1.5,"g":-0.25}';
		const parsed = parseJson(text) as Record<string, unknown>;
		expect(parsed.id).toBe(BigInt('2540608320348880794'));
		expect(parsed.small).toBe(42);
		expect(parsed.text).toBe('2540608320348880794');
		expect(stringifyJson(parsed)).toBe(text);
	});

	it('leaves strings that merely look like numbers, escapes and nesting alone', () => {
		const text = '{"a":"say \\"2540608320348880794\\"","b":[{"c":12345678901234567890}]}';
		expect(stringifyJson(parseJson(text))).toBe(text);
		expect(() => parseJson('{"id":00000000000000000001}')).toThrow(SyntaxError);
	});

	describe('over HTTP', () => {
		let sandbox: SandboxHandle;

		beforeAll(async () => {
			sandbox = await startSandbox();
		});
		afterAll(() => sandbox.close());

		it('writes 1688 baseInfo.id, subItemID and list orderId as exact JSON numbers next to their string twins', async () => {
			const created = await call(sandbox, 'POST', '/v2/alibaba/order/batch/create', { body: SEED_003_BODY });
			const [order] = created.json.data;
			const id: string = order.baseInfo.idOfStr;
			expect(Number.isSafeInteger(Number(id))).toBe(false);
			expect(created.text).toContain(`"id":${id},`);
			expect(created.text).toContain(`"subItemID":${order.productItems[0].subItemIDString},`);
			const page = await call(sandbox, 'POST', '/v2/alibaba/order/page', { body: { pageNo: 1, pageSize: 1 } });
			expect(page.text).toContain(`"orderId":${id},"idOfStr":"${id}"`);
		});

		it('writes Taobao order ids as 19-digit strings (seed 004)', async () => {
			const page = await call(sandbox, 'GET', '/open/order/page', { query: { pageNum: 1, pageSize: 1, id: '1022505290408395575' } });
			expect(page.text).toContain('"id":"1022505290408395575"');
		});

		it('accepts a 19-digit order id as a bare JSON number without rounding it', async () => {
			const [order] = sandbox.findOrders('1688', { status: 'waitbuyerpay' });
			const id = String(order.id);
			const detail = await ok(sandbox, 'POST', '/alibaba/order/detail', { rawBody: `{"webSite":"1688","orderId":${id}}` });
			expect(detail.baseInfo.idOfStr).toBe(id);
			const rounded = String(Number(id));
			expect(rounded).not.toBe(id);
			const wrong = await call(sandbox, 'POST', '/alibaba/order/detail', { rawBody: `{"webSite":"1688","orderId":"${rounded}"}` });
			expect(wrong.json.code).toBe(404);
			const logged = sandbox.requests().find((r) => r.path === '/alibaba/order/detail');
			expect(stringifyJson(logged?.body)).toBe(`{"webSite":"1688","orderId":${id}}`);
		});
	});
});
