/** Message pushes: signed with HMAC-SHA256 over the raw body, PandaPon envelope, retries, and the test variants. */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { eventually, hmacHex, ok, startReceiver, type ReceivedPush } from './client';
import { SEED_002_BODY, SEED_003_BODY } from './fixtures';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

function envelopeOf(push: ReceivedPush) {
	const outer = JSON.parse(push.body.toString('utf8'));
	return { ...outer, body: JSON.parse(outer.messageBody) };
}

/** Pushes sent close together may arrive in any order (delivery order is not guaranteed, reference section 3). */
function byType(received: ReceivedPush[], messageType: string) {
	return received.map(envelopeOf).find((e) => e.messageType === messageType);
}

function verified(push: ReceivedPush, secret: string): boolean {
	return push.headers.authorization === hmacHex(push.body, secret);
}

describe('sandbox callbacks', () => {
	let sandbox: SandboxHandle;
	let receiver: Receiver;
	let secret: string;

	beforeAll(async () => {
		receiver = await startReceiver();
		sandbox = await startSandbox({ callbackUrl: receiver.url, callbackPolicy: { retryDelayMs: 50, maxRetries: 2, timeoutMs: 200 } });
		secret = sandbox.credentials.accessSecret;
	});
	afterAll(async () => {
		await sandbox.close();
		await receiver.close();
	});
	beforeEach(() => {
		receiver.received.length = 0;
	});

	it('pushes ORDER_CREATE and ORDER_PAY_SUCCESS for a Taobao order, signed over the raw body', async () => {
		const { id, orderNo } = await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		await ok(sandbox, 'POST', '/open/order/pay', { body: { orderId: id } });
		await eventually(() => receiver.received.length === 2, 'two pushes');
		const created = byType(receiver.received, 'ORDER_CREATE');
		const paid = byType(receiver.received, 'ORDER_PAY_SUCCESS');
		for (const push of receiver.received) {
			expect(push.method).toBe('POST');
			expect(push.headers['content-type']).toBe('application/json');
			expect(push.headers.authorization).toMatch(/^[0-9a-f]{64}$/);
			expect(verified(push, secret)).toBe(true);
			expect(verified(push, 'another-secret')).toBe(false);
		}
		expect(created).toMatchObject({ messageType: 'ORDER_CREATE', messagePlatform: 0, timestamp: expect.stringMatching(/^\d{13}$/) });
		expect(typeof created.messageBody).toBe('string');
		expect(created.body).toMatchObject({ orderId: id, orderNo, status: 0, statusName: 'TAOBAO_ORDER_WAIT_BUYER_PAY', purchaseAmount: 400 });
		expect(paid).toMatchObject({ messageType: 'ORDER_PAY_SUCCESS', body: { orderId: id, status: 1, previousStatus: 0 } });
	});

	it('pushes 1688 messages like the Xportcn examples: orderId as a string, money in fen', async () => {
		const { orderId } = await ok(sandbox, 'POST', '/v2/alibaba/order/create', { body: SEED_003_BODY });
		await ok(sandbox, 'POST', '/v2/alibaba/order/cancel', { body: { webSite: '1688', orderId, cancelReason: 'buyer_cancel' } });
		await eventually(() => receiver.received.length === 2, 'two pushes');
		const created = byType(receiver.received, 'ORDER_CREATE');
		const cancelled = byType(receiver.received, 'ORDER_CANCEL');
		expect(created).toMatchObject({ messageType: 'ORDER_CREATE', messagePlatform: 1 });
		expect(created.body).toEqual({
			orderId, orderNo: expect.stringMatching(/^PO\d{12}$/), orderStatus: 'WAITING_FOR_PAYMENT', payStatus: 1, totalAmount: 2300,
			shippingFee: 400, productAmount: 1900, refundAmount: 0, refundStatus: null, closeReason: null,
			tbCreateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), payTime: null,
		});
		expect(receiver.received.map((push) => push.body.toString()).join()).toContain(`\\"orderId\\":\\"${orderId}\\"`);
		expect(cancelled).toMatchObject({ messageType: 'ORDER_CANCEL', body: { orderStatus: 'CANCEL', closeReason: 'buyer_cancel' } });
	});

	it('pushes ORDER_STATUS_CHANGE on admin advances, price changes and refund messages', async () => {
		const [order] = sandbox.findOrders('1688', { status: 'waitbuyerpay' });
		sandbox.modifyPrice(String(order.id), 1000);
		sandbox.advanceOrder('1688', String(order.id), 'waitbuyerreceive');
		await eventually(() => receiver.received.length === 3, 'three pushes');
		const types = receiver.received.map((push) => envelopeOf(push).messageType);
		expect(types.sort()).toEqual(['ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY', 'ORDER_PAY_SUCCESS', 'ORDER_STATUS_CHANGE']);
		expect(byType(receiver.received, 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY').body).toMatchObject({ totalAmount: 1000 });
		const refund = sandbox.sandbox.store.taobaoRefunds.find((r) => r.status === 10)!;
		sandbox.advanceRefund('taobao', refund.refundId);
		await eventually(() => receiver.received.length === 4, 'refund push');
		expect(envelopeOf(receiver.received[3])).toMatchObject({ messageType: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND', messagePlatform: 0, body: { refundId: refund.refundId, refundStatus: 20 } });
	});

	it('records every attempt and retries a failed push with the identical body until acknowledged', async () => {
		const flaky = await startReceiver((_push, index) => (index < 2 ? 500 : 200));
		sandbox.setCallbackUrl(flaky.url);
		try {
			const before = sandbox.callbacks().length;
			await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
			await eventually(() => flaky.received.length === 3, 'two retries');
			await sandbox.callbacksSettled();
			const attempts = sandbox.callbacks().slice(before);
			expect(attempts.map((a) => [a.attempt, a.status, a.ok])).toEqual([[1, 500, false], [2, 500, false], [3, 200, true]]);
			expect(new Set(attempts.map((a) => a.messageId)).size).toBe(1);
			expect(new Set(flaky.received.map((p) => p.body.toString())).size).toBe(1);
			expect(attempts[0]).toMatchObject({ url: flaky.url, error: 'HTTP 500', durationMs: expect.any(Number), body: flaky.received[0].body.toString() });
		} finally {
			sandbox.setCallbackUrl(receiver.url);
			await flaky.close();
		}
	});

	it('gives up after maxRetries and records a receiver that does not answer in time', async () => {
		const silent = await startReceiver(() => 'hang');
		sandbox.setCallbackUrl(silent.url);
		try {
			const before = sandbox.callbacks().length;
			await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
			await eventually(() => sandbox.callbacks().length - before === 3 && sandbox.state().pendingCallbackRetries === 0, 'three attempts');
			const attempts = sandbox.callbacks().slice(before);
			expect(attempts.every((a) => !a.ok && a.error === 'no answer within 200 ms')).toBe(true);
			expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
		} finally {
			sandbox.setCallbackUrl(receiver.url);
			await silent.close();
		}
	});

	it('sends admin test variants that a verifier must accept or reject', async () => {
		const send = async (variant: string) => {
			const response = await fetch(`${sandbox.url}/__sandbox/callbacks/send`, { method: 'POST', body: JSON.stringify({ variant, messageType: 'ORDER_STATUS_CHANGE', platform: '1688' }) });
			expect(response.status).toBe(200);
			return response.json();
		};
		for (const variant of ['valid', 'tampered', 'unsigned', 'wrongSecret', 'malformed', 'verifyPing', 'verifyGet']) await send(variant);
		const [valid, tampered, unsigned, wrongSecret, malformed, ping, get] = receiver.received;
		expect(verified(valid, secret)).toBe(true);
		expect(envelopeOf(valid)).toMatchObject({ messageType: 'ORDER_STATUS_CHANGE', messagePlatform: 1 });
		expect(tampered.body.equals(valid.body)).toBe(false);
		expect(verified(tampered, secret)).toBe(false);
		expect(unsigned.headers.authorization).toBeUndefined();
		expect(wrongSecret.headers.authorization).toMatch(/^[0-9a-f]{64}$/);
		expect(verified(wrongSecret, secret)).toBe(false);
		expect(verified(malformed, secret)).toBe(true);
		expect(() => JSON.parse(malformed.body.toString())).toThrow();
		expect(ping).toMatchObject({ method: 'POST' });
		expect(ping.body.length).toBe(0);
		expect(ping.headers.authorization).toBeUndefined();
		expect(get.method).toBe('GET');
		const log = await (await fetch(`${sandbox.url}/__sandbox/callbacks`)).json();
		expect(log.slice(-7).map((a: { variant: string }) => a.variant)).toEqual(['valid', 'tampered', 'unsigned', 'wrongSecret', 'malformed', 'verifyPing', 'verifyGet']);
	});

	it('redelivers a recorded push byte for byte (timestamp and signature included), as a PandaPon retry', async () => {
		const first = await (await fetch(`${sandbox.url}/__sandbox/callbacks/send`, { method: 'POST', body: JSON.stringify({ variant: 'valid', messageType: 'ORDER_PAY_SUCCESS', platform: '1688' }) })).json();
		const before = receiver.received.length;
		const response = await fetch(`${sandbox.url}/__sandbox/callbacks/${first.id}/redeliver`, { method: 'POST', body: '{}' });
		expect(response.status).toBe(200);
		const again = await response.json();
		expect(again).toMatchObject({ messageId: first.messageId, attempt: 2, body: first.body, authorization: first.authorization, status: 200 });
		const [pushed] = receiver.received.slice(before);
		expect(pushed.body.toString()).toBe(first.body);
		expect(verified(pushed, secret)).toBe(true);
		expect((await fetch(`${sandbox.url}/__sandbox/callbacks/999999/redeliver`, { method: 'POST', body: '{}' })).status).toBe(404);
	});

	it('sends nothing without a callback URL', async () => {
		sandbox.setCallbackUrl(null);
		try {
			const before = sandbox.callbacks().length;
			await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
			await sandbox.callbacksSettled();
			expect(sandbox.callbacks().length).toBe(before);
			const refused = await fetch(`${sandbox.url}/__sandbox/callbacks/send`, { method: 'POST', body: '{}' });
			expect(refused.status).toBe(409);
		} finally {
			sandbox.setCallbackUrl(receiver.url);
		}
	});
});
