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

import { parseLosslessJson } from '../protocol/json';
import { isValidationPass, ValidationPassed } from './dryRun';
import { getEndpoint, type Endpoint, type EndpointKey } from './endpoints';
import { backoffDelay, isRetryableNetworkError, isRetryableStatus, parseRetryAfter, RETRY_POLICY } from './retry';

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

export function resolvePath(endpoint: Endpoint, pathParams: Record<string, string> = {}): string {
	return endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = pathParams[name];
		if (value === undefined || value === '') throw new Error(`Missing path parameter "${name}" for ${endpoint.path}`);
		return encodeURIComponent(value);
	});
}

export function isEnvelopeSuccess(envelope: Envelope, endpoint: Pick<Endpoint, 'envelope' | 'successCodes'>): boolean {
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

interface RawResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** Call one endpoint and return the whole (successful) envelope. Throws NodeApiError on any failure. */
export async function pandaPonCall(
	this: PandaPonContext,
	endpoint: Endpoint,
	args: CallArgs = {},
): Promise<Envelope> {
	const node = this.getNode();
	const itemIndex = args.itemIndex;
	const path = resolvePath(endpoint, args.pathParams);
	const canRetry = endpoint.retry === 'read';
	const isForm = typeof FormData !== 'undefined' && args.body instanceof FormData;

	if (isValidationPass(this)) throw new ValidationPassed(node);

	for (let attempt = 1; ; attempt++) {
		const options: IHttpRequestOptions = {
			method: endpoint.method,
			url: path,
			qs: args.qs,
			headers: { accept: 'application/json' },
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			encoding: 'arraybuffer',
			json: false,
			timeout: REQUEST_TIMEOUT_MS,
		};
		if (args.body !== undefined && endpoint.method !== 'GET') {
			if (isForm) {
				options.body = args.body as FormData;
			} else {
				options.body = JSON.stringify(args.body);
				options.headers!['content-type'] = 'application/json';
			}
		}

		let response: RawResponse;
		const sentAt = Date.now();
		try {
			// An empty list turns off n8n's resend-after-401 so that a write is never sent twice.
			response = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, options, {
				preAuthenticationRetryStatusCode: [],
			})) as RawResponse;
		} catch (error) {
			if (canRetry && attempt < RETRY_POLICY.maxAttempts && isRetryableNetworkError(error)) {
				await sleep(backoffDelay(attempt, undefined));
				continue;
			}
			// n8n rewrites axios' timeout into "The connection was aborted…"; name it, it matters for writes.
			const timedOut = Date.now() - sentAt >= REQUEST_TIMEOUT_MS - 50;
			const reason = timedOut
				? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s (timed out)`
				: ((error as Error).message ?? String(error));
			throw new NodeApiError(node, { message: reason } as JsonObject, {
				message: `Could not reach PandaPon (${describe(endpoint, path)}): ${reason}`,
				description: canRetry ? `Tried ${attempt} time(s).` : NOT_RETRIED_NOTE,
				itemIndex,
			});
		}

		const status = response.statusCode;
		if (isRetryableStatus(status)) {
			const retryAfterMs = parseRetryAfter(response.headers?.['retry-after'], Date.now());
			const waitable = retryAfterMs === undefined || retryAfterMs <= RETRY_POLICY.maxRetryAfterMs;
			if (canRetry && attempt < RETRY_POLICY.maxAttempts && waitable) {
				await sleep(backoffDelay(attempt, retryAfterMs));
				continue;
			}
			throw new NodeApiError(node, { httpCode: String(status) } as JsonObject, {
				message: status === 429 ? 'PandaPon is rate limiting requests (HTTP 429)' : `PandaPon answered HTTP ${status}`,
				description: canRetry ? `${describe(endpoint, path)} failed after ${attempt} attempt(s).` : NOT_RETRIED_NOTE,
				httpCode: String(status),
				itemIndex,
			});
		}
		if (status >= 400) {
			throw new NodeApiError(node, { httpCode: String(status) } as JsonObject, {
				message: `PandaPon answered HTTP ${status} for ${describe(endpoint, path)}`,
				httpCode: String(status),
				itemIndex,
			});
		}

		const text = decodeBody(response.body);
		let envelope: Envelope;
		try {
			envelope = parseLosslessJson<Envelope>(text);
		} catch {
			throw new NodeApiError(node, { body: text.slice(0, 200) } as JsonObject, {
				message: `PandaPon returned a response that is not valid JSON (${describe(endpoint, path)})`,
				description: `First characters: ${text.slice(0, 120)}${canRetry ? '' : `\n${NOT_RETRIED_NOTE}`}`,
				itemIndex,
			});
		}
		if (envelope === null || typeof envelope !== 'object' || !('code' in envelope)) {
			throw new NodeApiError(node, { body: text.slice(0, 200) } as JsonObject, {
				message: `PandaPon returned an unexpected response without a code (${describe(endpoint, path)})`,
				itemIndex,
			});
		}
		if (!isEnvelopeSuccess(envelope, endpoint)) throw envelopeError.call(this, envelope, endpoint, path, itemIndex);
		return envelope;
	}
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

export interface Paging {
	/** Page-number parameter name, as documented per endpoint. */
	pageParam: 'pageNum' | 'pageNo' | 'beginPage';
	sizeParam?: 'pageSize';
	/** Where the paging parameters go. */
	in: 'query' | 'body';
	/** Largest page size the endpoint accepts (or our conservative choice). */
	maxPageSize: number;
	/** Pull the records (and the total, when the API gives one) out of `data`. */
	extract: (data: unknown) => { records: IDataObject[]; total?: number };
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
		const { records, total } = paging.extract(data);

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
