/**
 * Request authentication, written from the API reference (sections 1.2 to 1.4), not from the node's code.
 *   signature = UPPERCASE(hex(MD5(access-key + timestamp + nonce-str + AccessSecret)))
 * The comparison is case-sensitive against the uppercase digest: the reconstructed rule says uppercase, so a
 * lowercase signature is rejected rather than silently accepted.
 * `timestamp` may be Unix seconds (10 digits) or milliseconds (13 digits) and must be within 600 s of the clock.
 * Warehouse-logistics paths also need query `timestamp` and `sign`; the docs do not say how `sign` is made, and the
 * team's choice is: `sign` equals the header signature and the query timestamp equals the header timestamp.
 */
import { createHash, timingSafeEqual } from 'crypto';
import type { IncomingHttpHeaders } from 'http';
import { ErrorCode } from './envelope';

export interface SandboxCredentials {
	accessKey: string;
	accessSecret: string;
	userId: string;
}

export interface AuthResult {
	ok: boolean;
	code: number;
	reason: string;
	timestampUnit?: 'seconds' | 'milliseconds';
}

export const TIMESTAMP_TOLERANCE_MS = 600_000;
export const REQUIRED_HEADERS = ['access-key', 'timestamp', 'nonce-str', 'signature'] as const;
const LOGISTICS_PATH = /^(?:\/v2)?\/open\/pp\/logistics\//;

export function computeSignature(accessKey: string, timestamp: string, nonce: string, accessSecret: string): string {
	return createHash('md5').update(`${accessKey}${timestamp}${nonce}${accessSecret}`, 'utf8').digest('hex').toUpperCase();
}

export function needsQuerySign(pathname: string): boolean {
	return LOGISTICS_PATH.test(pathname);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

function sameText(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	return left.length === right.length && timingSafeEqual(left, right);
}

const fail = (code: number, reason: string): AuthResult => ({ ok: false, code, reason });

function parseTimestamp(value: string): { ms: number; unit: 'seconds' | 'milliseconds' } | undefined {
	if (/^\d{10}$/.test(value)) return { ms: Number(value) * 1000, unit: 'seconds' };
	if (/^\d{13}$/.test(value)) return { ms: Number(value), unit: 'milliseconds' };
	return undefined;
}

export function checkAuth(
	headers: IncomingHttpHeaders,
	query: URLSearchParams,
	pathname: string,
	credentials: SandboxCredentials,
	nowMs: number,
): AuthResult {
	for (const name of REQUIRED_HEADERS) {
		if (!header(headers, name)?.trim()) return fail(ErrorCode.missingHeader, `missing header: ${name}`);
	}
	const accessKey = header(headers, 'access-key') as string;
	const timestamp = header(headers, 'timestamp') as string;
	const nonce = header(headers, 'nonce-str') as string;
	const signature = header(headers, 'signature') as string;

	if (accessKey !== credentials.accessKey) return fail(ErrorCode.unknownAccessKey, 'unknown access-key');
	const parsed = parseTimestamp(timestamp);
	if (!parsed) {
		return fail(ErrorCode.badTimestamp, 'timestamp must be Unix time in seconds (10 digits) or milliseconds (13 digits)');
	}
	const skewSeconds = Math.round(Math.abs(nowMs - parsed.ms) / 1000);
	if (Math.abs(nowMs - parsed.ms) > TIMESTAMP_TOLERANCE_MS) {
		return fail(ErrorCode.badTimestamp, `timestamp is ${skewSeconds} s away from server time (limit 600 s)`);
	}
	const expected = computeSignature(accessKey, timestamp, nonce, credentials.accessSecret);
	if (!sameText(signature, expected)) return fail(ErrorCode.signatureMismatch, 'signature mismatch');

	if (needsQuerySign(pathname)) {
		const sign = query.get('sign');
		const queryTimestamp = query.get('timestamp');
		if (!queryTimestamp) return fail(ErrorCode.missingQuerySign, 'missing query parameter: timestamp');
		if (!sign) return fail(ErrorCode.missingQuerySign, 'missing query parameter: sign');
		if (queryTimestamp !== timestamp) {
			return fail(ErrorCode.querySignMismatch, 'query timestamp does not match the timestamp header');
		}
		if (!sameText(sign, expected)) return fail(ErrorCode.querySignMismatch, 'query sign does not match the signature');
	}
	return { ok: true, code: 200, reason: 'ok', timestampUnit: parsed.unit };
}
