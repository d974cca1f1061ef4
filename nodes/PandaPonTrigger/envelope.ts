/**
 * PandaPon push envelope (reference §3): `{ messageType, messageBody (a JSON string), messagePlatform (0 Taobao,
 * 1 1688), timestamp (push time, ms string) }`. Pure: bytes in, a typed result out, nothing thrown.
 */
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { parseLosslessJson } from '../PandaPon/protocol/json';

/** Any value JSON.parse can produce, in n8n's item vocabulary. */
type JsonValue = IDataObject[string];

export type Platform = 'taobao' | '1688' | 'unknown';

export interface PandaPonEvent extends IDataObject {
	event: string;
	platform: Platform;
	eventId: string;
	pushedAt: string | null;
	message: JsonValue;
	raw: { messageType: string; messagePlatform: JsonValue; timestamp: JsonValue; messageBody: JsonValue };
}

export interface ReceivedBody {
	text: string;
	isJson: boolean;
	parsed: JsonValue | undefined;
}

export type EnvelopeResult = { ok: true; event: PandaPonEvent } | { ok: false; reason: string };

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Decodes the exact bytes received; integers beyond 2^53 (19-digit order ids) become strings. */
export function readBody(rawBody: Buffer | string | undefined): ReceivedBody {
	const text = rawBody === undefined ? '' : typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
	if (text.trim() === '') return { text, isJson: false, parsed: undefined };
	try {
		return { text, isJson: true, parsed: parseLosslessJson<JsonValue>(text) };
	} catch {
		return { text, isJson: false, parsed: undefined };
	}
}

/**
 * The console's Verify button must get a 200, and what it sends is undocumented. Treated as a ping (200, nothing
 * started): an empty body, `{}`, or an unsigned body that carries no messageType. Anything else is verified.
 */
export function isVerifyPing(body: ReceivedBody, signed: boolean): boolean {
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
	const text = typeof timestamp === 'number' ? String(timestamp) : typeof timestamp === 'string' ? timestamp.trim() : '';
	if (!/^\d+(\.\d+)?$/.test(text)) return null;
	const value = Number(text);
	const date = new Date(value < 1e11 ? value * 1000 : value);
	return value > 0 && Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

/** JSON with object keys sorted, so a re-serialised redelivery hashes like the original. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (isPlainObject(value)) {
		const keys = Object.keys(value).sort();
		return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * Identifies a message across PandaPon's redeliveries (every 30 min, up to 5 times). `timestamp` is the *push* time
 * ("消息推送时间"), so it may change on each retry and is left out; type + platform + body content identify the message.
 */
export function computeEventId(messageType: string, messagePlatform: JsonValue, message: JsonValue): string {
	const identity = JSON.stringify([messageType, String(messagePlatform ?? ''), canonicalJson(message)]);
	return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 32);
}

export function parseEnvelope(body: ReceivedBody): EnvelopeResult {
	if (!body.isJson) return { ok: false, reason: 'Body is not valid JSON' };
	if (!isPlainObject(body.parsed)) return { ok: false, reason: 'Body is not a JSON object' };
	const { messageType, messageBody, messagePlatform, timestamp } = body.parsed;
	if (typeof messageType !== 'string' || messageType.trim() === '') {
		return { ok: false, reason: 'messageType is missing' };
	}
	let message: JsonValue;
	if (typeof messageBody === 'string') {
		try {
			message = parseLosslessJson<JsonValue>(messageBody);
		} catch {
			return { ok: false, reason: 'messageBody is not a JSON string' };
		}
	} else if (isPlainObject(messageBody)) {
		message = messageBody; // tolerated: already an object, parsed losslessly with the envelope
	} else {
		return { ok: false, reason: 'messageBody is missing' };
	}
	return {
		ok: true,
		event: {
			event: messageType,
			platform: toPlatform(messagePlatform),
			eventId: computeEventId(messageType, messagePlatform, message),
			pushedAt: toIsoDate(timestamp),
			message,
			raw: { messageType, messagePlatform, timestamp, messageBody },
		},
	};
}
