/** Warehouse-logistics paths need query `timestamp` and `sign` besides the headers (team's choice: sign = signature). */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call } from './client';
import { RECEIVER_ADDRESS } from './fixtures';

const RENDER = '/open/pp/logistics/orderRenderFreight';
const body = { receiverAddress: RECEIVER_ADDRESS, renderItems: [{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, freightInfo: { serviceId: '1', companyName: '', serviceCategory: '' } }] };

describe('sandbox warehouse-logistics auth', () => {
	let sandbox: SandboxHandle;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());

	it('accepts headers plus query timestamp and sign', async () => {
		const response = await call(sandbox, 'POST', RENDER, { body });
		expect(response.json.code).toBe(200);
		expect(response.json.data.renderId).toMatch(/^FF\d{13}$/);
	});

	it('rejects a missing sign or timestamp query parameter', async () => {
		expect((await call(sandbox, 'POST', RENDER, { body, querySign: false })).json).toMatchObject({ code: 40105, msg: 'missing query parameter: timestamp', data: null });
		const url = `${RENDER}?timestamp=${Date.now()}`;
		const noSign = await call(sandbox, 'POST', url, { body, querySign: false, timestamp: new URL(url, sandbox.url).searchParams.get('timestamp')! });
		expect(noSign.json).toMatchObject({ code: 40105, msg: 'missing query parameter: sign' });
	});

	it('rejects a sign that is not the header signature, and a query timestamp that differs', async () => {
		expect((await call(sandbox, 'POST', RENDER, { body, querySign: { sign: 'F'.repeat(32) } })).json).toMatchObject({ code: 40106, msg: 'query sign does not match the signature' });
		expect((await call(sandbox, 'POST', RENDER, { body, querySign: { timestamp: '1715669977082' } })).json).toMatchObject({ code: 40106, msg: 'query timestamp does not match the timestamp header' });
	});

	it('still checks the headers on logistics paths', async () => {
		expect((await call(sandbox, 'POST', RENDER, { body, secret: 'wrong' })).json.code).toBe(401);
	});

	it('books a freight preview once and rejects unknown render ids and millisecond rtsTime', async () => {
		const { renderId } = (await call(sandbox, 'POST', RENDER, { body })).json.data;
		const booking = { renderId, receiverAddress: RECEIVER_ADDRESS, lineItems: [{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1 }] };
		expect((await call(sandbox, 'POST', '/open/pp/logistics/orderBookingFreight', { body: booking })).json.code).toBe(200);
		expect((await call(sandbox, 'POST', '/open/pp/logistics/orderBookingFreight', { body: booking })).json).toMatchObject({ code: 409, msg: expect.stringContaining('already booked') });
		expect((await call(sandbox, 'POST', '/open/pp/logistics/orderBookingFreight', { body: { ...booking, renderId: 'FF2024080200007' } })).json.code).toBe(404);
		const update = { orderId: '1', logisticInfos: [{ lineItem: { itemId: '1', skuId: '2', quantity: 1 }, domesticLogisticInfo: [{ logisticNumer: 'YT122323345678', logisticCompanyName: '圆通', rtsTime: '1754342534000' }] }] };
		expect((await call(sandbox, 'POST', '/open/pp/logistics/updateLogisticInfo', { body: update })).json).toMatchObject({ code: 400, msg: 'logisticInfos[0].domesticLogisticInfo[0].rtsTime: expected Unix seconds (10 digits), got "1754342534000"' });
	});

	it('does not ask other paths for a query sign', async () => {
		expect((await call(sandbox, 'POST', '/open/address/list', { body: {} })).json.code).toBe(200);
	});
});
