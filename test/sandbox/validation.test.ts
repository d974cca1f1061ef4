/** Bad requests answer HTTP 200 with envelope code 400 and a msg naming the field; nothing changes state. */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call } from './client';
import { SEED_002_BODY, SEED_003_BODY } from './fixtures';

describe('sandbox input validation', () => {
	let sandbox: SandboxHandle;
	let ordersBefore: number;

	beforeAll(async () => {
		sandbox = await startSandbox();
		ordersBefore = sandbox.state().taobao.orders;
	});
	afterAll(() => sandbox.close());

	const expect400 = async (path: string, body: unknown, msg: RegExp | string, raw = false) => {
		const response = await call(sandbox, 'POST', path, raw ? { rawBody: body as string } : { body });
		expect(response.status).toBe(200);
		expect(response.json).toMatchObject({ code: 400, data: null });
		if (typeof msg === 'string') expect(response.json.msg).toBe(msg);
		else expect(response.json.msg).toMatch(msg);
	};

	it('rejects malformed JSON', () => expect400('/open/order', '{"purchaseAmount": 400,', /^malformed JSON body: /, true));

	it('rejects a body that is not an object', () => expect400('/open/order', [1, 2], 'body: expected a JSON object, got array'));

	it('rejects receiver and orderLineList sent as objects instead of JSON strings', async () => {
		await expect400('/open/order', { ...SEED_002_BODY, receiver: JSON.parse(SEED_002_BODY.receiver) }, 'receiver: expected a JSON-encoded object as a string, got object');
		await expect400('/open/order', { ...SEED_002_BODY, orderLineList: JSON.parse(SEED_002_BODY.orderLineList) }, 'orderLineList: expected a JSON-encoded array as a string, got array');
		await expect400('/open/order', { ...SEED_002_BODY, orderLineList: '[{"itemId":' }, /^orderLineList: expected a JSON-encoded array, but the string is not valid JSON/);
	});

	it('names nested fields inside the JSON strings', async () => {
		const lines = JSON.parse(SEED_002_BODY.orderLineList);
		lines[1].quantity = 'two hundred';
		await expect400('/open/order', { ...SEED_002_BODY, orderLineList: JSON.stringify(lines) }, 'orderLineList[1].quantity: expected an integer (as a string or number), got string');
		await expect400('/open/order', { ...SEED_002_BODY, receiver: '{"address":"x"}' }, 'receiver.name: required');
	});

	it('rejects a missing required field and a wrong type', async () => {
		const { purchaseAmount: _omit, ...withoutAmount } = SEED_002_BODY;
		await expect400('/open/order', withoutAmount, 'purchaseAmount: required');
		await expect400('/open/order', { ...SEED_002_BODY, purchaseAmount: '400' }, 'purchaseAmount: expected an integer, got string');
		await expect400('/open/order', { ...SEED_002_BODY, purchaseAmount: 399 }, "purchaseAmount: budget 399 fen is below the order lines' total of 400 fen");
		await expect400('/v2/alibaba/order/batch/create', { ...SEED_003_BODY, cargoParamList: [{ ...SEED_003_BODY.cargoParamList[0], quantity: 0 }] }, 'cargoParamList[0].quantity: must be at least 1, got 0');
		await expect400('/v2/alibaba/order/batch/create', { ...SEED_003_BODY, cargoParamList: [] }, 'cargoParamList: must not be empty');
		await expect400('/v2/alibaba/order/cancel', { webSite: 'taobao', orderId: '2542285634920880794' }, 'webSite: expected one of 1688, got "taobao"');
		expect(sandbox.state().taobao.orders).toBe(ordersBefore);
	});

	it('checks imageBase64 is base64 of a real image', async () => {
		await expect400('/alibaba/product/image/query', { imageBase64: Buffer.from('hello, not an image').toString('base64') }, 'imageBase64: expected base64 of a JPEG, PNG, GIF or WebP image');
		await expect400('/alibaba/product/image/query', { imageBase64: 'data:image/png;base64,iVBORw0KGgo=' }, 'imageBase64: expected plain base64 without a data: URL prefix');
		await expect400('/alibaba/product/image/query', { imageBase64: '%%%' }, 'imageBase64: expected base64 text');
		await expect400('/v2/taobao/product/image/search', { pageNo: 1 }, 'imageBase64: required (or imageAddress)');
		const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64');
		const webp = Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1').toString('base64');
		for (const imageBase64 of [gif, webp]) expect((await call(sandbox, 'POST', '/alibaba/product/image/query', { body: { imageBase64 } })).json.code).toBe(200);
		expect((await call(sandbox, 'POST', '/alibaba/product/image/query', { body: { imageAddress: 'https://cbu01.alicdn.com/img/ibank/x.jpg' } })).json.code).toBe(200);
	});

	it('answers code 404 for an unknown path and 405 for the wrong method', async () => {
		const unknown = await call(sandbox, 'POST', '/open/does/not/exist', { body: {} });
		expect(unknown.status).toBe(200);
		expect(unknown.json).toMatchObject({ code: 404, msg: 'no such endpoint: POST /open/does/not/exist', data: null });
		const wrong = await call(sandbox, 'POST', '/open/product/get', { body: {} });
		expect(wrong.json).toMatchObject({ code: 405, msg: expect.stringContaining('use GET') });
	});

	it('answers code 404 for unknown ids', async () => {
		const response = await call(sandbox, 'GET', '/open/product/get', { query: { itemId: '1' } });
		expect(response.json).toMatchObject({ code: 404, msg: 'item 1 not found' });
	});

	it('answers the address upsert with the thin envelope, and a full error envelope on bad input', async () => {
		const good = await call(sandbox, 'POST', '/open/address/addOrUpdate', { body: { id: 1, name: 'a', province: 'p', city: 'c', address: 'x', phone: '1' } });
		expect(good.json).toEqual({ code: 0, msg: '成功' });
		const bad = await call(sandbox, 'POST', '/open/address/addOrUpdate', { body: { name: 'a' } });
		expect(bad.json).toMatchObject({ code: 400, msg: 'province: required', requestId: expect.any(String) });
	});
});
