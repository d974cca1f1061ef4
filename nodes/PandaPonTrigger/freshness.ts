/**
 * The signed push `timestamp` (reference §3: "消息推送时间", push time; the Xportcn example is a millisecond string).
 * A redelivery is the stored message pushed again, so it keeps its timestamp: a push older than PandaPon's whole
 * redelivery schedule (first push + 5 retries × 30 min = 150 min) is a replay, not a delivery.
 */

/** 150 min of retries plus margin for clock skew and slow queues. */
export const DEFAULT_MAX_PUSH_AGE_MINUTES = 240;

const MS_PER_MINUTE = 60_000;
/** Below this a timestamp is read as seconds: 1e11 s is the year 5138, 1e11 ms is 1973. */
const SECONDS_BELOW = 1e11;
const DIGITS = /^\d{1,16}(\.\d{1,6})?$/;

/** Push time in ms since the epoch, from milliseconds or seconds as a number or a digit string; null otherwise. */
export function pushTimeMs(timestamp: unknown): number | null {
	const text =
		typeof timestamp === 'number'
			? String(timestamp)
			: typeof timestamp === 'string'
				? timestamp.trim()
				: '';
	if (!DIGITS.test(text)) return null;
	const value = Number(text);
	if (!(value > 0)) return null;
	const ms = value < SECONDS_BELOW ? value * 1000 : value;
	return Number.isFinite(new Date(ms).getTime()) ? Math.round(ms) : null;
}

/** The editor's "Max Push Age (Minutes)" as milliseconds; 0 (or anything not positive) switches the check off. */
export function maxPushAgeMs(minutes: unknown): number | null {
	const value = typeof minutes === 'number' ? minutes : Number(minutes);
	return Number.isFinite(value) && value > 0 ? value * MS_PER_MINUTE : null;
}

export type Freshness =
	| { ok: true }
	| { ok: false; reason: 'undated' | 'stale'; ageMinutes?: number };

/** Whether a push may start the workflow. A timestamp ahead of our clock counts as age 0 (clock skew). */
export function checkFreshness(
	pushedAtMs: number | null,
	maxAgeMs: number | null,
	now: number,
): Freshness {
	if (maxAgeMs === null) return { ok: true };
	if (pushedAtMs === null) return { ok: false, reason: 'undated' };
	const age = now - pushedAtMs;
	return age > maxAgeMs
		? { ok: false, reason: 'stale', ageMinutes: Math.floor(age / MS_PER_MINUTE) }
		: { ok: true };
}
