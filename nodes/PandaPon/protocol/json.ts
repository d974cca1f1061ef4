/**
 * Lossless JSON for PandaPon: 1688 order ids such as 2540608320348880794 exceed 2^53 and arrive as JSON numbers.
 * `parseLosslessJson` turns every integer literal outside the safe range into a string, digit for digit.
 * Node 24's JSON.parse hands the reviver each literal's source text; on runtimes without it (Node 20), a small
 * scanner quotes long integer literals before parsing. Both paths are tested.
 */

import { randomBytes } from 'crypto';

type ReviverWithSource = (
	this: unknown,
	key: string,
	value: unknown,
	context?: { source?: string },
) => unknown;

const INTEGER_LITERAL = /^-?\d+$/;
const LONG_DIGIT_RUN = /\d{16,}/;

function reviveUnsafeIntegers(
	_key: string,
	value: unknown,
	context?: { source?: string },
): unknown {
	if (
		typeof value === 'number' &&
		!Number.isSafeInteger(value) &&
		context?.source &&
		INTEGER_LITERAL.test(context.source)
	) {
		return context.source;
	}
	return value;
}

export const reviverSeesSource: boolean = (() => {
	let seen = false;
	(JSON.parse as (text: string, reviver: ReviverWithSource) => unknown)('1', (_k, v, context) => {
		seen = typeof context?.source === 'string';
		return v;
	});
	return seen;
})();

/**
 * Quote integer literals (outside strings) that are not safe integers, with `prefix` before the digits. Used where
 * the reviver lacks source text.
 */
export function quoteUnsafeIntegers(text: string, prefix = ''): string {
	let out = '';
	let last = 0;
	let i = 0;
	const n = text.length;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 34 /* " */) {
			i++;
			while (i < n) {
				const d = text.charCodeAt(i);
				if (d === 92 /* \ */) i += 2;
				else if (d === 34) {
					i++;
					break;
				} else i++;
			}
			continue;
		}
		if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
			const start = i;
			i++;
			while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
			const next = text.charCodeAt(i);
			const isInteger = !((next === 46 /* . */ || next === 101 /* e */ || next === 69) /* E */);
			if (isInteger) {
				const literal = text.slice(start, i);
				if (!Number.isSafeInteger(Number(literal))) {
					out += text.slice(last, start) + '"' + prefix + literal + '"';
					last = i;
				}
			} else {
				while (i < n && /[0-9.eE+-]/.test(text[i])) i++;
			}
			continue;
		}
		i++;
	}
	return last === 0 ? text : out + text.slice(last);
}

export function parseLosslessJson<T = unknown>(text: string, forceScanner = false): T {
	if (!LONG_DIGIT_RUN.test(text)) return JSON.parse(text) as T;
	if (reviverSeesSource && !forceScanner) {
		return (JSON.parse as (t: string, r: ReviverWithSource) => T)(text, reviveUnsafeIntegers);
	}
	return JSON.parse(quoteUnsafeIntegers(text)) as T;
}

export type BigIntegers = 'string' | 'bigint';

/**
 * JSON a user typed (a custom call body, address or order-line JSON, sort JSON), parsed without rounding: integers
 * beyond 2^53 become strings (ids, which the typed fields take as text) or, with `bigIntegers: 'bigint'`, BigInts
 * that `stringifyJson` writes back as the same JSON number (the custom call sends what the user typed).
 */
export function parseUserJson<T = unknown>(
	text: string,
	bigIntegers: BigIntegers = 'string',
	forceScanner = false,
): T {
	if (bigIntegers === 'string') return parseLosslessJson<T>(text, forceScanner);
	if (!LONG_DIGIT_RUN.test(text)) return JSON.parse(text) as T;
	if (reviverSeesSource && !forceScanner) {
		return (JSON.parse as (t: string, r: ReviverWithSource) => T)(text, (key, value, context) => {
			const kept = reviveUnsafeIntegers(key, value, context);
			return kept === value ? value : BigInt(kept as string);
		});
	}
	const marker = `bigint${nonceText()}:`;
	return JSON.parse(quoteUnsafeIntegers(text, marker), (_key, value: unknown) =>
		typeof value === 'string' && value.startsWith(marker)
			? BigInt(value.slice(marker.length))
			: value,
	) as T;
}

/** A marker no user text contains: BigInts travel through JSON.parse / JSON.stringify as marked strings. */
function nonceText(): string {
	return randomBytes(12).toString('hex');
}

/**
 * JSON.stringify that writes BigInts as JSON numbers, digit for digit. The replacer reads the holder's own value,
 * because a BigInt.prototype.toJSON installed by someone else would already have turned it into a string.
 */
export function stringifyJson(value: unknown): string {
	let found = false;
	const marker = `bigint${nonceText()}:`;
	const text = JSON.stringify(
		value,
		function (this: Record<string, unknown>, key: string, entry: unknown) {
			const original = this[key];
			if (typeof original !== 'bigint') return entry;
			found = true;
			return `${marker}${original.toString()}`;
		},
	);
	if (!found) return text;
	return text.replace(new RegExp(`"${marker}(-?\\d+)"`, 'g'), '$1');
}
