import { canonicalJson, computeEventId, type MessageFields } from '../../../nodes/PandaPonTrigger/identity';

const PUSHED_AT = 1_779_263_269_913;
const body = { orderId: '3305075341149134260', totalAmount: 9800, items: [{ sku: 'a' }] };
const fields = (overrides: Partial<MessageFields> = {}): MessageFields => ({
	messageType: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
	messagePlatform: 1,
	pushedAtMs: PUSHED_AT,
	timestamp: String(PUSHED_AT),
	message: body,
	...overrides,
});

describe('identity.computeEventId (Redelivery Match: Same Message, the default)', () => {
	it('gives a redelivery the id of the original, even re-serialised', () => {
		const reordered = { items: [{ sku: 'a' }], totalAmount: 9800, orderId: '3305075341149134260' };
		expect(computeEventId(fields({ messagePlatform: '1', timestamp: PUSHED_AT, message: reordered }))).toBe(computeEventId(fields()));
		expect(computeEventId(fields())).toMatch(/^[0-9a-f]{32}$/);
	});

	it('gives a genuine repeat (same body, new push time) a new id', () => {
		expect(computeEventId(fields({ pushedAtMs: PUSHED_AT + 1 }))).not.toBe(computeEventId(fields()));
	});

	it('changes with the type, the platform or the body content', () => {
		const id = computeEventId(fields());
		expect(computeEventId(fields({ messageType: 'ORDER_CANCEL' }))).not.toBe(id);
		expect(computeEventId(fields({ messagePlatform: 0 }))).not.toBe(id);
		expect(computeEventId(fields({ message: { ...body, totalAmount: 9801 } }))).not.toBe(id);
		expect(computeEventId(fields({ message: { ...body, items: [{ sku: 'b' }] } }))).not.toBe(id);
	});

	it('uses the raw timestamp when it is not a readable time', () => {
		const odd = fields({ pushedAtMs: null, timestamp: 'later' });
		expect(computeEventId(odd)).toBe(computeEventId({ ...odd }));
		expect(computeEventId(odd)).not.toBe(computeEventId(fields({ pushedAtMs: null, timestamp: 'sooner' })));
	});
});

describe('identity.computeEventId (Redelivery Match: Same Content)', () => {
	it('leaves the push time out, so a re-stamped retry and a genuine repeat share the id', () => {
		expect(computeEventId(fields({ pushedAtMs: PUSHED_AT + 30 * 60_000 }), 'content')).toBe(computeEventId(fields(), 'content'));
		expect(computeEventId(fields(), 'content')).not.toBe(computeEventId(fields(), 'message'));
	});
});

describe('identity.canonicalJson', () => {
	it('sorts keys at every level and keeps arrays in order', () => {
		expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
	});

	it('refuses to recurse beyond the nesting limit instead of overflowing the stack', () => {
		let deep: unknown = 1;
		for (let i = 0; i < 20_000; i++) deep = [deep];
		expect(() => canonicalJson(deep)).toThrow(RangeError);
		expect(() => canonicalJson(deep)).toThrow(/nested deeper than 64/);
	});
});
