/**
 * `rtsTime` is unix seconds as text (ref 4.12 W4 example "1754342534"). People give dates, so this accepts unix
 * seconds, unix milliseconds, ISO / SQL date text (read in the workflow's time zone when it has no offset), JS Dates
 * and Luxon DateTimes from expressions, and always sends seconds.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

const EXPECTED = 'expected a date such as 2025-08-04T21:22:14 or unix seconds such as 1754342534';

function toSeconds(value: unknown, zone: string): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value) && value > 0)
		return Math.floor(value >= 1e12 ? value / 1000 : value);
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? undefined : Math.floor(value.getTime() / 1000);
	if (DateTime.isDateTime(value)) return value.isValid ? Math.floor(value.toSeconds()) : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d{9,13}$/.test(text)) return toSeconds(Number(text), zone);
	for (const parse of [DateTime.fromISO, DateTime.fromSQL, DateTime.fromRFC2822]) {
		const date = parse(text, { zone, setZone: true });
		if (date.isValid) return Math.floor(date.toSeconds());
	}
	return undefined;
}

export const rtsTimeSchema = (zone: string) =>
	z.unknown().transform((value, ctx) => {
		if (value === undefined || value === null || value === '') {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is required (${EXPECTED})` });
			return z.NEVER;
		}
		const seconds = toSeconds(value, zone);
		if (seconds === undefined) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: EXPECTED });
			return z.NEVER;
		}
		return String(seconds);
	});
