import {
	isVerifyPing,
	parseEnvelope,
	readBody,
	toIsoDate,
	toPlatform,
} from '../../../nodes/PandaPonTrigger/envelope';

describe('envelope.readBody', () => {
	it('decodes a Buffer and keeps unsafe integers as strings', () => {
		const body = readBody(Buffer.from('{"id":2542285634920880794,"n":7}'));
		expect(body).toEqual({ text: '{"id":2542285634920880794,"n":7}', isJson: true, parsed: { id: '2542285634920880794', n: 7 } });
	});

	it('refuses, without parsing, a body over 1 MiB or nested deeper than 64 levels', () => {
		expect(readBody('x'.repeat(1024 * 1024 + 1)).refused).toMatch(/larger than 1048576 bytes/);
		expect(readBody(`${'['.repeat(65)}${']'.repeat(65)}`).refused).toBe('Body is nested deeper than 64 levels');
		const limit = readBody(`${'['.repeat(64)}${']'.repeat(64)}`);
		expect(limit.isJson).toBe(true);
		expect(limit.refused).toBeUndefined();
	});

	it('never throws on bad input', () => {
		expect(readBody('{oops').isJson).toBe(false);
		expect(readBody(undefined)).toEqual({ text: '', isJson: false, parsed: undefined });
	});
});

describe('envelope.isVerifyPing', () => {
	it('treats empty, {} and unsigned non-messages as pings, and anything signed or typed as a message', () => {
		expect(isVerifyPing(readBody(''), true)).toBe(true);
		expect(isVerifyPing(readBody('{}'), true)).toBe(true);
		expect(isVerifyPing(readBody('hello'), false)).toBe(true);
		expect(isVerifyPing(readBody('hello'), true)).toBe(false);
		expect(isVerifyPing(readBody('{"messageType":"ORDER_CREATE"}'), false)).toBe(false);
		expect(isVerifyPing(readBody('{"foo":1}'), true)).toBe(false);
	});
});

describe('envelope.toPlatform and toIsoDate', () => {
	it('maps 0/1 as numbers or strings, anything else to unknown', () => {
		expect([0, '0', 1, '1', 2, undefined, null].map(toPlatform)).toEqual([
			'taobao', 'taobao', '1688', '1688', 'unknown', 'unknown', 'unknown',
		]);
	});

	it('reads milliseconds and seconds, and gives null for what is not a time', () => {
		expect(toIsoDate('1779263269913')).toBe(new Date(1779263269913).toISOString());
		expect(toIsoDate(1779263269)).toBe(new Date(1779263269000).toISOString());
		expect(toIsoDate(' 1779263269913 ')).toBe(new Date(1779263269913).toISOString());
		for (const bad of [undefined, null, '', 'yesterday', '-5', 0, '1e12', {}]) expect(toIsoDate(bad)).toBeNull();
	});
});

describe('envelope.parseEnvelope', () => {
	it('keeps the original messageBody string next to the parsed message', () => {
		const messageBody = '{"refundId":"TQ123","orderId":3296711100591134260}';
		const result = parseEnvelope(readBody(JSON.stringify({ messageType: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND', messageBody, messagePlatform: 1 })));
		expect(result).toMatchObject({
			ok: true,
			event: { message: { refundId: 'TQ123', orderId: '3296711100591134260' }, raw: { messageBody } },
		});
	});

	it('gives the push time in ms alongside the event, and names a too-deep messageBody', () => {
		const ok = parseEnvelope(readBody(JSON.stringify({ messageType: 'X', messageBody: '{}', timestamp: '1779263269' })));
		expect(ok).toMatchObject({ ok: true, pushedAtMs: 1779263269000 });
		const deep = JSON.stringify({ messageType: 'X', messageBody: `${'{"a":'.repeat(100)}1${'}'.repeat(100)}` });
		expect(parseEnvelope(readBody(deep))).toEqual({ ok: false, reason: 'messageBody is nested deeper than 64 levels' });
	});

	it('names what is wrong', () => {
		expect(parseEnvelope(readBody('{"messageType":"  ","messageBody":"{}"}'))).toEqual({ ok: false, reason: 'messageType is missing' });
		expect(parseEnvelope(readBody('{"messageType":"X","messageBody":"{"}'))).toEqual({ ok: false, reason: 'messageBody is not a JSON string' });
		expect(parseEnvelope(readBody('{"messageType":"X","messageBody":5}'))).toEqual({ ok: false, reason: 'messageBody is missing' });
	});
});
