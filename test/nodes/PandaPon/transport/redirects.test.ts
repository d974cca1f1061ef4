/**
 * Signed requests never follow a redirect: a 3xx becomes an error naming the Location, and the second host never
 * sees the body or the signed headers (access-key, signature, nonce-str, timestamp).
 */
import { runNode, type SandboxCredentials } from '../../../helpers/n8nEngine';
import { startScriptedServer, type ScriptedServer } from '../../../helpers/scriptedServer';

let pandaPon: ScriptedServer;
let elsewhere: ScriptedServer;
let credentials: SandboxCredentials;

beforeAll(async () => {
	pandaPon = await startScriptedServer();
	elsewhere = await startScriptedServer();
	credentials = { accessKey: 'key', accessSecret: 'redirect-test-secret', userId: '2100007340000', baseUrl: pandaPon.url };
});
afterAll(async () => {
	await pandaPon.close();
	await elsewhere.close();
});

const ORDER_ID = '1031992847890383164';
const pay = { resource: 'taobaoOrder', operation: 'pay', orderId: { __rl: true, mode: 'id', value: ORDER_ID } };
const read = { resource: 'address', operation: 'getAll' };

describe.each([
	['a write (Taobao Order → Pay)', pay, 'POST /open/order/pay'],
	['a read (Address → Get Many)', read, 'POST /open/address/list'],
])('%s answered with a redirect', (_name, parameters) => {
	it.each([301, 302, 303, 307, 308])('HTTP %i to another host: an error naming the Location, nothing sent there', async (status) => {
		elsewhere.script([{ body: { code: 200, msg: 'ok', data: { stolen: true } } }]);
		const location = `${elsewhere.url}/capture`;
		pandaPon.script([{ status, headers: { location }, body: '' }]);

		const { items, error } = await runNode({ credentials, parameters });

		expect(items).toEqual([]);
		expect(error?.message).toContain(`HTTP ${status}`);
		expect(error?.message).toContain(`a redirect to ${location}`);
		expect(pandaPon.seen).toHaveLength(1);
		expect(elsewhere.seen).toHaveLength(0);
	});
});

it('a redirect within the same host is not followed either (the error says where it pointed)', async () => {
	pandaPon.script([{ status: 307, headers: { location: '/v2/open/order/pay' }, body: '' }]);
	const { error } = await runNode({ credentials, parameters: pay });
	expect(error?.message).toBe('PandaPon answered HTTP 307 for POST /open/order/pay, a redirect to /v2/open/order/pay');
	expect(pandaPon.seen).toHaveLength(1);
});
