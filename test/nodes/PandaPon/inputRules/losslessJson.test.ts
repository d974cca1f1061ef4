/**
 * 19-digit numbers in user-typed JSON keep every digit (issue 14, item 4): the custom call sends them as the same
 * JSON number; typed fields (order lines, addresses) take them as id text. The raw request text is read from a
 * scripted server, so nothing between the node and the wire can hide a rounding.
 */
import { runNode, type SandboxCredentials } from '../../../helpers/n8nEngine';
import { startScriptedServer, type ScriptedServer } from '../../../helpers/scriptedServer';
import { parseUserJson, stringifyJson } from '../../../../nodes/PandaPon/protocol/json';

let server: ScriptedServer;
let credentials: SandboxCredentials;
beforeAll(async () => {
	server = await startScriptedServer();
	credentials = { accessKey: 'key', accessSecret: 'lossless-test-secret', userId: '2100007340000', baseUrl: server.url };
});
afterAll(async () => await server.close());
beforeEach(() => server.script([{ body: { code: 200, msg: 'ok', data: { id: 1 } } }]));

const BIG = '2540608320348880794';
const custom = (extra: Record<string, unknown>) => ({ resource: 'customApiCall', operation: 'request', path: '/open/order/detail', ...extra });

describe('Custom API Call', () => {
	it('sends a 19-digit number in the body digit for digit, as a JSON number', async () => {
		const { error } = await runNode({ credentials, parameters: custom({ method: 'POST', body: `{"orderId":${BIG},"list":[${BIG}1,-${BIG}],"n":1.5,"s":"${BIG}"}` }) });
		expect(error).toBeUndefined();
		expect(server.seen[0].body).toBe(`{"orderId":${BIG},"list":[${BIG}1,-${BIG}],"n":1.5,"s":"${BIG}"}`);
	});

	it('sends a 19-digit number in the query digit for digit', async () => {
		const { error } = await runNode({ credentials, parameters: custom({ method: 'GET', query: `{"orderId":${BIG}}` }) });
		expect(error).toBeUndefined();
		expect(new URL(server.seen[0].url, server.url).searchParams.get('orderId')).toBe(BIG);
	});
});

it('Taobao Order → Create: an 18-digit item id typed as a JSON number in the order lines keeps its digits', async () => {
	const { error } = await runNode({
		credentials,
		parameters: {
			resource: 'taobaoOrder', operation: 'create', purchaseAmount: 400, receiverMode: 'json',
			receiverJson: '{"name":"a测试aa","mobile_phone":"15068763421","country":"中国","state":"浙江省","city":"杭州市","address":"测试地址","zip":"11111"}',
			orderLinesMode: 'json', orderLinesJson: '[{"itemId":600126245031041190,"skuId":5016042822039,"quantity":200,"price":1}]',
		},
	});
	expect(error).toBeUndefined();
	const lines = JSON.parse(JSON.parse(server.seen[0].body).orderLineList);
	expect(lines[0]).toMatchObject({ itemId: '600126245031041190', skuId: '5016042822039' });
});

describe.each([
	['native reviver where the runtime has one', false],
	['scanner (Node 20)', true],
])('parseUserJson with BigInts via %s', (_name, forceScanner) => {
	it('round-trips unsafe integers through stringifyJson unchanged, and leaves strings alone', () => {
		const text = `{"a":${BIG},"b":[-${BIG}],"c":"${BIG}","d":12,"e":1e21,"f":"bigint:1"}`;
		const parsed = parseUserJson<Record<string, unknown>>(text, 'bigint', forceScanner);
		expect(parsed.a).toBe(BigInt(BIG));
		expect(parsed.c).toBe(BIG);
		expect(stringifyJson(parsed)).toBe(text.replace('1e21', '1e+21'));
	});
});
