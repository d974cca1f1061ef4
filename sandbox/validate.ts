/**
 * Field-by-field reading of request bodies and queries. Every failure is an envelope error 400 whose msg names the
 * field path (`cargoParamList[0].quantity`) and what was expected, like the node's own validation messages.
 * Query and multipart values are text, so a `text` reader also accepts digit strings for integers.
 */
import { parseJson } from './json';
import { badRequest } from './envelope';

export type Json = Record<string, unknown>;

export function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'bigint') return 'number';
	return typeof value;
}

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const DIGITS = /^\d{1,25}$/;
const INTEGER_TEXT = /^-?\d{1,15}$/;

interface IntRange {
	min?: number;
	max?: number;
}

export class Reader {
	constructor(
		private readonly values: Json,
		private readonly prefix = '',
		private readonly text = false,
	) {}

	/** A reader over a JSON request body, which must be an object. */
	static body(value: unknown): Reader {
		if (!isObject(value)) throw badRequest(`body: expected a JSON object, got ${describe(value)}`);
		return new Reader(value);
	}

	/** A reader over text values (query string, multipart fields). */
	static text(values: Record<string, string>): Reader {
		return new Reader(values, '', true);
	}

	path(key: string): string {
		return `${this.prefix}${key}`;
	}

	raw(key: string): unknown {
		return this.values[key];
	}

	has(key: string): boolean {
		const value = this.values[key];
		return value !== undefined && value !== null && value !== '';
	}

	private required(key: string): unknown {
		if (!this.has(key)) throw badRequest(`${this.path(key)}: required`);
		return this.values[key];
	}

	private wrongType(key: string, expected: string): never {
		throw badRequest(`${this.path(key)}: expected ${expected}, got ${describe(this.values[key])}`);
	}

	string(key: string): string {
		const value = this.required(key);
		if (typeof value !== 'string') this.wrongType(key, 'a string');
		return value;
	}

	optString(key: string): string | undefined {
		return this.has(key) ? this.string(key) : undefined;
	}

	oneOf<T extends string>(key: string, allowed: readonly T[]): T {
		const value = this.string(key);
		if (!allowed.includes(value as T)) throw badRequest(`${this.path(key)}: expected one of ${allowed.join(', ')}, got "${value}"`);
		return value as T;
	}

	int(key: string, range: IntRange = {}): number {
		let value = this.required(key);
		if (this.text && typeof value === 'string' && INTEGER_TEXT.test(value)) value = Number(value);
		if (typeof value !== 'number' || !Number.isInteger(value)) this.wrongType(key, 'an integer');
		if (range.min !== undefined && value < range.min) throw badRequest(`${this.path(key)}: must be at least ${range.min}, got ${value}`);
		if (range.max !== undefined && value > range.max) throw badRequest(`${this.path(key)}: must be at most ${range.max}, got ${value}`);
		return value;
	}

	optInt(key: string, range: IntRange = {}): number | undefined {
		return this.has(key) ? this.int(key, range) : undefined;
	}

	/** An integer that the docs send as a string (e.g. `orderLineList[].quantity: "200"`); numbers are accepted too. */
	intText(key: string, range: IntRange = {}): number {
		const value = this.required(key);
		if (typeof value === 'string' && !INTEGER_TEXT.test(value.trim())) this.wrongType(key, 'an integer (as a string or number)');
		return new Reader({ [key]: typeof value === 'string' ? Number(value.trim()) : value }, this.prefix).int(key, range);
	}

	/** An id that may arrive as a digit string, a JSON number or (beyond 2^53) a bigint; returned as a string. */
	id(key: string): string {
		const value = this.required(key);
		return this.idValue(value, this.path(key));
	}

	optId(key: string): string | undefined {
		return this.has(key) ? this.id(key) : undefined;
	}

	private idValue(value: unknown, path: string): string {
		if (typeof value === 'bigint' && value >= BigInt(0)) return value.toString();
		if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
		if (typeof value === 'string' && DIGITS.test(value.trim())) return value.trim();
		throw badRequest(`${path}: expected a numeric id (string or integer), got ${typeof value === 'string' ? `"${value}"` : describe(value)}`);
	}

	/** A non-empty array of ids (strings or numbers). */
	ids(key: string): string[] {
		const list = this.array(key);
		if (list.length === 0) throw badRequest(`${this.path(key)}: must not be empty`);
		return list.map((value, i) => this.idValue(value, `${this.path(key)}[${i}]`));
	}

	/** A non-empty array of integers. */
	intArray(key: string): number[] {
		const list = this.array(key);
		if (list.length === 0) throw badRequest(`${this.path(key)}: must not be empty`);
		return list.map((value, i) => {
			if (typeof value !== 'number' || !Number.isInteger(value)) {
				throw badRequest(`${this.path(key)}[${i}]: expected an integer, got ${describe(value)}`);
			}
			return value;
		});
	}

	stringArray(key: string): string[] {
		return this.array(key).map((value, i) => {
			if (typeof value !== 'string') throw badRequest(`${this.path(key)}[${i}]: expected a string, got ${describe(value)}`);
			return value;
		});
	}

	array(key: string): unknown[] {
		const value = this.required(key);
		if (!Array.isArray(value)) this.wrongType(key, 'an array');
		return value;
	}

	object(key: string): Reader {
		const value = this.required(key);
		if (!isObject(value)) this.wrongType(key, 'an object');
		return new Reader(value, `${this.path(key)}.`);
	}

	optObject(key: string): Reader | undefined {
		return this.has(key) ? this.object(key) : undefined;
	}

	/** A non-empty array of objects, each as a reader with an indexed path. */
	objects(key: string): Reader[] {
		const list = this.array(key);
		if (list.length === 0) throw badRequest(`${this.path(key)}: must not be empty`);
		return list.map((value, i) => {
			if (!isObject(value)) throw badRequest(`${this.path(key)}[${i}]: expected an object, got ${describe(value)}`);
			return new Reader(value, `${this.path(key)}[${i}].`);
		});
	}

	/** A field documented as a JSON-encoded string (e.g. `/open/order` `receiver`); objects are rejected. */
	jsonString(key: string, expected: 'object' | 'array'): unknown {
		const value = this.required(key);
		if (typeof value !== 'string') this.wrongType(key, `a JSON-encoded ${expected} as a string`);
		let parsed: unknown;
		try {
			parsed = parseJson(value);
		} catch (error) {
			throw badRequest(`${this.path(key)}: expected a JSON-encoded ${expected}, but the string is not valid JSON (${(error as Error).message})`);
		}
		const ok = expected === 'array' ? Array.isArray(parsed) : isObject(parsed);
		if (!ok) throw badRequest(`${this.path(key)}: expected a JSON-encoded ${expected}, got a JSON ${describe(parsed)}`);
		return parsed;
	}

	/** Reader over an already-parsed nested value (e.g. the array inside a JSON string). */
	static nested(values: unknown[], path: string): Reader[] {
		if (values.length === 0) throw badRequest(`${path}: must not be empty`);
		return values.map((value, i) => {
			if (!isObject(value)) throw badRequest(`${path}[${i}]: expected an object, got ${describe(value)}`);
			return new Reader(value, `${path}[${i}].`);
		});
	}

	static nestedObject(value: Json, path: string): Reader {
		return new Reader(value, `${path}.`);
	}
}

const PAGE_KEYS = ['pageNum', 'pageNo', 'beginPage', 'currentPage'];

/**
 * Page parameters with the endpoint's own names (pageNum / pageNo / beginPage). Another endpoint's page key is
 * rejected instead of ignored, so a client using the wrong name does not silently read page 1 forever.
 */
export function readPage(reader: Reader, pageKey: string, defaults: { pageSize: number; maxPageSize: number }) {
	const foreign = PAGE_KEYS.find((key) => key !== pageKey && reader.has(key));
	if (foreign) throw badRequest(`${reader.path(foreign)}: not a parameter of this endpoint; use ${pageKey}`);
	const page = reader.optInt(pageKey, { min: 1 }) ?? 1;
	const pageSize = reader.optInt('pageSize', { min: 1, max: defaults.maxPageSize }) ?? defaults.pageSize;
	return { page, pageSize };
}

export function slicePage<T>(items: T[], page: number, pageSize: number): T[] {
	return items.slice((page - 1) * pageSize, page * pageSize);
}
