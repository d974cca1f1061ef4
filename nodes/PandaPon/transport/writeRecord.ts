/**
 * What each write of this process got back, so that n8n's Retry On Fail (which runs the node's execute() again in
 * the same process, for the same execution) never sends a write twice:
 *   - a write PandaPon carried out is answered from the record, without a request;
 *   - a write whose outcome is unknown (5xx, timeout, dropped connection, unreadable answer) fails again with the
 *     same "may or may not have been processed" error, without a request;
 *   - a write PandaPon clearly refused (an API error code, HTTP 4xx, a redirect) is not recorded and may be sent again.
 * A write is identified by execution, node, item and a fingerprint of the request as sent (method, path, query,
 * body), so a retry that would send something different is a new write. The record is bounded in size and age.
 */
import { createHash } from 'crypto';
import type { IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

export type RecordedOutcome<T> =
	| { outcome: 'done'; envelope: T }
	| { outcome: 'unknown'; message: string; description: string };

export const WRITE_RECORD_LIMITS = {
	maxEntries: 5_000,
	maxAgeMs: 24 * 60 * 60 * 1000,
} as const;

interface Entry {
	at: number;
	value: RecordedOutcome<unknown>;
}

const entries = new Map<string, Entry>();

function prune(now: number): void {
	for (const [key, entry] of entries) {
		if (
			entries.size <= WRITE_RECORD_LIMITS.maxEntries &&
			now - entry.at <= WRITE_RECORD_LIMITS.maxAgeMs
		)
			break;
		entries.delete(key);
	}
}

export function recallWrite<T>(key: string, now = Date.now()): RecordedOutcome<T> | undefined {
	const entry = entries.get(key);
	if (!entry) return undefined;
	if (now - entry.at > WRITE_RECORD_LIMITS.maxAgeMs) {
		entries.delete(key);
		return undefined;
	}
	return entry.value as RecordedOutcome<T>;
}

export function recordWrite<T>(key: string, value: RecordedOutcome<T>, now = Date.now()): void {
	entries.delete(key);
	entries.set(key, { at: now, value });
	prune(now);
}

/** For tests: the number of writes remembered. */
export const recordedWriteCount = () => entries.size;

async function bodyFingerprint(body: unknown): Promise<string> {
	if (body === undefined) return '';
	if (typeof FormData !== 'undefined' && body instanceof FormData) {
		const hash = createHash('sha256');
		const fields = (body as unknown as { entries(): Iterable<[string, string | Blob]> }).entries();
		for (const [name, value] of fields) {
			hash.update(`${name}\u0000`);
			if (typeof value === 'string') hash.update(value);
			else
				hash
					.update(Buffer.from(await value.arrayBuffer()))
					.update(`\u0000${(value as Blob & { name?: string }).name ?? ''}`);
			hash.update('\u0001');
		}
		return hash.digest('hex');
	}
	return typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * The record key of one write, or undefined where there is no execution to scope it to (load options, or a
 * context without an execution id).
 */
export async function writeKey(
	context: IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions,
	request: { method: string; path: string; qs?: unknown; body?: unknown; itemIndex?: number },
): Promise<string | undefined> {
	const getExecutionId = (context as Partial<IExecuteFunctions>).getExecutionId;
	if (typeof getExecutionId !== 'function') return undefined;
	let executionId: string | undefined;
	try {
		executionId = getExecutionId.call(context);
	} catch {
		return undefined;
	}
	if (!executionId) return undefined;
	const node = context.getNode();
	const fingerprint = createHash('sha256')
		.update(JSON.stringify([request.method, request.path, request.qs ?? null]))
		.update('\u0000')
		.update(await bodyFingerprint(request.body))
		.digest('hex');
	return [executionId, node.id ?? node.name, request.itemIndex ?? 'batch', fingerprint].join('|');
}
