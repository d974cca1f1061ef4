import { MAX_NESTING_DEPTH, byteLength, nestsDeeperThan } from '../../../nodes/PandaPonTrigger/limits';

describe('limits.nestsDeeperThan', () => {
	it('counts [ and { nesting, up to and beyond the limit', () => {
		expect(nestsDeeperThan(`${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}`)).toBe(false);
		expect(nestsDeeperThan(`${'[{"a":'.repeat(33)}1${'}]'.repeat(33)}`)).toBe(true);
		expect(nestsDeeperThan('{"a":[1,{"b":2}],"c":{}}', 3)).toBe(false);
		expect(nestsDeeperThan('{"a":[1,{"b":2}],"c":{}}', 2)).toBe(true);
	});

	it('ignores brackets inside strings, escaped quotes included', () => {
		expect(nestsDeeperThan(JSON.stringify({ text: '[[[[[[', quote: '\\"[[[[', end: '"{{{{' }), 1)).toBe(false);
	});

	it('answers for 20,000 levels without recursion', () => {
		expect(nestsDeeperThan(`${'['.repeat(20_000)}${']'.repeat(20_000)}`)).toBe(true);
	});
});

describe('limits.byteLength', () => {
	it('measures strings as UTF-8 and Buffers as they are', () => {
		expect(byteLength('订单')).toBe(6);
		expect(byteLength(Buffer.from('abc'))).toBe(3);
		expect(byteLength(undefined)).toBe(0);
	});
});
