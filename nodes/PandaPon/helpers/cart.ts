/**
 * Whole-number fields of the cart and Taobao order operations (quantities, amounts in fen). Digit text from an
 * expression is accepted; anything else fails with the given message (zod's own would say "received nan").
 */
import { z } from 'zod';

export function wholeNumber(message: string, min = 0) {
	return z.preprocess(
		(value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
		z.custom<number>((value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= min, message),
	);
}
