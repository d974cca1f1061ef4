/**
 * Lossless JSON for the sandbox, written from the API reference independently of the node's own parser so that
 * each checks the other. PandaPon's 1688 order ids (e.g. 2540608320348880794) exceed 2^53 and appear as bare JSON
 * numbers, which `JSON.parse`/`JSON.stringify` would round.
 *   parseJson:     integer literals outside Number's safe range become `bigint`, digit for digit.
 *   stringifyJson: `bigint` values are written as bare JSON numbers with their exact digits.
 * Both use the native JSON functions plus a marker string that carries the digits through them.
 */
import { randomBytes } from 'crypto';

const TOKEN = randomBytes(6).toString('hex');
/** What a marker string looks like after JSON.parse / inside JSON.stringify's input (starts with U+0000). */
const MARK = `\u0000${TOKEN}:`;
/** The same marker as JSON text, where U+0000 is written as the six characters `\u0000`. */
const MARK_IN_TEXT = `\\u0000${TOKEN}:`;
const MARKED_NUMBER = new RegExp(`"\\\\u0000${TOKEN}:(-?\\d+)"`, 'g');
const CANONICAL_INTEGER = /^-?(0|[1-9]\d*)$/;
const MIGHT_BE_UNSAFE = /\d{16}/;

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** Wrap integer literals (outside strings) that are not safe integers in marker strings. */
function markUnsafeIntegers(text: string): string {
	let out = '';
	let copiedUpTo = 0;
	let i = 0;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (c === 34 /* " */) {
			i++;
			while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
			i++;
			continue;
		}
		if (c !== 45 /* - */ && !isDigit(c)) {
			i++;
			continue;
		}
		const start = i;
		i++;
		while (i < text.length && (isDigit(text.charCodeAt(i)) || '.eE+-'.includes(text[i]))) i++;
		const literal = text.slice(start, i);
		if (CANONICAL_INTEGER.test(literal) && !Number.isSafeInteger(Number(literal))) {
			out += `${text.slice(copiedUpTo, start)}"${MARK_IN_TEXT}${literal}"`;
			copiedUpTo = i;
		}
	}
	return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

function reviveMarkedIntegers(_key: string, value: unknown): unknown {
	return typeof value === 'string' && value.startsWith(MARK) ? BigInt(value.slice(MARK.length)) : value;
}

/** JSON.parse that keeps every integer digit: unsafe integers come back as bigint. Throws SyntaxError like JSON.parse. */
export function parseJson(text: string): unknown {
	if (!MIGHT_BE_UNSAFE.test(text)) return JSON.parse(text);
	const marked = markUnsafeIntegers(text);
	return marked === text ? JSON.parse(text) : JSON.parse(marked, reviveMarkedIntegers);
}

/** JSON.stringify that writes bigint values as exact JSON numbers. */
export function stringifyJson(value: unknown, indent?: number): string {
	let sawBigInt = false;
	const text = JSON.stringify(
		value,
		(_key, v: unknown) => {
			if (typeof v !== 'bigint') return v;
			sawBigInt = true;
			return `${MARK}${v.toString()}`;
		},
		indent,
	);
	return sawBigInt ? text.replace(MARKED_NUMBER, '$1') : text;
}

/** An id as a JSON number with exact digits (for fields the docs show as numbers, e.g. 1688 `baseInfo.id`). */
export function exactNumber(digits: string): bigint | number {
	const n = Number(digits);
	return Number.isSafeInteger(n) ? n : BigInt(digits);
}
