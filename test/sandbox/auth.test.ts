import { computeSignature } from '../../sandbox/auth';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call, md5Signature } from './client';

const PRODUCT = '/open/product/get';
const query = { itemId: '672991141190' };

describe('sandbox request authentication', () => {
	let sandbox: SandboxHandle;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());
	beforeEach(() => sandbox.clearRequests());

	it('matches the reference test vector, in the sandbox and in the test client', () => {
		const expected = '585E8F1801E93139AB978505335975FC';
		expect(computeSignature('test-access-key', '1715669977', 'abcdefghijklmnopqrstuvwxyz012345', 'test-secret')).toBe(expected);
		expect(md5Signature('test-access-key', '1715669977', 'abcdefghijklmnopqrstuvwxyz012345', 'test-secret')).toBe(expected);
	});

	it.each(['milliseconds', 'seconds'] as const)('accepts a correct signature with a timestamp in %s', async (timestampUnit) => {
		const response = await call(sandbox, 'GET', PRODUCT, { query, timestampUnit });
		expect(response.status).toBe(200);
		expect(response.json.code).toBe(200);
		expect(response.json.msg).toBe('成功');
		expect(sandbox.requests()[0].auth).toMatchObject({ ok: true, timestampUnit });
	});

	it('rejects a signature made with the wrong secret', async () => {
		const response = await call(sandbox, 'GET', PRODUCT, { query, secret: 'not-the-secret' });
		expect(response.status).toBe(200);
		expect(response.json).toMatchObject({ code: 401, msg: 'signature mismatch', data: null, developId: '1110890638347337996' });
		expect(response.json.requestId).toMatch(/^[0-9a-f]{32}$/);
	});

	it('rejects a lowercase signature (the rule says uppercase)', async () => {
		const timestamp = String(Date.now());
		const { accessKey, accessSecret } = sandbox.credentials;
		const signature = md5Signature(accessKey, timestamp, 'n'.repeat(32), accessSecret).toLowerCase();
		const response = await call(sandbox, 'GET', PRODUCT, { query, timestamp, nonce: 'n'.repeat(32), signature });
		expect(response.json.code).toBe(401);
	});

	it.each([
		['milliseconds', String(Date.now() - 601_000)],
		['seconds', String(Math.floor((Date.now() - 601_000) / 1000))],
		['milliseconds in the future', String(Date.now() + 700_000)],
	])('rejects a stale timestamp (%s)', async (_label, timestamp) => {
		const response = await call(sandbox, 'GET', PRODUCT, { query, timestamp });
		expect(response.json.code).toBe(40103);
		expect(response.json.msg).toMatch(/limit 600 s/);
	});

	it('rejects a timestamp that is neither seconds nor milliseconds', async () => {
		const response = await call(sandbox, 'GET', PRODUCT, { query, timestamp: '2024-05-14T06:59:37Z' });
		expect(response.json).toMatchObject({ code: 40103, data: null });
	});

	it.each(['access-key', 'timestamp', 'nonce-str', 'signature'])('rejects a request without the %s header', async (header) => {
		const response = await call(sandbox, 'GET', PRODUCT, { query, omitHeaders: [header] });
		expect(response.json).toMatchObject({ code: 40101, msg: `missing header: ${header}`, data: null });
	});

	it('accepts a request without user-id (optional) and logs the user id when present', async () => {
		expect((await call(sandbox, 'GET', PRODUCT, { query, userId: null })).json.code).toBe(200);
		await call(sandbox, 'GET', PRODUCT, { query, userId: '2100007341207' });
		expect(sandbox.requests().map((entry) => entry.userId)).toEqual([null, '2100007341207']);
	});

	it('rejects an unknown access key', async () => {
		const response = await call(sandbox, 'GET', PRODUCT, { query, accessKey: 'someone-else' });
		expect(response.json.code).toBe(40102);
	});

	it('logs the check result and never the secret, and flags a request that carries the secret', async () => {
		await call(sandbox, 'POST', '/open/order/cancel', { body: { orderId: '1', note: `secret is ${sandbox.credentials.accessSecret}` } });
		const [entry] = sandbox.requests();
		expect(entry).toMatchObject({ method: 'POST', path: '/open/order/cancel', secretExposed: true, auth: { ok: true }, code: 404 });
		expect(entry.headerNames).toEqual(expect.arrayContaining(['access-key', 'timestamp', 'nonce-str', 'signature']));
		expect(JSON.stringify(entry)).not.toContain(sandbox.credentials.accessSecret);
		expect(entry.body).toEqual({ orderId: '1', note: 'secret is [REDACTED]' });
	});
});
