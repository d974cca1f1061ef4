/** The admin API under /__sandbox/: request log, reset, reseed, state summary, order lookups, uploads. */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call, ok } from './client';
import { SEED_002_BODY } from './fixtures';

describe('sandbox admin API', () => {
	let sandbox: SandboxHandle;
	const admin = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${sandbox.url}/__sandbox/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
		return { status: response.status, json: await response.json() };
	};

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());

	it('logs PandaPon requests (not admin calls) with what was checked and answered, and clears the log', async () => {
		await admin('DELETE', 'requests');
		await call(sandbox, 'GET', '/open/product/get', { query: { itemId: '672991141190' } });
		await call(sandbox, 'POST', '/open/order/cancel', { body: { orderId: '1' }, secret: 'wrong' });
		const { json } = await admin('GET', 'requests');
		expect(json).toHaveLength(2);
		expect(json[0]).toMatchObject({ method: 'GET', path: '/open/product/get', query: { itemId: '672991141190' }, auth: { ok: true, reason: 'ok' }, code: 200, httpStatus: 200, body: null });
		expect(json[1]).toMatchObject({ method: 'POST', body: { orderId: '1' }, auth: { ok: false, code: 401, reason: 'signature mismatch' }, code: 401 });
		expect((await admin('GET', 'requests?path=/open/order/cancel')).json).toHaveLength(1);
		await admin('DELETE', 'requests');
		expect((await admin('GET', 'requests')).json).toEqual([]);
	});

	it('summarises state, finds orders by status, and resets to the seed', async () => {
		const before = (await admin('GET', 'state')).json;
		expect(before.taobao.orders).toBe(120);
		expect(before.alibaba.orders).toBe(120);
		expect(before.taobao.items).toBeGreaterThanOrEqual(30);
		expect(before.alibaba.offers).toBeGreaterThanOrEqual(30);
		expect(before.carts['2100007340000']).toEqual({ taobao: 3, alibaba: 3 });
		await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		expect((await admin('GET', 'state')).json.taobao.orders).toBe(121);
		const waiting = (await admin('GET', 'orders/taobao?status=0&limit=3')).json;
		expect(waiting).toHaveLength(3);
		expect(waiting.every((o: { status: number }) => o.status === 0)).toBe(true);
		expect((await admin('POST', 'reset')).status).toBe(200);
		expect((await admin('GET', 'state')).json).toEqual(before);
	});

	it('reseeds with other counts', async () => {
		const { json } = await admin('POST', 'seed', { taobao: 300, alibaba: 5 });
		expect(json.taobao.orders).toBe(300);
		expect(json.alibaba.orders).toBe(5);
		expect((await admin('POST', 'seed', { taobao: -1 })).status).toBe(400);
		sandbox.seed({ taobao: 120, alibaba: 120 });
	});

	it('answers admin errors with HTTP statuses', async () => {
		expect((await admin('GET', 'nothing-here')).status).toBe(404);
		expect((await admin('GET', 'reset')).status).toBe(405);
		expect((await admin('POST', 'orders/1688/1/advance', {})).status).toBe(404);
		const done = sandbox.findOrders('1688', { status: 'success' })[0].id;
		expect(await admin('POST', `orders/1688/${done}/advance`, {})).toMatchObject({ status: 409, json: { error: expect.stringContaining('cannot move from success') } });
		expect((await admin('POST', 'callback-url', { url: 'ftp://example.com' })).status).toBe(400);
	});

	it('serves uploaded vouchers and 404s unknown files', async () => {
		expect((await fetch(`${sandbox.url}/__sandbox/files/voucher-999.png`)).status).toBe(404);
	});
});
