/**
 * Input validation with zod, before any request. A failure names the field, the item and what was expected,
 * and is raised as a NodeOperationError so that nothing is sent.
 */
import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { parseUserJson, type BigIntegers } from '../protocol/json';
import { parseAlibabaOfferId, parseOrderId, parseTaobaoItemId } from './ids';

export function formatPath(path: ReadonlyArray<string | number>): string {
	let out = '';
	for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
	return out || '(input)';
}

/** zod's own wording for a type mismatch; a schema's custom message is kept as written. */
const DEFAULT_TYPE_MESSAGE = /^(Required|Expected .+, received .+)$/;

function describeIssue(issue: z.ZodIssue): string {
	const field = formatPath(issue.path);
	if (issue.code === 'invalid_type' && DEFAULT_TYPE_MESSAGE.test(issue.message)) {
		return issue.received === 'undefined'
			? `${field}: is required (expected ${issue.expected})`
			: `${field}: expected ${issue.expected}, received ${issue.received}`;
	}
	return `${field}: ${issue.message}`;
}

export function parseInput<S extends z.ZodTypeAny>(
	this: IExecuteFunctions,
	schema: S,
	input: unknown,
	itemIndex: number,
): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const issues = result.error.issues.map(describeIssue);
	throw new NodeOperationError(this.getNode(), `Invalid input in item ${itemIndex}: ${issues[0]}`, {
		itemIndex,
		description: `Nothing was sent to PandaPon. ${issues.length > 1 ? `All problems: ${issues.join('; ')}` : issues[0]}`,
	});
}

/**
 * A parameter that accepts JSON text or an already-parsed value (from a previous node). The text is parsed
 * losslessly (protocol/json.ts): integers beyond 2^53 keep every digit, as text (`bigIntegers: 'string'`, for
 * fields that take ids as text) or as BigInts that the transport writes back as the same JSON number.
 */
export function jsonValue<S extends z.ZodTypeAny>(schema: S, bigIntegers: BigIntegers = 'string') {
	return z.preprocess((value, ctx) => {
		if (typeof value !== 'string') return value;
		if (value.trim() === '') return undefined;
		try {
			return parseUserJson(value, bigIntegers);
		} catch (error) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected valid JSON (${(error as Error).message})` });
			return z.NEVER;
		}
	}, schema);
}

/**
 * The one list rule, for every field that takes several values (README "Lists"): a list from an expression as it
 * is; a JSON array typed as text (`["a","b"]`, `[75,76]`, parsed losslessly); otherwise text split on commas,
 * semicolons, spaces and new lines, empty entries dropped. A single number is a list of one; nothing is an empty list.
 */
export const LIST_SEPARATORS = /[\s,;]+/;

export function splitList(text: string): string[] {
	return text.split(LIST_SEPARATORS).filter((entry) => entry !== '');
}

/** The preprocess step of every list field (see splitList). */
export function listInput(value: unknown, ctx: z.RefinementCtx): unknown {
	if (value === undefined || value === null) return [];
	if (typeof value === 'number' || typeof value === 'bigint') return [value];
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (!text.startsWith('[')) return splitList(text);
	try {
		const parsed = parseUserJson(text);
		if (Array.isArray(parsed)) return parsed;
	} catch {
		// reported below
	}
	ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected a JSON array such as ["a","b"], or entries separated by commas, spaces or new lines' });
	return z.NEVER;
}

/** A list field (see listInput), each entry checked by `entry`. */
export function commaList<S extends z.ZodTypeAny>(entry: S, invalidTypeMessage: string) {
	return z.preprocess(listInput, z.array(entry, { invalid_type_error: invalidTypeMessage }));
}

/** Ids are strings of digits; numbers from expressions are accepted only while they are exact. */
export const numericId = (label = 'a numeric id') =>
	z.preprocess(
		(value) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : value),
		z.string({ invalid_type_error: `expected ${label} as text` }).regex(/^\d{1,20}$/, `expected ${label} (digits only)`),
	);

/**
 * A whole number of at least `min` (quantities, amounts in fen). Digit text from an expression is accepted;
 * anything else fails with the given message (zod's coercion would say "received nan").
 */
export function wholeNumber(message: string, min = 0) {
	return z.preprocess(
		(value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
		z.custom<number>((value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= min, message),
	);
}

function idOrUrl(parse: (input: string) => string | undefined, label: string) {
	return z.preprocess(
		(value) => {
			if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
			if (typeof value !== 'string') return value;
			return parse(value) ?? value;
		},
		z.string({ invalid_type_error: `expected ${label}` }).regex(/^\d{1,20}$/, `expected ${label}`),
	);
}

export const taobaoItemIdSchema = () =>
	idOrUrl(parseTaobaoItemId, 'a Taobao item ID or item link (for example https://item.taobao.com/item.htm?id=672991141190)');
export const alibabaOfferIdSchema = () =>
	idOrUrl(parseAlibabaOfferId, 'a 1688 offer ID or offer link (for example https://detail.1688.com/offer/706627393257.html)');
export const orderIdSchema = () => idOrUrl(parseOrderId, 'a numeric order ID or an order link containing orderId=');

/**
 * The one rule for every count (quantities of pieces): decimal digits (text from JSON or an expression) or a
 * number, a safe integer, greater than 0. "0x10", "0b11", "1e3", 1e300 and rounded unsafe integers are refused.
 */
export const COUNT_MESSAGE = 'expected a positive whole number of pieces (decimal digits, for example 3)';
export const quantitySchema = wholeNumber(COUNT_MESSAGE, 1);
