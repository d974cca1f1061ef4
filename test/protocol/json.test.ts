import { parseLosslessJson, quoteUnsafeIntegers, reviverSeesSource } from '../../nodes/PandaPon/protocol/json';

const body =
	'{"code":200,"data":{"id":2540608320348880794,"neg":-9007199254740993,"safe":672991141190,"price":12.5,"exp":1e21,' +
	'"text":"id 2540608320348880794 in a string","escaped":"quote \\" 12345678901234567890","list":[1,2540608320348880795]}}';

describe.each([
	['native reviver (Node 24) or scanner (Node 20)', false],
	['scanner', true],
])('lossless JSON via %s', (_name, forceScanner) => {
	const parsed = parseLosslessJson<{ data: Record<string, unknown> }>(body, forceScanner).data;

	it('keeps integers beyond 2^53 digit for digit as strings', () => {
		expect(parsed.id).toBe('2540608320348880794');
		expect(parsed.neg).toBe('-9007199254740993');
		expect(parsed.list).toEqual([1, '2540608320348880795']);
	});

	it('leaves safe integers, decimals, exponents and strings alone', () => {
		expect(parsed.safe).toBe(672991141190);
		expect(parsed.price).toBe(12.5);
		expect(parsed.exp).toBe(1e21);
		expect(parsed.text).toBe('id 2540608320348880794 in a string');
		expect(parsed.escaped).toBe('quote " 12345678901234567890');
	});
});

describe('lossless JSON', () => {
	it('reports whether this runtime gives the reviver source text', () => {
		const major = Number(process.versions.node.split('.')[0]);
		expect(reviverSeesSource).toBe(major >= 21);
	});

	it('rejects invalid JSON like JSON.parse does', () => {
		expect(() => parseLosslessJson('{"id": 2540608320348880794,')).toThrow();
	});

	it('does not touch text without long digit runs', () => {
		const text = '{"a":1,"b":"x"}';
		expect(quoteUnsafeIntegers(text)).toBe(text);
	});
});
