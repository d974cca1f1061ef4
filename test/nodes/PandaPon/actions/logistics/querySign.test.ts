/**
 * The raw request of a logistics call, seen by a plain server: query `timestamp` and `sign` are present, equal the
 * `timestamp` and `signature` headers, and the signature is the reference's MD5 rule recomputed here. Non-logistics
 * calls carry no such query parameters.
 */
import { createHash } from 'crypto';

import { runNode, type SandboxCredentials } from '../../../../helpers/n8nEngine';
import { startScriptedServer, type ScriptedServer } from '../../../../helpers/scriptedServer';

let server: ScriptedServer;
let credentials: SandboxCredentials;
beforeAll(async () => {
	server = await startScriptedServer();
	credentials = { accessKey: 'logistics-key', accessSecret: 'logistics-secret-value', userId: '2100007340000', baseUrl: server.url };
});
afterAll(async () => await server.close());

const estimate = {
	resource: 'logistics',
	operation: 'estimateItemFreight',
	itemId: '2048232789087639',
	skuId: '4970432383383',
	quantity: 1,
	price: '10',
	currency: 'CNY',
	receiverAddressMode: 'json',
	receiverAddressJson: JSON.stringify({ country: 'US', state: 'CA', city: 'LA', zip: '90001', address: '1 Main St', name: 'A', phone: '1' }),
};

it('adds query timestamp and sign equal to the signed headers', async () => {
	server.script([{ body: { requestId: 'e'.repeat(32), code: 200, msg: '成功', data: { freightOptions: [] } } }]);
	const { error } = await runNode({ credentials, parameters: estimate });
	expect(error).toBeUndefined();
	expect(server.seen).toHaveLength(1);
	const { url, headers } = server.seen[0];
	const query = new URL(url, server.url).searchParams;
	expect(new URL(url, server.url).pathname).toBe('/v2/open/pp/logistics/itemLogisticsPrice');
	expect([...query.keys()].sort()).toEqual(['sign', 'timestamp']);
	expect(query.get('timestamp')).toBe(headers.timestamp);
	expect(query.get('sign')).toBe(headers.signature);
	const expected = createHash('md5')
		.update(`logistics-key${String(headers.timestamp)}${String(headers['nonce-str'])}logistics-secret-value`)
		.digest('hex')
		.toUpperCase();
	expect(query.get('sign')).toBe(expected);
	expect(url).not.toContain('logistics-secret-value');
});

it('adds nothing to the query of a non-logistics call', async () => {
	server.script([{ body: { requestId: 'e'.repeat(32), code: 200, msg: '成功', data: { orderId: '1', payUrl: 'x' } } }]);
	await runNode({ credentials, parameters: { resource: 'alibabaOrder', operation: 'getPaymentUrl', orderId: '2540608320348880794' } });
	expect(new URL(server.seen[0].url, server.url).search).toBe('?orderId=2540608320348880794');
});
