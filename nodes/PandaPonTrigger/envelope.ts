/**
 * PandaPon push envelope (reference §3): `{ messageType, messageBody (a JSON string), messagePlatform (0 Taobao,
 * 1 1688), timestamp (push time, ms string) }`. Pure: bytes in, a typed result out, nothing thrown, bounded work.
 */
import type { IDataObject } from 'n8n-workflow';

import { parseLosslessJson } from '../PandaPon/protocol/json';
import { pushTimeMs } from './freshness';
import { computeEventId, type RedeliveryMatch } from './identity';
import { MAX_BODY_BYTES, MAX_NESTING_DEPTH, byteLength, nestsDeeperThan } from './limits';

/** Any value JSON.parse can produce, in n8n's item vocabulary. */
type JsonValue = IDataObject[string];

export type Platform = 'taobao' | '1688' | 'unknown';

/** The item the trigger emits. Other nodes (and the Order Watch trigger) rely on this shape: add fields, never change. */
export interface PandaPonEvent extends IDataObject {
	event: string;
	platform: Platform;
	eventId: string;
	pushedAt: string | null;
	message: JsonValue;
	raw: {
		messageType: string;
		messagePlatform: JsonValue;
		timestamp: JsonValue;
		messageBody: JsonValue;
	};
}

export interface ReceivedBody {
	text: string;
	isJson: boolean;
	parsed: JsonValue | undefined;
	/** Set when the body is too large or too deep to read; it is then not parsed at all. */
	refused?: string;
}

export type EnvelopeResult =
	| { ok: true; event: PandaPonEvent; pushedAtMs: number | null }
	| { ok: false; reason: string };

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TOO_DEEP = `nested deeper than ${MAX_NESTING_DEPTH} levels`;

/** JSON text to a value, losslessly (integers beyond 2^53 become strings), or undefined; never recursion past the limit. */
function parseBounded(text: string): { value: JsonValue } | { refused: string } | undefined {
	if (nestsDeeperThan(text)) return { refused: TOO_DEEP };
	try {
		return { value: parseLosslessJson<JsonValue>(text) };
	} catch {
		return undefined;
	}
}

/** Decodes the exact bytes received, refusing oversized or over-deep bodies before parsing them. */
export function readBody(rawBody: Buffer | string | undefined): ReceivedBody {
	if (byteLength(rawBody) > MAX_BODY_BYTES) {
		return {
			text: '',
			isJson: false,
			parsed: undefined,
			refused: `Body is larger than ${MAX_BODY_BYTES} bytes`,
		};
	}
	const text =
		rawBody === undefined ? '' : typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
	if (text.trim() === '') return { text, isJson: false, parsed: undefined };
	const result = parseBounded(text);
	if (result === undefined) return { text, isJson: false, parsed: undefined };
	if ('refused' in result)
		return { text, isJson: false, parsed: undefined, refused: `Body is ${result.refused}` };
	return { text, isJson: true, parsed: result.value };
}

/**
 * The console's Verify button must get a 200, and what it sends is undocumented. Treated as a ping (200, nothing
 * started): an empty body, `{}`, or an unsigned body that carries no messageType. Anything else is verified.
 */
export function isVerifyPing(body: ReceivedBody, signed: boolean): boolean {
	if (body.refused !== undefined) return false;
	if (body.text.trim() === '') return true;
	if (isPlainObject(body.parsed) && Object.keys(body.parsed).length === 0) return true;
	return !signed && !(isPlainObject(body.parsed) && 'messageType' in body.parsed);
}

export function toPlatform(messagePlatform: unknown): Platform {
	const code = String(messagePlatform);
	if (code === '0') return 'taobao';
	if (code === '1') return '1688';
	return 'unknown';
}

/** Push time as ISO 8601; accepts milliseconds or seconds, as a number or a digit string. */
export function toIsoDate(timestamp: unknown): string | null {
	const ms = pushTimeMs(timestamp);
	return ms === null ? null : new Date(ms).toISOString();
}

export function parseEnvelope(
	body: ReceivedBody,
	match: RedeliveryMatch = 'message',
): EnvelopeResult {
	if (body.refused !== undefined) return { ok: false, reason: body.refused };
	if (!body.isJson) return { ok: false, reason: 'Body is not valid JSON' };
	if (!isPlainObject(body.parsed)) return { ok: false, reason: 'Body is not a JSON object' };
	const { messageType, messageBody, messagePlatform, timestamp } = body.parsed;
	if (typeof messageType !== 'string' || messageType.trim() === '') {
		return { ok: false, reason: 'messageType is missing' };
	}
	let message: JsonValue;
	if (typeof messageBody === 'string') {
		const parsed = parseBounded(messageBody);
		if (parsed === undefined) return { ok: false, reason: 'messageBody is not a JSON string' };
		if ('refused' in parsed) return { ok: false, reason: `messageBody is ${parsed.refused}` };
		message = parsed.value;
	} else if (isPlainObject(messageBody)) {
		message = messageBody; // tolerated: already an object, parsed losslessly (and depth-checked) with the envelope
	} else {
		return { ok: false, reason: 'messageBody is missing' };
	}
	const pushedAtMs = pushTimeMs(timestamp);
	let eventId: string;
	try {
		eventId = computeEventId(
			{ messageType, messagePlatform, pushedAtMs, timestamp, message },
			match,
		);
	} catch {
		return { ok: false, reason: `messageBody is ${TOO_DEEP}` }; // unreachable after the scan; never a 500
	}
	return {
		ok: true,
		pushedAtMs,
		event: {
			event: messageType,
			platform: toPlatform(messagePlatform),
			eventId,
			pushedAt: pushedAtMs === null ? null : new Date(pushedAtMs).toISOString(),
			message,
			raw: { messageType, messagePlatform, timestamp, messageBody },
		},
	};
}
