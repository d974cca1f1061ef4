/**
 * PandaPon request signing, as reconstructed in the API reference section 1.4 (PandaPon's own
 * "parameter signature" page was unreadable; see README "What is uncertain"). Pure functions: the clock and the
 * nonce are passed in, so the rule can be tested against fixed vectors. Every open choice of the reconstruction
 * is in `SIGNING_RULE`.
 */
import { createHash, randomBytes } from 'crypto';

export type TimestampUnit = 'milliseconds' | 'seconds';

export const SIGNING_RULE = {
	/** Concatenation order of the signed fields, then the secret, with no separator. */
	fields: ['accessKey', 'timestamp', 'nonce'] as const,
	hash: 'md5',
	uppercase: true,
	nonceLength: 32,
	/**
	 * Warehouse-logistics pages (reference 1.3) list query parameters `timestamp` and `sign` without saying how
	 * `sign` is made. Our choice: send the standard signed headers AND these two query parameters, where `sign`
	 * is the same signature as the header.
	 */
	querySignedPathPattern: /^(?:https?:\/\/[^/]+)?(?:\/v2)?\/open\/pp\/logistics\//,
} as const;

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface SignatureInput {
	accessKey: string;
	accessSecret: string;
	timestamp: string;
	nonce: string;
}

/** UPPERCASE(hex(MD5(accessKey + timestamp + nonce + accessSecret))) */
export function computeSignature({
	accessKey,
	accessSecret,
	timestamp,
	nonce,
}: SignatureInput): string {
	const digest = createHash(SIGNING_RULE.hash)
		.update(`${accessKey}${timestamp}${nonce}${accessSecret}`, 'utf8')
		.digest('hex');
	return SIGNING_RULE.uppercase ? digest.toUpperCase() : digest;
}

/** A fresh 32-character `[A-Za-z0-9]` nonce from a cryptographic source. */
export function createNonce(length: number = SIGNING_RULE.nonceLength): string {
	const bytes = randomBytes(length);
	let nonce = '';
	for (let i = 0; i < length; i++) nonce += NONCE_ALPHABET[bytes[i] % NONCE_ALPHABET.length];
	return nonce;
}

export function formatTimestamp(nowMs: number, unit: TimestampUnit): string {
	return unit === 'seconds' ? String(Math.floor(nowMs / 1000)) : String(Math.floor(nowMs));
}

export interface SigningCredentials {
	accessKey: string;
	accessSecret: string;
	userId?: string;
	timestampUnit?: TimestampUnit;
}

export interface SignedHeaders {
	'access-key': string;
	timestamp: string;
	'nonce-str': string;
	signature: string;
	'user-id'?: string;
}

/** The five PandaPon system headers for one request. */
export function buildSignedHeaders(
	credentials: SigningCredentials,
	nowMs: number,
	nonce: string,
): SignedHeaders {
	const accessKey = credentials.accessKey.trim();
	const timestamp = formatTimestamp(nowMs, credentials.timestampUnit ?? 'milliseconds');
	const signature = computeSignature({
		accessKey,
		accessSecret: credentials.accessSecret.trim(),
		timestamp,
		nonce,
	});
	const headers: SignedHeaders = {
		'access-key': accessKey,
		timestamp,
		'nonce-str': nonce,
		signature,
	};
	const userId = credentials.userId?.trim();
	if (userId) headers['user-id'] = userId;
	return headers;
}

export function needsQuerySignature(url: string): boolean {
	return SIGNING_RULE.querySignedPathPattern.test(url);
}
