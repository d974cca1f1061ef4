import type { IDataObject } from 'n8n-workflow';

import { MAX_BODY_BYTES } from '../../../nodes/PandaPonTrigger/limits';
import { MINUTE, ORDER_CREATE_BODY, PUSHED_AT, SECRET, callWebhook, clockAt, envelope, sign } from './webhookContext';

function items(result: Awaited<ReturnType<typeof callWebhook>>['result']) {
	return result.workflowData?.[0]?.map((item) => item.json) ?? [];
}

// A minute after the fixtures' push time, unless a test moves the clock.
beforeEach(() => clockAt(1));
afterEach(() => jest.restoreAllMocks());

describe('PandaPonTrigger.webhook: authentic messages', () => {
	it('starts the workflow with one item and keeps the 19-digit order id as a string', async () => {
		const call = await callWebhook();

		expect(call.status).toBe(200);
		expect(call.result.noWebhookResponse).toBe(true);
		const [item] = items(call.result);
		expect(items(call.result)).toHaveLength(1);
		expect(item).toMatchObject({
			event: 'ORDER_CREATE',
			platform: '1688',
			pushedAt: '2026-05-20T07:47:49.913Z',
			message: { orderId: '3305075341149134260', orderNo: 'PO202605200001', payStatus: 1, totalAmount: 10000 },
			raw: { messageType: 'ORDER_CREATE', messagePlatform: 1, timestamp: '1779263269913', messageBody: ORDER_CREATE_BODY },
		});
		expect(item.eventId).toMatch(/^[0-9a-f]{32}$/);
		expect(call.body).toEqual({ received: true, eventId: item.eventId });
	});

	it('parses the envelope losslessly too (messageBody sent as an object is tolerated)', async () => {
		const rawBody = `{"messageType":"ORDER_PAY_SUCCESS","messagePlatform":1,"timestamp":${PUSHED_AT},"messageBody":{"orderId":2542285634920880794}}`;
		const call = await callWebhook({ rawBody });
		expect(items(call.result)[0]).toMatchObject({ message: { orderId: '2542285634920880794' }, pushedAt: new Date(PUSHED_AT).toISOString() });
	});

	it('maps platform 0 to taobao and accepts a seconds timestamp', async () => {
		const call = await callWebhook({ rawBody: envelope({ messagePlatform: 0, timestamp: '1779263269' }) });
		expect(items(call.result)[0]).toMatchObject({ platform: 'taobao', pushedAt: '2026-05-20T07:47:49.000Z' });
	});

	it('accepts the signature in uppercase hex', async () => {
		const rawBody = envelope();
		const call = await callWebhook({ rawBody, headers: { authorization: sign(rawBody).toUpperCase() } });
		expect(call.status).toBe(200);
		expect(items(call.result)).toHaveLength(1);
	});

	it('reads the body itself when n8n has not (version 1.1, a content type n8n does not parse)', async () => {
		const call = await callWebhook({ headers: { 'content-type': 'application/octet-stream' }, bodyNotReadYet: true });
		expect(call.status).toBe(200);
		expect(items(call.result)[0]).toMatchObject({ event: 'ORDER_CREATE', platform: '1688' });
	});

	it('verifies the exact bytes received, not a re-serialisation', async () => {
		const rawBody = `{ "messageType" : "ORDER_CREATE",\n  "messagePlatform": 1, "timestamp": "${PUSHED_AT}", "messageBody": ${JSON.stringify(ORDER_CREATE_BODY)} }`;
		const call = await callWebhook({ rawBody: Buffer.from(rawBody, 'utf8') });
		expect(call.status).toBe(200);
		expect(items(call.result)[0].event).toBe('ORDER_CREATE');
	});
});

describe('PandaPonTrigger.webhook: signature failures answer 401 and start nothing', () => {
	it('rejects a body changed after signing', async () => {
		const original = envelope();
		const tampered = original.replace('10000', '1');
		expect(tampered).not.toBe(original);
		const call = await callWebhook({ rawBody: tampered, headers: { authorization: sign(original) } });
		expect(call.status).toBe(401);
		expect(call.result).toEqual({ noWebhookResponse: true });
	});

	it('rejects a signature made with another secret', async () => {
		const rawBody = envelope();
		const call = await callWebhook({ rawBody, headers: { authorization: sign(rawBody, 'someone-else') } });
		expect(call.status).toBe(401);
		expect(call.result.workflowData).toBeUndefined();
	});

	it('rejects a message without an Authorization header', async () => {
		const call = await callWebhook({ signed: false });
		expect(call.status).toBe(401);
		expect(call.result.workflowData).toBeUndefined();
	});

	it('fails closed when the credential cannot be loaded, and says so in the log', async () => {
		const call = await callWebhook({ accessSecret: null });
		expect(call.status).toBe(401);
		expect(call.result.workflowData).toBeUndefined();
		expect(call.warn).toHaveBeenCalledTimes(1);
	});

	it('fails closed when the credential has an empty secret', async () => {
		const rawBody = envelope();
		const call = await callWebhook({ rawBody, headers: { authorization: sign(rawBody, '') }, accessSecret: '' });
		expect(call.status).toBe(401);
	});

	it('never writes the access secret into a response', async () => {
		const calls = await Promise.all([
			callWebhook(),
			callWebhook({ signed: false }),
			callWebhook({ rawBody: '{"messageType":"ORDER_CREATE","messageBody":"nope"}' }),
			callWebhook({ method: 'GET' }),
		]);
		for (const call of calls) expect(call.written).not.toContain(SECRET);
	});
});

describe('PandaPonTrigger.webhook: bad payloads answer 400 and start nothing', () => {
	it.each([
		['malformed JSON', '{"messageType":"ORDER_CREATE",'],
		['a JSON array', '[1,2,3]'],
		['no messageType', '{"messageBody":"{}","messagePlatform":1}'],
		['messageBody that is not JSON', '{"messageType":"ORDER_CREATE","messageBody":"order 42 created","messagePlatform":1}'],
		['no messageBody', '{"messageType":"ORDER_CREATE","messagePlatform":1}'],
	])('rejects %s', async (_case, rawBody) => {
		const call = await callWebhook({ rawBody });
		expect(call.status).toBe(400);
		expect(call.result).toEqual({ noWebhookResponse: true });
		expect(call.body).toMatchObject({ received: false });
	});

	it('checks the signature before looking at the payload', async () => {
		const call = await callWebhook({ rawBody: '{"messageType":"ORDER_CREATE",', headers: { authorization: 'ab'.repeat(32) } });
		expect(call.status).toBe(401);
	});
});

describe('PandaPonTrigger.webhook: the console Verify ping', () => {
	it('answers a GET with 200 and a JSON body, without reading the credential', async () => {
		const call = await callWebhook({ method: 'GET' });
		expect(call.status).toBe(200);
		expect(call.body).toMatchObject({ ok: true });
		expect(call.result.workflowData).toBeUndefined();
		expect(call.getCredentials).not.toHaveBeenCalled();
	});

	it.each([
		['an empty body', ''],
		['whitespace', ' \n'],
		['an empty object', '{}'],
		['an unsigned object without messageType', '{"verify":true}'],
	])('answers a POST with %s with 200 and starts nothing', async (_case, rawBody) => {
		const call = await callWebhook({ rawBody, signed: false });
		expect(call.status).toBe(200);
		expect(call.result).toEqual({ noWebhookResponse: true });
	});

	it('answers an empty POST with 200 even when a header is present', async () => {
		const call = await callWebhook({ rawBody: Buffer.alloc(0), headers: { authorization: 'x' } });
		expect(call.status).toBe(200);
		expect(call.result.workflowData).toBeUndefined();
	});
});

describe('PandaPonTrigger.webhook: filters', () => {
	it('drops event types that are not selected, with 200', async () => {
		const params = { events: ['ORDER_PAY_SUCCESS'] };
		const dropped = await callWebhook({ params });
		expect(dropped.status).toBe(200);
		expect(dropped.result.workflowData).toBeUndefined();
		expect(dropped.body).toMatchObject({ received: true, ignored: 'filtered' });

		const kept = await callWebhook({ params, rawBody: envelope({ messageType: 'ORDER_PAY_SUCCESS' }) });
		expect(items(kept.result)[0].event).toBe('ORDER_PAY_SUCCESS');
	});

	it('lets unlisted types through with "Any Event" and when nothing is selected', async () => {
		for (const events of [['*'], []]) {
			const call = await callWebhook({ params: { events }, rawBody: envelope({ messageType: 'TAOBAO_SOMETHING_NEW' }) });
			expect(items(call.result)).toHaveLength(1);
		}
	});

	it('accepts additional event types typed by the user', async () => {
		const params = { events: ['ORDER_CREATE'], options: { additionalEvents: ' TAOBAO_A , TAOBAO_B' } };
		const kept = await callWebhook({ params, rawBody: envelope({ messageType: 'TAOBAO_B' }) });
		expect(items(kept.result)).toHaveLength(1);
		const dropped = await callWebhook({ params, rawBody: envelope({ messageType: 'TAOBAO_C' }) });
		expect(dropped.result.workflowData).toBeUndefined();
	});

	it('drops platforms that are not selected, with 200', async () => {
		const params = { platforms: ['taobao'] };
		const dropped = await callWebhook({ params, rawBody: envelope({ messagePlatform: 1 }) });
		expect(dropped.status).toBe(200);
		expect(dropped.result.workflowData).toBeUndefined();

		const kept = await callWebhook({ params, rawBody: envelope({ messagePlatform: 0 }) });
		expect(items(kept.result)[0].platform).toBe('taobao');
	});
});

describe('PandaPonTrigger.webhook: redeliveries', () => {
	const first = envelope();
	// PandaPon pushes the stored message again: the same bytes, timestamp included.
	const redelivery = first;
	// The same body in a new message: the price went 9800 → 10000 → 9800, say.
	const genuineRepeat = envelope({ timestamp: String(PUSHED_AT + 45 * MINUTE) });

	it('drops the same message pushed again 30 minutes later (on by default)', async () => {
		const staticData = {};
		const one = await callWebhook({ rawBody: first, staticData });
		clockAt(31);
		const two = await callWebhook({ rawBody: redelivery, staticData });
		expect(items(one.result)).toHaveLength(1);
		expect(two.status).toBe(200);
		expect(two.result.workflowData).toBeUndefined();
		expect(two.body).toEqual({ received: true, ignored: 'redelivery', eventId: items(one.result)[0].eventId });
	});

	it('drops a redelivery whose envelope was re-serialised (key order, timestamp as a number)', async () => {
		const staticData = {};
		await callWebhook({ rawBody: first, staticData });
		const reordered = `{"timestamp":${PUSHED_AT},"messagePlatform":"1","messageBody":${JSON.stringify(ORDER_CREATE_BODY)},"messageType":"ORDER_CREATE"}`;
		const two = await callWebhook({ rawBody: reordered, staticData });
		expect(two.body).toMatchObject({ ignored: 'redelivery' });
	});

	it('starts a genuine repeat: same body, new push time, new eventId', async () => {
		const staticData = {};
		const one = await callWebhook({ rawBody: first, staticData });
		clockAt(46);
		const repeat = await callWebhook({ rawBody: genuineRepeat, staticData });
		expect(items(repeat.result)).toHaveLength(1);
		expect(items(repeat.result)[0].eventId).not.toBe(items(one.result)[0].eventId);
		expect(items(repeat.result)[0].message).toEqual(items(one.result)[0].message);
	});

	it('with Redelivery Match "Same Content", drops the repeat too (for re-stamped retries)', async () => {
		const staticData = {};
		const params = { options: { redeliveryMatch: 'content' } };
		const one = await callWebhook({ rawBody: first, staticData, params });
		clockAt(46);
		const repeat = await callWebhook({ rawBody: genuineRepeat, staticData, params });
		expect(items(one.result)).toHaveLength(1);
		expect(repeat.body).toEqual({ received: true, ignored: 'redelivery', eventId: items(one.result)[0].eventId });
	});

	it('passes it again when the option is off, with the same eventId', async () => {
		const staticData = {};
		const params = { dropRedeliveries: false };
		const one = await callWebhook({ rawBody: first, staticData, params });
		const two = await callWebhook({ rawBody: redelivery, staticData, params });
		expect(items(two.result)).toHaveLength(1);
		expect(items(two.result)[0].eventId).toBe(items(one.result)[0].eventId);
	});

	it('never drops on the test URL (manual mode), where n8n keeps no static data', async () => {
		const staticData = {};
		await callWebhook({ rawBody: first, staticData, mode: 'manual' });
		const two = await callWebhook({ rawBody: redelivery, staticData, mode: 'manual' });
		expect(items(two.result)).toHaveLength(1);
	});

	it('does not drop a different message', async () => {
		const staticData = {};
		await callWebhook({ rawBody: first, staticData });
		const paid = await callWebhook({ rawBody: envelope({ messageType: 'ORDER_PAY_SUCCESS' }), staticData });
		expect(items(paid.result)).toHaveLength(1);
	});

	it('does not remember filtered, stale or rejected messages', async () => {
		const staticData: IDataObject = {};
		await callWebhook({ staticData, params: { events: ['ORDER_CANCEL'] } });
		await callWebhook({ staticData, signed: false });
		clockAt(500);
		await callWebhook({ staticData });
		expect(staticData).toEqual({});
	});

	it('starts each of 300 events exactly once when all 600 copies arrive together, each request with its own stale copy of static data', async () => {
		// n8n loads static data for every request and the last save wins: here no request sees another's save at all.
		const saved: IDataObject = {};
		const bodies = Array.from({ length: 300 }, (_, n) => envelope({ messageBody: JSON.stringify({ orderId: `33050753411491${String(n).padStart(5, '0')}` }) }));
		const pushes = [...bodies, ...bodies].map((rawBody) => callWebhook({ rawBody, staticData: { ...saved }, workflowId: 'burst-wf' }));
		const calls = await Promise.all(pushes);
		const started = calls.filter((call) => items(call.result).length === 1);
		expect(started).toHaveLength(300);
		expect(new Set(started.map((call) => items(call.result)[0].eventId)).size).toBe(300);
		expect(calls.filter((call) => (call.body as IDataObject).ignored === 'redelivery')).toHaveLength(300);
	});
});

describe('PandaPonTrigger.webhook: freshness of the signed push timestamp', () => {
	it("accepts PandaPon's last retry, 150 minutes after the push", async () => {
		clockAt(151);
		expect(items((await callWebhook()).result)).toHaveLength(1);
	});

	it('answers a push older than 4 hours with 200 and the reason, starts nothing, and logs it', async () => {
		clockAt(241);
		const call = await callWebhook();
		expect(call.status).toBe(200);
		expect(call.result).toEqual({ noWebhookResponse: true });
		expect(call.body).toMatchObject({ received: true, ignored: 'stale', pushedAt: new Date(PUSHED_AT).toISOString() });
		expect(String((call.body as IDataObject).reason)).toMatch(/241 minutes ago.*Max Push Age \(240 minutes\)/);
		expect(call.warn).toHaveBeenCalledTimes(1);
	});

	it('follows Max Push Age, and 0 switches the check off', async () => {
		clockAt(20);
		expect((await callWebhook({ params: { options: { maxPushAge: 15 } } })).body).toMatchObject({ ignored: 'stale' });
		clockAt(100_000);
		expect(items((await callWebhook({ params: { options: { maxPushAge: 0 } } })).result)).toHaveLength(1);
	});

	it('accepts a timestamp a little ahead of our clock (clock skew)', async () => {
		clockAt(-5);
		expect(items((await callWebhook()).result)).toHaveLength(1);
	});

	it('refuses a push without a readable timestamp with 400 while the check is on', async () => {
		for (const timestamp of [undefined, '', 'yesterday', '-1']) {
			const call = await callWebhook({ rawBody: envelope({ timestamp }) });
			expect(call.status).toBe(400);
			expect(String((call.body as IDataObject).error)).toMatch(/timestamp/);
		}
		const off = await callWebhook({ rawBody: envelope({ timestamp: undefined }), params: { options: { maxPushAge: 0 } } });
		expect(items(off.result)[0]).toMatchObject({ pushedAt: null });
	});

	it('checks the signature before the age: a forged old push is 401, not 200', async () => {
		clockAt(10_000);
		const call = await callWebhook({ headers: { authorization: sign(envelope(), 'someone-else') } });
		expect(call.status).toBe(401);
	});
});

describe('PandaPonTrigger.webhook: hostile bodies get 400, never a crash', () => {
	const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

	it('refuses a signed messageBody nested 20,000 levels deep', async () => {
		const call = await callWebhook({ rawBody: envelope({ messageBody: nested(20_000) }) });
		expect(call.status).toBe(400);
		expect(call.body).toEqual({ received: false, error: 'messageBody is nested deeper than 64 levels' });
	});

	it('refuses an envelope nested 20,000 levels deep, signed or not', async () => {
		const rawBody = `{"messageType":"ORDER_CREATE","messageBody":${nested(20_000)}}`;
		for (const signed of [true, false]) {
			const call = await callWebhook({ rawBody, signed });
			expect(call.status).toBe(400);
			expect(call.body).toEqual({ received: false, error: 'Body is nested deeper than 64 levels' });
		}
	});

	it('refuses a body over 1 MiB before reading the credential', async () => {
		const rawBody = envelope({ messageBody: JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) }) });
		const call = await callWebhook({ rawBody });
		expect(call.status).toBe(400);
		expect(String((call.body as IDataObject).error)).toMatch(/larger than/);
		expect(call.getCredentials).not.toHaveBeenCalled();
	});

	it('reads a messageBody with 20,000 nineteen-digit ids, keeping every digit', async () => {
		const ids = Array.from({ length: 20_000 }, (_, n) => `33050753411491${String(n).padStart(5, '0')}`);
		const call = await callWebhook({ rawBody: envelope({ messageBody: `{"orderIds":[${ids.join(',')}]}` }) });
		expect(call.status).toBe(200);
		const message = items(call.result)[0].message as { orderIds: string[] };
		expect(message.orderIds).toHaveLength(20_000);
		expect(message.orderIds[19_999]).toBe(ids[19_999]);
	});

	it('accepts nesting up to the limit', async () => {
		const call = await callWebhook({ rawBody: envelope({ messageBody: `{"a":${nested(63)}}` }) });
		expect(call.status).toBe(200);
	});
});

describe('PandaPonTrigger.webhook: signature verification switched off', () => {
	it('lets an unsigned message through without reading the credential', async () => {
		const call = await callWebhook({ signed: false, params: { options: { verifySignature: false } } });
		expect(call.status).toBe(200);
		expect(items(call.result)[0].event).toBe('ORDER_CREATE');
		expect(call.getCredentials).not.toHaveBeenCalled();
	});

	it('still rejects payloads it cannot read', async () => {
		const call = await callWebhook({ rawBody: '{"messageType":"ORDER_CREATE","messageBody":"x"}', params: { options: { verifySignature: false } } });
		expect(call.status).toBe(400);
	});
});
