/** Fault injection: each type answers as configured, for `times` requests, on the matching path only. */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call } from './client';
import { SEED_002_BODY } from './fixtures';

const PRODUCT = '/open/product/get';
const query = { itemId: '672991141190' };

describe('sandbox fault injection', () => {
	let sandbox: SandboxHandle;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());
	afterEach(() => sandbox.clearFaults());

	it('answers 429 with Retry-After, then recovers', async () => {
		sandbox.addFault({ type: '429', path: PRODUCT, retryAfter: 7 });
		const limited = await call(sandbox, 'GET', PRODUCT, { query });
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('7');
		expect(limited.json).toMatchObject({ code: 429 });
		expect((await call(sandbox, 'GET', PRODUCT, { query })).json.code).toBe(200);
	});

	it('answers a configurable 5xx `times` times on the matching path only', async () => {
		sandbox.addFault({ type: '5xx', path: PRODUCT, status: 502, times: 2 });
		expect((await call(sandbox, 'POST', '/open/address/list', { body: {} })).status).toBe(200);
		const statuses = [];
		for (let i = 0; i < 3; i++) statuses.push((await call(sandbox, 'GET', PRODUCT, { query })).status);
		expect(statuses).toEqual([502, 502, 200]);
		expect(sandbox.requests().filter((r) => r.path === PRODUCT).slice(-3).map((r) => r.fault)).toEqual(['5xx', '5xx', null]);
	});

	it('delays an answer without changing it', async () => {
		sandbox.addFault({ type: 'delay', path: PRODUCT, delayMs: 50 });
		const response = await call(sandbox, 'GET', PRODUCT, { query });
		expect(response.json).toMatchObject({ code: 200, data: { itemId: 672991141190 } });
		expect(sandbox.requests().slice(-1)[0]).toMatchObject({ fault: 'delay', code: 200 });
	});

	it('drops the connection without an answer', async () => {
		sandbox.addFault({ type: 'drop', path: '*' });
		await expect(call(sandbox, 'GET', PRODUCT, { query })).rejects.toThrow(/socket hang up|ECONNRESET/);
		expect((await call(sandbox, 'GET', PRODUCT, { query })).json.code).toBe(200);
	});

	it('answers HTTP 200 with truncated JSON', async () => {
		sandbox.addFault({ type: 'malformed', path: PRODUCT });
		const response = await call(sandbox, 'GET', PRODUCT, { query });
		expect(response.status).toBe(200);
		expect(response.json).toBeUndefined();
		expect(response.text.startsWith('{"requestId":"')).toBe(true);
	});

	it('answers HTTP 200 with a non-200 envelope code', async () => {
		sandbox.addFault({ type: 'errorCode', path: PRODUCT, code: 5001, msg: 'system busy' });
		const response = await call(sandbox, 'GET', PRODUCT, { query });
		expect(response.status).toBe(200);
		expect(response.json).toMatchObject({ code: 5001, msg: 'system busy', data: null });
	});

	it('does not process a faulted request, unless `process: true` (done, but the answer is lost)', async () => {
		const before = sandbox.state().taobao.orders;
		sandbox.addFault({ type: '5xx', path: '/open/order' });
		await call(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		expect(sandbox.state().taobao.orders).toBe(before);
		sandbox.addFault({ type: 'malformed', path: '/open/order', process: true });
		const lost = await call(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		expect(lost.json).toBeUndefined();
		expect(sandbox.state().taobao.orders).toBe(before + 1);
	});

	it('keeps a `times: -1` fault until cleared, and is configurable over HTTP', async () => {
		const added = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ type: 'errorCode', path: '*', times: -1 }) });
		expect(added.status).toBe(200);
		for (let i = 0; i < 3; i++) expect((await call(sandbox, 'GET', PRODUCT, { query })).json.code).toBe(500);
		await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
		expect((await call(sandbox, 'GET', PRODUCT, { query })).json.code).toBe(200);
		const invalid = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ type: 'explode', path: 'x' }) });
		expect(invalid.status).toBe(400);
		expect((await invalid.json()).error).toMatch(/^type: expected one of 429, 5xx, delay, drop, malformed, errorCode; path: /);
	});
});
