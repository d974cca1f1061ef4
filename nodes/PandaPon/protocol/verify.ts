/**
 * PandaPon callback verification (reference section 3): `Authorization = hex(HMAC-SHA256(Base, AccessSecret))`.
 * `Base` is read as the raw POST body (the readable text is cut off; "对消息体做摘要签名" = "signs the message body").
 * Hex case is unconfirmed, so the comparison is case-insensitive. Pure, constant-time, never throws.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export function computeCallbackSignature(rawBody: Buffer | string, accessSecret: string): string {
	return createHmac('sha256', accessSecret).update(rawBody).digest('hex');
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** True only when `header` is the hex HMAC-SHA256 of `rawBody` under `accessSecret`. */
export function verifyCallbackSignature(
	rawBody: Buffer | string | undefined,
	header: string | string[] | undefined,
	accessSecret: string | undefined,
): boolean {
	try {
		if (rawBody === undefined || !accessSecret) return false;
		const provided = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase() ?? '';
		if (!HEX_SHA256.test(provided)) return false;
		const expected = Buffer.from(computeCallbackSignature(rawBody, accessSecret), 'utf8');
		const actual = Buffer.from(provided, 'utf8');
		return expected.length === actual.length && timingSafeEqual(expected, actual);
	} catch {
		return false;
	}
}
