import {
	computeEventId,
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

describe('envelope.computeEventId', () => {
	const body = { orderId: '3305075341149134260', totalAmount: 9800, items: [{ sku: 'a' }] };

	it('ignores key order and whitespace, so a re-serialised redelivery keeps its id', () => {
		const reordered = { items: [{ sku: 'a' }], totalAmount: 9800, orderId: '3305075341149134260' };
		expect(computeEventId('ORDER_CREATE', 1, body)).toBe(computeEventId('ORDER_CREATE', '1', reordered));
	});

	it('changes with the type, the platform or the body content', () => {
		const id = computeEventId('ORDER_CREATE', 1, body);
		expect(computeEventId('ORDER_CANCEL', 1, body)).not.toBe(id);
		expect(computeEventId('ORDER_CREATE', 0, body)).not.toBe(id);
		expect(computeEventId('ORDER_CREATE', 1, { ...body, totalAmount: 9801 })).not.toBe(id);
		expect(computeEventId('ORDER_CREATE', 1, { ...body, items: [{ sku: 'b' }] })).not.toBe(id);
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

	it('names what is wrong', () => {
		expect(parseEnvelope(readBody('{"messageType":"  ","messageBody":"{}"}'))).toEqual({ ok: false, reason: 'messageType is missing' });
		expect(parseEnvelope(readBody('{"messageType":"X","messageBody":"{"}'))).toEqual({ ok: false, reason: 'messageBody is not a JSON string' });
		expect(parseEnvelope(readBody('{"messageType":"X","messageBody":5}'))).toEqual({ ok: false, reason: 'messageBody is missing' });
	});
});
