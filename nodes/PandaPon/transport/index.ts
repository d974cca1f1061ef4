/**
 * The one transport: every PandaPon call goes through `pandaPonCall`. It signs (via the credential's
 * `authenticate`, run by n8n on every attempt), unwraps the envelope, maps errors to NodeApiError, parses JSON
 * losslessly, and retries reads only. Pagination is `pandaPonRequestAllItems`.
 */
import {
	NodeApiError,
	NodeOperationError,
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IPollFunctions,
	type JsonObject,
} from 'n8n-workflow';

import { parseLosslessJson, stringifyJson } from '../protocol/json';
import { getEndpoint, type Endpoint, type EndpointKey, type PagingRule } from './endpoints';
import { recallWrite, recordWrite, writeKey } from './writeRecord';
import {
	backoffDelay,
	isRetryableNetworkError,
	isRetryableStatus,
	parseRetryAfter,
	RETRY_POLICY,
} from './retry';

export type PandaPonContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export const CREDENTIAL_TYPE = 'pandaPonApi';
export const REQUEST_TIMEOUT_MS = 30_000;

export interface Envelope {
	requestId?: string | null;
	code?: number | string | null;
	msg?: string | null;
	data?: unknown;
	developId?: string | number | null;
}

export interface CallArgs {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | FormData;
	pathParams?: Record<string, string>;
	itemIndex?: number;
}

const NOT_RETRIED_NOTE =
	'This request can create, pay, cancel or submit, so it was not retried automatically. Check the state in PandaPon (for example with a Get operation) before running it again.';

/** The plain statement every write with an unknown outcome ends with (no "retry immediately" next to it). */
export const UNKNOWN_OUTCOME = 'The request may or may not have been processed.';

const REPLAYED_NOTE =
	'Not sent again: an earlier try of this execution (for example Retry On Fail) sent this same request and got no clear answer.';

/** Network error codes that mean the request never reached PandaPon (nothing can have been processed). */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

export function resolvePath(endpoint: Endpoint, pathParams: Record<string, string> = {}): string {
	return endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = pathParams[name];
		if (value === undefined || value === '')
			throw new Error(`Missing path parameter "${name}" for ${endpoint.path}`);
		return encodeURIComponent(value);
	});
}

export function isEnvelopeSuccess(
	envelope: Envelope,
	endpoint: Pick<Endpoint, 'envelope' | 'successCodes'>,
): boolean {
	const code = Number(envelope.code);
	if (endpoint.successCodes) return endpoint.successCodes.includes(code);
	return code === 200 || (endpoint.envelope === 'thin' && code === 0);
}

function describe(endpoint: Endpoint, path: string): string {
	return `${endpoint.method} ${path}`;
}

function decodeBody(body: unknown): string {
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
	if (body === undefined || body === null) return '';
	return JSON.stringify(body);
}

/** The first network error code (ECONNRESET, ETIMEDOUT …) in an error and its causes. */
function networkErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; current && depth < 5; depth++) {
		const candidate = current as { code?: unknown; cause?: unknown };
		if (typeof candidate.code === 'string' && /^E[A-Z_]+$/.test(candidate.code))
			return candidate.code;
		current = candidate.cause;
	}
	return undefined;
}

/**
 * Our own words for a failed connection, without error codes: n8n's NodeApiError replaces any message that names
 * one (ECONNRESET …) with its own wording, whose "You can retry the request immediately" is wrong for a write.
 */
function connectionFailure(error: unknown, elapsedMs: number): string {
	if (elapsedMs >= REQUEST_TIMEOUT_MS - 50)
		return `no answer came within ${REQUEST_TIMEOUT_MS / 1000} s (timed out)`;
	const code = networkErrorCode(error);
	const text = String((error as Error)?.message ?? error);
	if (code === 'ECONNREFUSED') return 'the connection was refused';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name could not be resolved';
	if (
		code === 'ECONNRESET' ||
		code === 'EPIPE' ||
		/socket hang up|closed unexpectedly/i.test(text)
	) {
		return 'the connection was dropped before PandaPon answered';
	}
	if (code === 'ETIMEDOUT' || code === 'ECONNABORTED' || /timed out|aborted/i.test(text))
		return 'the connection timed out';
	if (code) return 'the connection failed';
	return text
		.replace(
			/\s*(You can retry the request immediately|consider setting the 'Retry on Fail')[^.]*\.?/gi,
			'',
		)
		.trim();
}

interface RawResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** One call as it goes on the wire: the resolved path, the body as sent, and whether it may be retried. */
interface Outgoing {
	endpoint: Endpoint;
	args: CallArgs;
	path: string;
	canRetry: boolean;
	isForm: boolean;
	sendsBody: boolean;
	bodyText?: string;
}

/** Builds a write's "may have been processed" error, remembering it so that no retry of this execution resends it. */
type UnknownOutcome = (
	message: string,
	description: string,
	extra?: { httpCode?: string; body?: string },
) => NodeApiError;

function outgoing(endpoint: Endpoint, args: CallArgs): Outgoing {
	const isForm = typeof FormData !== 'undefined' && args.body instanceof FormData;
	const sendsBody = args.body !== undefined && endpoint.method !== 'GET';
	return {
		endpoint,
		args,
		path: resolvePath(endpoint, args.pathParams),
		canRetry: endpoint.retry === 'read',
		isForm,
		sendsBody,
		bodyText: sendsBody && !isForm ? stringifyJson(args.body) : undefined,
	};
}

function requestOptions(call: Outgoing): IHttpRequestOptions {
	const options: IHttpRequestOptions = {
		method: call.endpoint.method,
		url: call.path,
		qs: call.args.qs,
		headers: { accept: 'application/json' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Signed headers must never follow a redirect to another host: a 3xx is reported, not followed.
		disableFollowRedirect: true,
		encoding: 'arraybuffer',
		json: false,
		timeout: REQUEST_TIMEOUT_MS,
	};
	if (call.sendsBody && call.isForm) options.body = call.args.body as FormData;
	if (call.sendsBody && !call.isForm) {
		options.body = call.bodyText;
		options.headers!['content-type'] = 'application/json';
	}
	return options;
}

/** Call one endpoint and return the whole (successful) envelope. Throws NodeApiError on any failure. */
export async function pandaPonCall(
	this: PandaPonContext,
	endpoint: Endpoint,
	args: CallArgs = {},
): Promise<Envelope> {
	const node = this.getNode();
	const itemIndex = args.itemIndex;
	const call = outgoing(endpoint, args);

	// Writes: what an earlier try of this execution got for this exact request decides whether it is sent at all.
	const recordKey = call.canRetry
		? undefined
		: await writeKey(this, {
				method: endpoint.method,
				path: call.path,
				qs: args.qs,
				body: call.isForm ? args.body : call.bodyText,
				itemIndex,
			});
	const recorded = recordKey ? recallWrite<Envelope>(recordKey) : undefined;
	if (recorded?.outcome === 'done')
		return checkData.call(this, structuredClone(recorded.envelope), endpoint, itemIndex);
	if (recorded?.outcome === 'unknown') {
		throw new NodeApiError(node, { message: recorded.message } as JsonObject, {
			message: recorded.message,
			description: `${REPLAYED_NOTE} ${recorded.description}`,
			itemIndex,
		});
	}
	const unknownOutcome: UnknownOutcome = (message, description, extra = {}) => {
		if (recordKey) recordWrite(recordKey, { outcome: 'unknown', message, description });
		return new NodeApiError(node, { message, ...extra } as JsonObject, {
			message,
			description,
			...(extra.httpCode ? { httpCode: extra.httpCode } : {}),
			itemIndex,
		});
	};

	const response = await sendWithRetry.call(this, call, unknownOutcome);
	const envelope = decodeEnvelope.call(this, call, response, unknownOutcome);
	if (recordKey) recordWrite(recordKey, { outcome: 'done', envelope });
	return checkData.call(this, envelope, endpoint, itemIndex);
}

/**
 * Sends the call until it gets an answer below HTTP 300: reads are retried on network errors and retryable statuses
 * (with backoff, honouring Retry-After, signed afresh by n8n on every attempt); writes are sent once.
 */
async function sendWithRetry(
	this: PandaPonContext,
	call: Outgoing,
	unknownOutcome: UnknownOutcome,
): Promise<RawResponse> {
	const node = this.getNode();
	const { endpoint, path, canRetry } = call;
	const itemIndex = call.args.itemIndex;
	for (let attempt = 1; ; attempt++) {
		let response: RawResponse;
		const sentAt = Date.now();
		try {
			// An empty list turns off n8n's resend-after-401 so that a write is never sent twice.
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				requestOptions(call),
				{
					preAuthenticationRetryStatusCode: [],
				},
			)) as RawResponse;
		} catch (error) {
			if (canRetry && attempt < RETRY_POLICY.maxAttempts && isRetryableNetworkError(error)) {
				await sleep(backoffDelay(attempt, undefined));
				continue;
			}
			throw connectionError.call(this, call, error, Date.now() - sentAt, attempt, unknownOutcome);
		}

		const status = response.statusCode;
		if (status >= 300 && status < 400) {
			const location = response.headers?.location;
			throw new NodeApiError(node, { httpCode: String(status) } as JsonObject, {
				message: `PandaPon answered HTTP ${status} for ${describe(endpoint, path)}, a redirect to ${location ? String(location) : 'no Location'}`,
				description:
					'Redirects are not followed, so that signed headers and bodies never go to another address. Check the Base URL of the credential (for example http:// instead of https://, or a missing path prefix).',
				httpCode: String(status),
				itemIndex,
			});
		}
		if (isRetryableStatus(status)) {
			const retryAfterMs = parseRetryAfter(response.headers?.['retry-after'], Date.now());
			const waitable = retryAfterMs === undefined || retryAfterMs <= RETRY_POLICY.maxRetryAfterMs;
			if (canRetry && attempt < RETRY_POLICY.maxAttempts && waitable) {
				await sleep(backoffDelay(attempt, retryAfterMs));
				continue;
			}
			if (status === 429 || canRetry) {
				throw new NodeApiError(node, { httpCode: String(status) } as JsonObject, {
					message:
						status === 429
							? 'PandaPon is rate limiting requests (HTTP 429)'
							: `PandaPon answered HTTP ${status}`,
					description: canRetry
						? `${describe(endpoint, path)} failed after ${attempt} attempt(s).`
						: NOT_RETRIED_NOTE,
					httpCode: String(status),
					itemIndex,
				});
			}
			throw unknownOutcome(
				`PandaPon answered HTTP ${status} (${describe(endpoint, path)}). ${UNKNOWN_OUTCOME}`,
				NOT_RETRIED_NOTE,
				{
					httpCode: String(status),
				},
			);
		}
		if (status >= 400) {
			throw new NodeApiError(node, { httpCode: String(status) } as JsonObject, {
				message: `PandaPon answered HTTP ${status} for ${describe(endpoint, path)}`,
				httpCode: String(status),
				itemIndex,
			});
		}
		return response;
	}
}

/** A connection that failed for good: a read or a never-sent write says so; any other write has an unknown outcome. */
function connectionError(
	this: PandaPonContext,
	call: Outgoing,
	error: unknown,
	elapsedMs: number,
	attempt: number,
	unknownOutcome: UnknownOutcome,
): NodeApiError {
	const reason = connectionFailure(error, elapsedMs);
	const code = networkErrorCode(error);
	const where = describe(call.endpoint, call.path);
	if (call.canRetry || (code !== undefined && NEVER_SENT_CODES.has(code))) {
		return new NodeApiError(this.getNode(), { message: reason } as JsonObject, {
			message: `Could not reach PandaPon (${where}): ${reason}`,
			description: call.canRetry
				? `Tried ${attempt} time(s).`
				: 'The request did not reach PandaPon, so nothing was processed. It was not retried automatically.',
			itemIndex: call.args.itemIndex,
		});
	}
	return unknownOutcome(
		`${where} was sent to PandaPon, but ${reason}. ${UNKNOWN_OUTCOME}`,
		NOT_RETRIED_NOTE,
	);
}

/** The answer's envelope, parsed losslessly; an answer that is not one, or a business error, is thrown. */
function decodeEnvelope(
	this: PandaPonContext,
	call: Outgoing,
	response: RawResponse,
	unknownOutcome: UnknownOutcome,
): Envelope {
	const { endpoint, path, canRetry } = call;
	const itemIndex = call.args.itemIndex;
	const node = this.getNode();
	const text = decodeBody(response.body);
	let envelope: Envelope;
	try {
		envelope = parseLosslessJson<Envelope>(text);
	} catch {
		const message = `PandaPon returned a response that is not valid JSON (${describe(endpoint, path)})`;
		const first = `First characters: ${text.slice(0, 120)}`;
		if (!canRetry)
			throw unknownOutcome(message, `${UNKNOWN_OUTCOME} ${first}\n${NOT_RETRIED_NOTE}`, {
				body: text.slice(0, 200),
			});
		throw new NodeApiError(node, { body: text.slice(0, 200) } as JsonObject, {
			message,
			description: first,
			itemIndex,
		});
	}
	if (envelope === null || typeof envelope !== 'object' || !('code' in envelope)) {
		const message = `PandaPon returned an unexpected response without a code (${describe(endpoint, path)})`;
		if (!canRetry)
			throw unknownOutcome(message, `${UNKNOWN_OUTCOME}\n${NOT_RETRIED_NOTE}`, {
				body: text.slice(0, 200),
			});
		throw new NodeApiError(node, { body: text.slice(0, 200) } as JsonObject, {
			message,
			itemIndex,
		});
	}
	if (!isEnvelopeSuccess(envelope, endpoint))
		throw envelopeError.call(this, envelope, endpoint, path, itemIndex);
	return envelope;
}

/**
 * The endpoint's refusal inside a success envelope (catalogue `dataFailure`), as a NodeApiError with the code, the
 * message and the requestId. It comes after the write record: a Retry On Fail replays the same refusal, never the call.
 */
function checkData(
	this: PandaPonContext,
	envelope: Envelope,
	endpoint: Endpoint,
	itemIndex?: number,
): Envelope {
	const rule = endpoint.dataFailure;
	const data = envelope.data as Record<string, unknown> | null | undefined;
	if (!rule || typeof data !== 'object' || data === null || data[rule.flag] !== false)
		return envelope;
	const code = String(data[rule.code] || 'unknown');
	const msg = String(data[rule.message] || 'no message');
	const requestId = envelope.requestId ?? 'none';
	throw new NodeApiError(this.getNode(), { code, msg, requestId } as JsonObject, {
		message: `${rule.refusal} (${code}): ${msg}`,
		description: `requestId: ${requestId}. Nothing was retried.`,
		itemIndex,
	});
}

/** PandaPon's business error (HTTP 200 with code ≠ 200) as a NodeApiError carrying code, msg and requestId. */
export function envelopeError(
	this: PandaPonContext,
	envelope: Envelope,
	endpoint: Endpoint,
	path: string,
	itemIndex?: number,
): NodeApiError {
	const code = String(envelope.code);
	const msg = envelope.msg ?? 'no message';
	const requestId = envelope.requestId ?? 'none';
	return new NodeApiError(
		this.getNode(),
		{ code, msg, requestId, endpoint: describe(endpoint, path) } as JsonObject,
		{
			message: `PandaPon error ${code}: ${msg}`,
			description: `requestId: ${requestId} (${describe(endpoint, path)}). Quote the requestId to PandaPon support.`,
			httpCode: code,
			itemIndex,
		},
	);
}

/** Call a catalogued endpoint and return its `data`. */
export async function pandaPonRequest<T = unknown>(
	this: PandaPonContext,
	key: EndpointKey,
	args: CallArgs = {},
): Promise<T> {
	const envelope = await pandaPonCall.call(this, getEndpoint(key), args);
	return envelope.data as T;
}

export interface Paging extends Omit<PagingRule, 'records' | 'total'> {
	sizeParam?: 'pageSize';
	/** Pull the records (and the total, when the API gives one) out of `data`. */
	extract: (data: unknown) => { records: IDataObject[]; total?: number };
}

/**
 * An announced total as a count, or undefined when the API gave none: `null`, `""`, a missing field or anything
 * that is not a whole number means "unknown", never 0 (Number(null) is 0 and would end a listing after page 1).
 */
export function parseTotal(value: unknown): number | undefined {
	if (typeof value === 'number')
		return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
	if (typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)) return Number(value);
	return undefined;
}

const isRecord = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const RECORD_KEYS = ['data', 'list', 'records', 'items', 'result'] as const;
const TOTAL_KEYS = ['totalRecords', 'total', 'totalCount'] as const;

/**
 * Records and total of one page. Documented 1688 pages are `{totalRecords, data[]}`; several Taobao list endpoints
 * are undocumented, so a bare array and the usual `{total, list|records|items}` wrappers are accepted too.
 */
export function extractPage(data: unknown): { records: IDataObject[]; total?: number } {
	if (Array.isArray(data)) return { records: data.filter(isRecord) };
	if (!isRecord(data)) return { records: [] };
	const key = RECORD_KEYS.find((name) => Array.isArray(data[name]));
	const records = key ? (data[key] as unknown[]).filter(isRecord) : [];
	const totalKey = TOTAL_KEYS.find((name) => parseTotal(data[name]) !== undefined);
	return { records, total: totalKey === undefined ? undefined : parseTotal(data[totalKey]) };
}

/** How a catalogued list endpoint pages, from its catalogue entry. */
export function pagingOf(key: EndpointKey): Paging {
	const rule = (getEndpoint(key) as Endpoint).paging;
	if (!rule) throw new Error(`${key} has no paging in the endpoint catalogue`);
	const { records, total, ...parameters } = rule;
	if (!records) return { ...parameters, extract: extractPage };
	return {
		...parameters,
		extract: (data) => {
			const page = isRecord(data) ? data : {};
			const list = page[records];
			return {
				records: Array.isArray(list) ? list.filter(isRecord) : [],
				total: total ? parseTotal(page[total]) : undefined,
			};
		},
	};
}

export interface AllItemsArgs extends CallArgs {
	returnAll: boolean;
	limit?: number;
}

/** Hard stop for "Return All": no real list needs more pages than this at PandaPon's page sizes. */
export const MAX_PAGES = 2_000;

/**
 * Page through a list endpoint. Stops at the limit, on an empty page, when the announced total is reached (or,
 * when the API announces none, on a short page), when a page repeats the previous one (an API ignoring the page
 * parameter), or at MAX_PAGES. With a total, a short page does not stop the listing: a server that caps the page
 * size below what we ask must not cut the list short.
 */
export async function pandaPonRequestAllItems(
	this: PandaPonContext,
	key: EndpointKey,
	paging: Paging,
	args: AllItemsArgs,
): Promise<IDataObject[]> {
	const limit = args.returnAll ? Infinity : Math.max(1, Math.floor(args.limit ?? 50));
	const pageSize = Math.min(paging.maxPageSize, limit);
	const sizeParam = paging.sizeParam ?? 'pageSize';
	const results: IDataObject[] = [];
	let previousFingerprint: string | undefined;
	let fetched = 0;

	for (let page = 1; page <= MAX_PAGES; page++) {
		const pagingValues = { [paging.pageParam]: page, [sizeParam]: pageSize };
		const callArgs: CallArgs =
			paging.in === 'query'
				? { ...args, qs: { ...(args.qs ?? {}), ...pagingValues } }
				: { ...args, body: { ...((args.body as IDataObject) ?? {}), ...pagingValues } };
		const data = await pandaPonRequest.call(this, key, callArgs);
		const extracted = paging.extract(data);
		const records = extracted.records;
		// A total below what this page alone holds is not a total (for example 0 next to a full page).
		const total =
			extracted.total !== undefined && extracted.total >= records.length
				? extracted.total
				: undefined;

		const fingerprint = records.length ? JSON.stringify(records) : '';
		if (fingerprint && fingerprint === previousFingerprint) break;
		previousFingerprint = fingerprint;

		fetched += records.length;
		for (const record of records) {
			if (results.length >= limit) break;
			results.push(record);
		}
		if (results.length >= limit || records.length === 0) return results;
		if (total !== undefined ? fetched >= total : records.length < pageSize) return results;
		if (page === MAX_PAGES) {
			throw new NodeOperationError(this.getNode(), `Stopped after ${MAX_PAGES} pages of ${key}`, {
				description: 'Use Limit or narrower filters.',
				itemIndex: args.itemIndex,
			});
		}
	}
	return results;
}
