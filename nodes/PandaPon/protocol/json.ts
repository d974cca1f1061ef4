/**
 * Lossless JSON for PandaPon: 1688 order ids such as 2540608320348880794 exceed 2^53 and arrive as JSON numbers.
 * `parseLosslessJson` turns every integer literal outside the safe range into a string, digit for digit.
 * Node 24's JSON.parse hands the reviver each literal's source text; on runtimes without it (Node 20), a small
 * scanner quotes long integer literals before parsing. Both paths are tested.
 */

type ReviverWithSource = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

const INTEGER_LITERAL = /^-?\d+$/;
const LONG_DIGIT_RUN = /\d{16,}/;

function reviveUnsafeIntegers(_key: string, value: unknown, context?: { source?: string }): unknown {
	if (typeof value === 'number' && !Number.isSafeInteger(value) && context?.source && INTEGER_LITERAL.test(context.source)) {
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

/** Quote integer literals (outside strings) that are not safe integers. Used where the reviver lacks source text. */
export function quoteUnsafeIntegers(text: string): string {
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
				else if (d === 34) { i++; break; } else i++;
			}
			continue;
		}
		if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
			const start = i;
			i++;
			while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
			const next = text.charCodeAt(i);
			const isInteger = !(next === 46 /* . */ || next === 101 /* e */ || next === 69 /* E */);
			if (isInteger) {
				const literal = text.slice(start, i);
				if (!Number.isSafeInteger(Number(literal))) {
					out += text.slice(last, start) + '"' + literal + '"';
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
