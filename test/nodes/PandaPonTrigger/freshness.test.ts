import { DEFAULT_MAX_PUSH_AGE_MINUTES, checkFreshness, maxPushAgeMs, pushTimeMs } from '../../../nodes/PandaPonTrigger/freshness';

const PUSHED_AT = 1_779_263_269_913;
const MINUTE = 60_000;

describe('freshness.pushTimeMs', () => {
	it('reads milliseconds and seconds, as numbers or digit strings', () => {
		expect(pushTimeMs('1779263269913')).toBe(PUSHED_AT);
		expect(pushTimeMs(PUSHED_AT)).toBe(PUSHED_AT);
		expect(pushTimeMs(' 1779263269 ')).toBe(1779263269000);
		expect(pushTimeMs(1779263269.5)).toBe(1779263269500);
	});

	it('gives null for anything that is not a time', () => {
		for (const bad of [undefined, null, '', 'yesterday', '-5', 0, '1e12', {}, '9'.repeat(40), true]) expect(pushTimeMs(bad)).toBeNull();
	});
});

describe('freshness.maxPushAgeMs', () => {
	it('turns the editor minutes into ms, and 0 or junk into "off"', () => {
		expect(maxPushAgeMs(240)).toBe(240 * MINUTE);
		expect(maxPushAgeMs('15')).toBe(15 * MINUTE);
		for (const off of [0, -1, 'x', null, undefined]) expect(maxPushAgeMs(off)).toBeNull();
	});
});

describe('freshness.checkFreshness', () => {
	const max = maxPushAgeMs(DEFAULT_MAX_PUSH_AGE_MINUTES);

	it("by default covers PandaPon's 5 retries 30 minutes apart, with margin", () => {
		expect(DEFAULT_MAX_PUSH_AGE_MINUTES).toBeGreaterThanOrEqual(5 * 30 + 60);
		expect(checkFreshness(PUSHED_AT, max, PUSHED_AT + 150 * MINUTE)).toEqual({ ok: true });
		expect(checkFreshness(PUSHED_AT, max, PUSHED_AT + 240 * MINUTE)).toEqual({ ok: true });
	});

	it('calls an older push stale, with its age in minutes', () => {
		expect(checkFreshness(PUSHED_AT, max, PUSHED_AT + 240 * MINUTE + 1)).toEqual({ ok: false, reason: 'stale', ageMinutes: 240 });
		expect(checkFreshness(PUSHED_AT, max, PUSHED_AT + 10 * 24 * 60 * MINUTE)).toMatchObject({ ok: false, ageMinutes: 14_400 });
	});

	it('accepts a push stamped ahead of our clock, and needs a timestamp only while on', () => {
		expect(checkFreshness(PUSHED_AT + 10 * MINUTE, max, PUSHED_AT)).toEqual({ ok: true });
		expect(checkFreshness(null, max, PUSHED_AT)).toEqual({ ok: false, reason: 'undated' });
		expect(checkFreshness(null, null, PUSHED_AT)).toEqual({ ok: true });
		expect(checkFreshness(0, null, PUSHED_AT)).toEqual({ ok: true });
	});
});
