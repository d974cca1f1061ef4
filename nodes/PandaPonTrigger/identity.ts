/**
 * What makes two pushes "the same event". Our reading of reference §3, in one place (README → "What is uncertain"):
 * PandaPon stores a message and, when our answer is missing or late, pushes that stored message again after 30 min
 * (up to 5 times): same `messageType`, `messagePlatform`, `timestamp` and `messageBody`. A genuine repeat, such as a
 * price going 9800 → 10000 → 9800, is a new message with a new `timestamp`, so it must start the workflow again.
 * `content` leaves the timestamp out, for the case that PandaPon turns out to re-stamp its retries.
 */
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { MAX_NESTING_DEPTH } from './limits';

export type RedeliveryMatch = 'message' | 'content';

type JsonValue = IDataObject[string];

export interface MessageFields {
	messageType: string;
	messagePlatform: JsonValue;
	/** Push time in ms when readable, else the raw value. */
	pushedAtMs: number | null;
	timestamp: JsonValue;
	message: JsonValue;
}

/** JSON with object keys sorted, so a re-serialised copy reads the same. Refuses (throws) beyond the nesting limit. */
export function canonicalJson(value: unknown, depth = 0): string {
	if (depth > MAX_NESTING_DEPTH)
		throw new RangeError(`nested deeper than ${MAX_NESTING_DEPTH} levels`);
	if (Array.isArray(value)) {
		let out = '[';
		for (let i = 0; i < value.length; i++)
			out += (i === 0 ? '' : ',') + canonicalJson(value[i], depth + 1);
		return `${out}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const record = value as IDataObject;
		const keys = Object.keys(record).sort();
		let out = '{';
		for (let i = 0; i < keys.length; i++) {
			out += `${i === 0 ? '' : ','}${JSON.stringify(keys[i])}:${canonicalJson(record[keys[i]], depth + 1)}`;
		}
		return `${out}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** 32 hex characters (128 bits of SHA-256) naming the event; the item's `eventId`. */
export function computeEventId(fields: MessageFields, match: RedeliveryMatch = 'message'): string {
	const pushTime = match === 'content' ? '' : (fields.pushedAtMs ?? String(fields.timestamp ?? ''));
	// The short fields as a JSON array first (self-delimiting), then the body: no two events share this text.
	const head = JSON.stringify([fields.messageType, String(fields.messagePlatform ?? ''), pushTime]);
	return createHash('sha256')
		.update(head, 'utf8')
		.update(canonicalJson(fields.message), 'utf8')
		.digest('hex')
		.slice(0, 32);
}
