/**
 * Ceilings that keep every push cheap, whatever its body. PandaPon's messages are a few hundred bytes and two levels
 * deep (reference §3.1); anything far beyond that is broken or hostile and gets a 400 before any recursive step.
 */

/** Larger raw bodies are refused before they are parsed or hashed. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Deeper `[`/`{` nesting is refused; everything after the check may recurse this deep at most. */
export const MAX_NESTING_DEPTH = 64;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** True when JSON text nests arrays/objects deeper than `limit` (strings skipped). One pass, no recursion. */
export function nestsDeeperThan(text: string, limit: number = MAX_NESTING_DEPTH): boolean {
	let depth = 0;
	const length = text.length;
	for (let i = 0; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) {
			for (i++; i < length; i++) {
				const inner = text.charCodeAt(i);
				if (inner === BACKSLASH) i++;
				else if (inner === QUOTE) break;
			}
		} else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
			if (++depth > limit) return true;
		} else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
			depth--;
		}
	}
	return false;
}

/** Byte length of the raw body as received (a string is measured as UTF-8). */
export function byteLength(rawBody: Buffer | string | undefined): number {
	if (rawBody === undefined) return 0;
	return typeof rawBody === 'string' ? Buffer.byteLength(rawBody, 'utf8') : rawBody.length;
}
