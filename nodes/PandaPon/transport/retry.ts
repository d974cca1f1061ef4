/**
 * Retry policy for reads (catalogue `retry: 'read'`): network errors, HTTP 429 and 5xx are retried with capped
 * exponential backoff that honours `Retry-After`. Writes are never retried (see transport/index.ts).
 */
export const RETRY_POLICY = {
	maxAttempts: 4,
	baseDelayMs: 500,
	maxDelayMs: 8_000,
	/** A Retry-After longer than this is not waited for: the error is raised instead. */
	maxRetryAfterMs: 30_000,
} as const;

const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ENOTFOUND',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	'UND_ERR_SOCKET',
]);

export function isRetryableStatus(status: number): boolean {
	return status === 429 || (status >= 500 && status <= 599);
}

export function isRetryableNetworkError(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; current && depth < 5; depth++) {
		const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
		if (typeof candidate.code === 'string' && RETRYABLE_NETWORK_CODES.has(candidate.code))
			return true;
		if (
			typeof candidate.message === 'string' &&
			/socket hang up|ECONNRESET|timeout/i.test(candidate.message)
		)
			return true;
		current = candidate.cause;
	}
	return false;
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unparseable. */
export function parseRetryAfter(value: unknown, nowMs: number): number | undefined {
	const header = Array.isArray(value) ? value[0] : value;
	if (typeof header !== 'string' && typeof header !== 'number') return undefined;
	const text = String(header).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Delay before attempt `attempt + 1` (attempt starts at 1). Full jitter keeps parallel items from stampeding. */
export function backoffDelay(
	attempt: number,
	retryAfterMs: number | undefined,
	random: () => number = Math.random,
): number {
	if (retryAfterMs !== undefined) return Math.min(retryAfterMs, RETRY_POLICY.maxRetryAfterMs);
	const ceiling = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
