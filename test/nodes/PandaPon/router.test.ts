import { ExecuteContext } from 'n8n-core';

import { isReadOnlyOperation, READ_CONCURRENCY } from '../../../nodes/PandaPon/actions/router';
import { runNode, type SandboxCredentials } from '../../helpers/n8nEngine';
import { startScriptedServer, type ScriptedServer } from '../../helpers/scriptedServer';

let server: ScriptedServer;
let credentials: SandboxCredentials;

beforeAll(async () => {
	server = await startScriptedServer();
	credentials = { accessKey: 'key', accessSecret: 'secret', userId: '1', baseUrl: server.url };
});
afterAll(async () => await server.close());

/** The sandbox-free echo: each answer names the item id the request asked for. */
const items = (count: number) => Array.from({ length: count }, (_, i) => ({ json: { itemId: String(672991141190 + i) } }));
const getProduct = { resource: 'product', platform: 'taobao', operation: 'get', itemId: '={{ $json.itemId }}' };

describe('router', () => {
	it('derives read-only operations from the endpoint catalogue', () => {
		expect(isReadOnlyOperation('product', 'get')).toBe(true);
		expect(isReadOnlyOperation('taobaoOrder', 'getAll')).toBe(true);
		expect(isReadOnlyOperation('taobaoOrder', 'create')).toBe(false);
		expect(isReadOnlyOperation('afterSales', 'cancel')).toBe(false);
		expect(isReadOnlyOperation('customApiCall', 'request')).toBe(false);
	});

	it('runs a read-only operation a few items at a time and keeps the output in input order', async () => {
		server.script([{ delayMs: 40, body: { code: 200, msg: 'ok', requestId: 'r', data: { title: 'same' } } }]);
		const { items: output, error } = await runNode({ credentials, parameters: getProduct, items: items(12) });
		expect(error).toBeUndefined();
		expect(server.seen).toHaveLength(12);
		expect(server.maxInFlight()).toBeGreaterThan(1);
		expect(server.maxInFlight()).toBeLessThanOrEqual(READ_CONCURRENCY);
		expect(output.map((item) => item.pairedItem)).toEqual(items(12).map((_, i) => ({ item: i })));
		const askedFor = server.seen.map((request) => new URL(request.url, server.url).searchParams.get('itemId'));
		expect(new Set(askedFor)).toEqual(new Set(items(12).map((item) => item.json.itemId)));
	});

	it('runs a write strictly one item at a time', async () => {
		server.script([{ delayMs: 20, body: { code: 0, msg: 'ok' } }]);
		const upsert = {
			resource: 'address', operation: 'upsert', name: 'A', phone: '1', province: 'P', city: 'C', address: 'X',
		};
		const { error } = await runNode({ credentials, parameters: upsert, items: items(4) });
		expect(error).toBeUndefined();
		expect(server.seen).toHaveLength(4);
		expect(server.maxInFlight()).toBe(1);
	});

	it('reports the earliest failing item of a concurrent read and stops taking new items', async () => {
		const ok = { delayMs: 30, body: { code: 200, msg: 'ok', requestId: 'r', data: {} } };
		const failing = { delayMs: 30, body: { code: 4004, msg: 'no such item', requestId: 'bad', data: null } };
		server.script([ok, ok, failing, failing, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok]);
		const { error } = await runNode({ credentials, parameters: getProduct, items: items(20) });
		expect(error?.message).toBe('PandaPon error 4004: no such item');
		expect(server.seen.length).toBeLessThan(20);
	});

	describe('parses every item before sending any', () => {
		const upsert = {
			resource: 'address', operation: 'upsert', name: '={{ $json.bad ? "" : "A" }}', phone: '1', province: 'P', city: 'C', address: 'X',
		};
		const withBadItem = (count: number, bad: number) =>
			Array.from({ length: count }, (_, i) => ({ json: i === bad ? { bad: true } : {} }));

		it('stops on bad item 7 of 10 before anything is sent', async () => {
			server.script([{ body: { code: 0, msg: 'ok' } }]);
			const { error } = await runNode({ credentials, parameters: upsert, items: withBadItem(10, 7) });
			expect(error?.message).toBe('Invalid input in item 7: name: name is required');
			expect(server.seen).toHaveLength(0);
		});

		it('with Continue On Fail, turns bad item 7 into its error item and sends the other nine in order', async () => {
			server.script([{ body: { code: 0, msg: 'ok' } }]);
			const { items: output, error } = await runNode({ credentials, parameters: upsert, items: withBadItem(10, 7), continueOnFail: true });
			expect(error).toBeUndefined();
			expect(server.seen).toHaveLength(9);
			expect(output.map((item) => item.pairedItem)).toEqual(withBadItem(10, 7).map((_, i) => ({ item: i })));
			expect(output[7].json.error).toBe('Invalid input in item 7: name: name is required');
			expect(output.filter((item) => item.json.success === true)).toHaveLength(9);
		});

		it('reads each parameter once per item (no second evaluation)', async () => {
			server.script([{ body: { code: 200, msg: 'ok', requestId: 'r', data: { title: 'same' } } }]);
			const reads = new Map<string, number>();
			const prototype = ExecuteContext.prototype as unknown as { _getNodeParameter: (name: string, itemIndex: number) => unknown };
			const original = prototype._getNodeParameter;
			const spy = jest.spyOn(prototype, '_getNodeParameter').mockImplementation(function (this: unknown, ...args: unknown[]) {
				const key = `${String(args[0])}@${String(args[1])}`;
				reads.set(key, (reads.get(key) ?? 0) + 1);
				return (original as (...a: unknown[]) => unknown).apply(this, args);
			});
			try {
				const { error } = await runNode({ credentials, parameters: getProduct, items: items(4) });
				expect(error).toBeUndefined();
			} finally {
				spy.mockRestore();
			}
			expect(server.seen).toHaveLength(4);
			expect(reads.get('itemId@3')).toBe(1);
			expect([...reads].filter(([, count]) => count !== 1)).toEqual([]);
		});
	});
});
