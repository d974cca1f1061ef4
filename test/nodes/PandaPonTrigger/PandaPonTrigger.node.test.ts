import { ORDER_CREATE_BODY, SECRET, callWebhook, envelope, sign } from './webhookContext';

function items(result: Awaited<ReturnType<typeof callWebhook>>['result']) {
	return result.workflowData?.[0]?.map((item) => item.json) ?? [];
}

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
		const rawBody = '{"messageType":"ORDER_PAY_SUCCESS","messagePlatform":1,"messageBody":{"orderId":2542285634920880794}}';
		const call = await callWebhook({ rawBody });
		expect(items(call.result)[0]).toMatchObject({ message: { orderId: '2542285634920880794' }, pushedAt: null });
	});

	it('maps platform 0 to taobao and accepts a seconds timestamp', async () => {
		const call = await callWebhook({ rawBody: envelope({ messagePlatform: 0, timestamp: '1754342534' }) });
		expect(items(call.result)[0]).toMatchObject({ platform: 'taobao', pushedAt: '2025-08-04T21:22:14.000Z' });
	});

	it('accepts the signature in uppercase hex', async () => {
		const rawBody = envelope();
		const call = await callWebhook({ rawBody, headers: { authorization: sign(rawBody).toUpperCase() } });
		expect(call.status).toBe(200);
		expect(items(call.result)).toHaveLength(1);
	});

	it('verifies the exact bytes received, not a re-serialisation', async () => {
		const rawBody = `{ "messageType" : "ORDER_CREATE",\n  "messagePlatform": 1, "messageBody": ${JSON.stringify(ORDER_CREATE_BODY)} }`;
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
	const first = envelope({ timestamp: '1779263269913' });
	// PandaPon's timestamp is the push time, so a redelivery 30 minutes later may carry a new one.
	const redelivery = envelope({ timestamp: '1779265069913' });

	it('drops the same message pushed again when the option is on (the default)', async () => {
		const staticData = {};
		const one = await callWebhook({ rawBody: first, staticData });
		const two = await callWebhook({ rawBody: redelivery, staticData });
		expect(items(one.result)).toHaveLength(1);
		expect(two.status).toBe(200);
		expect(two.result.workflowData).toBeUndefined();
		expect(two.body).toMatchObject({ ignored: 'redelivery', eventId: items(one.result)[0].eventId });
	});

	it('passes it again when the option is off, with the same eventId', async () => {
		const staticData = {};
		const params = { dropRedeliveries: false };
		const one = await callWebhook({ rawBody: first, staticData, params });
		const two = await callWebhook({ rawBody: redelivery, staticData, params });
		expect(items(two.result)).toHaveLength(1);
		expect(items(two.result)[0].eventId).toBe(items(one.result)[0].eventId);
	});

	it('does not drop a different message', async () => {
		const staticData = {};
		await callWebhook({ rawBody: first, staticData });
		const paid = await callWebhook({ rawBody: envelope({ messageType: 'ORDER_PAY_SUCCESS' }), staticData });
		expect(items(paid.result)).toHaveLength(1);
	});

	it('keeps its memory bounded at 500 ids, forgetting the oldest', async () => {
		const now = Date.now();
		const staticData = { recentEvents: Array.from({ length: 500 }, (_, i) => ({ id: `old-${i}`, at: now })) };
		await callWebhook({ staticData });
		const remembered = staticData.recentEvents.map((entry) => entry.id);
		expect(remembered).toHaveLength(500);
		expect(remembered).not.toContain('old-0');
		expect(remembered).toContain('old-1');
	});

	it('does not remember filtered or rejected messages', async () => {
		const staticData: { recentEvents?: unknown[] } = {};
		await callWebhook({ staticData, params: { events: ['ORDER_CANCEL'] } });
		await callWebhook({ staticData, signed: false });
		expect(staticData.recentEvents).toBeUndefined();
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
