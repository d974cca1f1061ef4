import { runNode, type SandboxCredentials } from '../../../helpers/n8nEngine';
import { startScriptedServer, type ScriptedServer } from '../../../helpers/scriptedServer';

const SECRET = 'transport-test-secret-value';
let server: ScriptedServer;
let credentials: SandboxCredentials;

beforeAll(async () => {
	server = await startScriptedServer();
	credentials = { accessKey: 'key', accessSecret: SECRET, userId: '2100007340000', baseUrl: server.url };
});
afterAll(async () => await server.close());

const ok = (data: unknown) => ({ body: { requestId: 'a'.repeat(32), code: 200, msg: '成功', data } });
const read = { resource: 'address', operation: 'getAll' };
const write = { resource: 'address', operation: 'upsert', name: 'Li Lei', phone: '13800000000', province: '浙江省', city: '杭州市', address: '文一西路 1 号' };

describe('transport', () => {
	it('turns HTTP 200 with an error code into a NodeApiError with code, msg and requestId, without the secret', async () => {
		server.script([{ body: { requestId: 'f00dfeed'.repeat(4), code: 5001, msg: '库存不足 / out of stock', data: null } }]);
		const { error, items } = await runNode({ credentials, parameters: read });
		expect(items).toEqual([]);
		expect(error?.message).toBe('PandaPon error 5001: 库存不足 / out of stock');
		expect(error?.description).toContain('requestId: f00dfeedf00dfeedf00dfeedf00dfeed');
		expect(JSON.stringify(error)).not.toContain(SECRET);
		expect(server.seen).toHaveLength(1);
	});

	it('retries a read after 429, honouring Retry-After, with a fresh signature', async () => {
		server.script([{ status: 429, headers: { 'retry-after': '1' }, body: 'slow down' }, ok([{ id: 1 }])]);
		const started = Date.now();
		const { items, error } = await runNode({ credentials, parameters: read });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ id: 1 }]);
		expect(server.seen).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		const [first, second] = server.seen.map((request) => request.headers);
		expect(second['nonce-str']).not.toBe(first['nonce-str']);
		expect(second.signature).not.toBe(first.signature);
	});

	it('retries a read through a 5xx burst and a dropped connection', async () => {
		server.script([{ status: 502, body: 'bad gateway' }, { drop: true }, { status: 503, body: '' }, ok([{ id: 2 }])]);
		const { items, error } = await runNode({ credentials, parameters: read });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ id: 2 }]);
		expect(server.seen).toHaveLength(4);
	});

	it('gives up on a read after the attempt limit with a clear error', async () => {
		server.script([{ status: 500, body: 'boom' }]);
		const { error } = await runNode({ credentials, parameters: read });
		expect(error?.message).toBe('PandaPon answered HTTP 500');
		expect(error?.description).toContain('failed after 4 attempt(s)');
		expect(server.seen).toHaveLength(4);
	});

	it.each([
		['HTTP 503', { status: 503, body: 'down' }],
		['HTTP 429', { status: 429, headers: { 'retry-after': '0' }, body: '' }],
		['a dropped connection', { drop: true as const }],
	])('sends a write exactly once on %s and says it was not retried', async (_name, reply) => {
		server.script([reply, ok(true)]);
		const { error } = await runNode({ credentials, parameters: write });
		expect(server.seen).toHaveLength(1);
		expect(error?.description).toContain('was not retried automatically');
	});

	it('accepts the thin {code: 0} envelope of the address endpoints as success', async () => {
		server.script([{ body: { code: 0, msg: 'string' } }]);
		const { items, error } = await runNode({ credentials, parameters: write });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ success: true, name: 'Li Lei' });
		expect(JSON.parse(server.seen[0].body)).toEqual({
			name: 'Li Lei',
			phone: '13800000000',
			province: '浙江省',
			city: '杭州市',
			address: '文一西路 1 号',
		});
	});

	it('reports malformed JSON clearly', async () => {
		server.script([{ body: '{"code":200,"data":[{"id":1' }]);
		const { error } = await runNode({ credentials, parameters: read });
		expect(error?.message).toContain('not valid JSON');
	});

	it('keeps 19-digit ids exact', async () => {
		server.script([{ body: '{"code":200,"msg":"ok","requestId":"r","data":[{"orderId":2540608320348880794}]}' }]);
		const { items } = await runNode({ credentials, parameters: read });
		expect(items[0].json.orderId).toBe('2540608320348880794');
	});

	it('honours continueOnFail per item with pairedItem and the API error details', async () => {
		server.script([ok([{ id: 'first' }]), { body: { requestId: 'r2', code: 4001, msg: 'bad', data: null } }, ok([{ id: 'third' }])]);
		const { items, error } = await runNode({
			credentials,
			parameters: read,
			items: [{ json: {} }, { json: {} }, { json: {} }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ id: 'first' }, { item: 0 }],
			[expect.objectContaining({ error: 'PandaPon error 4001: bad', code: '4001', requestId: 'r2' }), { item: 1 }],
			[{ id: 'third' }, { item: 2 }],
		]);
	});

	it('validates every item before sending: a bad item stops the node before any request', async () => {
		server.script([{ body: { code: 0, msg: 'string' } }]);
		const parameters = { ...write, phone: '={{ $json.phone }}', id: '={{ $json.id }}' };
		const bad = await runNode({ credentials, parameters, items: [{ json: { phone: '', id: '' } }] });
		expect(bad.error?.message).toBe('Invalid input in item 0: phone: phone is required');
		expect(bad.error?.description).toContain('Nothing was sent to PandaPon');
		expect(server.seen).toHaveLength(0);

		const second = await runNode({
			credentials,
			parameters,
			items: [{ json: { phone: '138', id: '' } }, { json: { phone: '139', id: '12a' } }],
		});
		expect(second.error?.message).toBe('Invalid input in item 1: id: expected a numeric address ID or nothing');
		// Item 0 was valid, but a bad item anywhere stops the node before anything is sent.
		expect(server.seen).toHaveLength(0);

		const continued = await runNode({
			credentials,
			parameters,
			items: [{ json: { phone: '138', id: '' } }, { json: { phone: '139', id: '12a' } }],
			continueOnFail: true,
		});
		expect(continued.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(continued.items[1].json.error).toBe('Invalid input in item 1: id: expected a numeric address ID or nothing');
		expect(server.seen).toHaveLength(1);
	});
});
