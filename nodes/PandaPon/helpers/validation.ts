/**
 * Input validation with zod, before any request (the parse phase). A failure names the field, the item and what
 * was expected, and is raised as a NodeOperationError so that nothing is sent. The one module for ids, lists,
 * counts and money: every operation takes these rules from here.
 */
import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { parseUserJson, type BigIntegers } from '../protocol/json';
import { editorLabel } from './fieldLabels';
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
	// The description names each field as the editor labels it; the message keeps the path (it also shows list positions).
	let operation: string | undefined;
	try {
		operation = this.getNodeParameter('operation', itemIndex, '') as string;
	} catch {
		operation = undefined; // a context without the parameter: the first field of that name is labelled
	}
	const labelled = result.error.issues.map((issue, index) => {
		const label = editorLabel(issue.path, operation);
		return label === undefined ? issues[index] : `"${label}" (${issues[index]})`;
	});
	throw new NodeOperationError(this.getNode(), `Invalid input in item ${itemIndex}: ${issues[0]}`, {
		itemIndex,
		description: `Nothing was sent to PandaPon. ${labelled.length > 1 ? `All problems: ${labelled.join('; ')}` : labelled[0]}`,
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
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: `expected valid JSON (${(error as Error).message})`,
			});
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
	ctx.addIssue({
		code: z.ZodIssueCode.custom,
		message:
			'expected a JSON array such as ["a","b"], or entries separated by commas, spaces or new lines',
	});
	return z.NEVER;
}

/** A list field (see listInput), each entry checked by `entry`. */
export function commaList<S extends z.ZodTypeAny>(entry: S, invalidTypeMessage: string) {
	return z.preprocess(listInput, z.array(entry, { invalid_type_error: invalidTypeMessage }));
}

/** Ids are strings of digits; numbers from expressions are accepted only while they are exact. */
export const numericId = (label = 'a numeric id') =>
	z.preprocess(
		(value) =>
			typeof value === 'number' && Number.isSafeInteger(value)
				? String(value)
				: typeof value === 'string'
					? value.trim()
					: value,
		z
			.string({ invalid_type_error: `expected ${label} as text` })
			.regex(/^\d{1,20}$/, `expected ${label} (digits only)`),
	);

/**
 * A whole number of at least `min` (quantities, amounts in fen). Digit text from an expression is accepted;
 * anything else fails with the given message (zod's coercion would say "received nan").
 */
export function wholeNumber(message: string, min = 0) {
	return z.preprocess(
		(value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
		z.custom<number>(
			(value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= min,
			message,
		),
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
	idOrUrl(
		parseTaobaoItemId,
		'a Taobao item ID or item link (for example https://item.taobao.com/item.htm?id=672991141190)',
	);
export const alibabaOfferIdSchema = () =>
	idOrUrl(
		parseAlibabaOfferId,
		'a 1688 offer ID or offer link (for example https://detail.1688.com/offer/706627393257.html)',
	);
export const orderIdSchema = () =>
	idOrUrl(parseOrderId, 'a numeric order ID or an order link containing orderId=');

/**
 * The one rule for every count (quantities of pieces): decimal digits (text from JSON or an expression) or a
 * number, a safe integer, greater than 0. "0x10", "0b11", "1e3", 1e300 and rounded unsafe integers are refused.
 */
export const COUNT_MESSAGE =
	'expected a positive whole number of pieces (decimal digits, for example 3)';
export const quantitySchema = wholeNumber(COUNT_MESSAGE, 1);

// ---- Ids: digit ids as text (19 digits exceed 2^53), lists of them, opaque text ids ----

/**
 * A 1688 order id as text. A JS number above 2^53 has already lost digits (2540608320348880794 becomes ...881000),
 * so it is refused with a hint instead of being sent rounded.
 */
export const alibabaOrderIdSchema = (label = 'order ID') =>
	z.preprocess((value, ctx) => {
		if (typeof value === 'number' && !Number.isSafeInteger(value)) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: `the ${label} arrived as a number too large to be exact (${value}); pass it as text, e.g. {{ String(...) }} or a string field such as idOfStr`,
			});
			return z.NEVER;
		}
		if (
			value === undefined ||
			value === null ||
			(typeof value === 'string' && value.trim() === '')
		) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is required (a 1688 ${label})` });
			return z.NEVER;
		}
		return value;
	}, orderIdSchema());

/** A list of ids (the one list rule, helpers/validation.ts listInput). */
export const orderIdListSchema = (label = 'order ID') =>
	z.preprocess(
		listInput,
		z
			.array(alibabaOrderIdSchema(label), { invalid_type_error: `expected a list of ${label}s` })
			.min(1, `expected at least one ${label}`)
			.transform((ids) => [...new Set(ids)]),
	);

/** 19-digit ids stay strings (they exceed 2^53); a list field (the one list rule, helpers/validation.ts listInput). */
export const idList = (label: string) =>
	z.preprocess(
		(value, ctx) => {
			const list = listInput(value, ctx);
			return Array.isArray(list)
				? list.map((entry) =>
						typeof entry === 'number' && Number.isSafeInteger(entry) ? String(entry) : entry,
					)
				: list;
		},
		z
			.array(
				z
					.string({ invalid_type_error: `expected ${label}s as text` })
					.regex(/^\d{1,20}$/, `expected ${label}s (digits only)`),
				{
					invalid_type_error: `expected comma-separated ${label}s`,
					required_error: `${label}s are required`,
				},
			)
			.min(1, `at least one ${label} is required`),
	);

/** Ids such as itemId "2048232789087639" are text; exact numbers from JSON are accepted, rounded ones are not. */
export const textId = (label: string) =>
	z.preprocess(
		(value, ctx) => {
			if (typeof value === 'number') {
				if (Number.isSafeInteger(value)) return String(value);
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					message: `the ${label} arrived as a number too large to be exact (${value}); pass it as text`,
				});
				return z.NEVER;
			}
			return typeof value === 'string' ? value.trim() : value;
		},
		z
			.string({
				required_error: `is required (a ${label})`,
				invalid_type_error: `expected a ${label} as text`,
			})
			.min(1, `is required (a ${label})`)
			.regex(/^[A-Za-z0-9_-]+$/, `expected a ${label} (letters, digits, - or _)`),
	);

/** Like textId, but empty means "not given". */
export const optionalTextId = (label: string) =>
	z.preprocess(
		(value) =>
			value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value,
		textId(label).optional(),
	);

const CART_ID_MESSAGE = 'expected a cart record ID (a whole number such as 75)';

/** One cart record id: digits as text or a whole number, sent as a JSON number. */
export const cartIdSchema = () =>
	z.preprocess(
		(value) =>
			typeof value === 'number' && Number.isSafeInteger(value)
				? String(value)
				: typeof value === 'string'
					? value.trim()
					: value,
		z
			.string({ required_error: 'is required', invalid_type_error: CART_ID_MESSAGE })
			.regex(/^\d{1,15}$/, CART_ID_MESSAGE)
			.transform(Number)
			.refine((id) => id > 0, CART_ID_MESSAGE),
	);

/** A list of cart record ids from "75, 76", "[75,76]", 75 or an array. */
export const cartIdsSchema = () =>
	z.preprocess(
		listInput,
		z
			.array(cartIdSchema(), {
				invalid_type_error: 'expected cart record IDs separated by commas, or an array of them',
			})
			.min(1, 'expected at least one cart record ID'),
	);

// ---- Counts and money in fen, typed as digits in an expression or as numbers ----

/** Decimal digits typed as text in an expression ("2") are accepted; anything else ("0x10", "1e3") is reported. */
const fromText = (value: unknown) =>
	typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value) ? Number(value) : value;

export const enumNumber = (label: string) =>
	z.preprocess(
		fromText,
		z
			.number({
				invalid_type_error: `expected ${label} as a whole number`,
				required_error: `${label} is required`,
			})
			// refine, not .int(): the shared error formatter would replace .int()'s message with "received float".
			.refine(Number.isSafeInteger, `expected ${label} as a whole number`),
	);

export const fen = (label: string) =>
	z.preprocess(
		fromText,
		z
			.number({
				invalid_type_error: `expected ${label} in fen as a whole number`,
				required_error: `${label} is required`,
			})
			.nonnegative(`expected ${label} of 0 or more`)
			.refine(
				Number.isSafeInteger,
				`expected ${label} in fen as a whole number (100 fen = 1 yuan)`,
			),
	);
