/**
 * PandaPon message pushes (reference section 3): POST `{messageType, messageBody (JSON string), messagePlatform,
 * timestamp (ms string)}` with `Authorization: hex(HMAC-SHA256(rawBody, AccessSecret))` (lowercase hex),
 * acknowledged by HTTP 200 within 1000 ms. A failed push is retried after `retryDelayMs` (PandaPon: 30 min), up to
 * `maxRetries` (PandaPon: 5); a retry resends the identical raw body so receivers can drop redeliveries.
 * Every attempt is recorded. Admin test variants (tampered, unsigned, ...) are sent once, without retries.
 * `redeliver` pushes a recorded attempt's exact bytes and signature again at once: a retry without the 30-minute wait.
 */
import { createHmac } from 'crypto';
import http from 'http';
import https from 'https';
import { stringifyJson } from './json';
import type { Notification } from './state/store';

export interface CallbackPolicy {
	retryDelayMs: number;
	maxRetries: number;
	timeoutMs: number;
}

export const PANDAPON_POLICY: CallbackPolicy = { retryDelayMs: 30 * 60_000, maxRetries: 5, timeoutMs: 1000 };

export const CALLBACK_VARIANTS = ['valid', 'tampered', 'unsigned', 'wrongSecret', 'malformed', 'verifyPing', 'verifyGet'] as const;
export type CallbackVariant = (typeof CALLBACK_VARIANTS)[number];

export interface DeliveryAttempt {
	id: number;
	messageId: number;
	attempt: number;
	variant: CallbackVariant;
	url: string;
	method: 'POST' | 'GET';
	messageType: string | null;
	platform: 0 | 1 | null;
	body: string;
	authorization: string | null;
	status: number | null;
	error: string | null;
	ok: boolean;
	durationMs: number;
	at: string;
}

interface Outgoing {
	method: 'POST' | 'GET';
	body: string;
	authorization: string | null;
}

export function signCallback(rawBody: string, secret: string): string {
	return createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
}

/** One HTTP request; resolves with the status code once the response head arrives (within `timeoutMs`). */
function send(url: string, outgoing: Outgoing, timeoutMs: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const target = new URL(url);
		const headers: Record<string, string | number> = { 'User-Agent': 'PandaPon-Sandbox-Push/1.0' };
		if (outgoing.method === 'POST') {
			headers['Content-Type'] = 'application/json';
			headers['Content-Length'] = Buffer.byteLength(outgoing.body);
		}
		if (outgoing.authorization !== null) headers.Authorization = outgoing.authorization;
		const request = (target.protocol === 'https:' ? https : http).request(target, { method: outgoing.method, headers, agent: false }, (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		});
		const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
		request.on('error', reject);
		request.on('close', () => clearTimeout(timer));
		request.end(outgoing.method === 'POST' ? outgoing.body : undefined);
	});
}

export class CallbackDispatcher {
	private url: string | null = null;
	private attempts: DeliveryAttempt[] = [];
	private readonly timers = new Set<NodeJS.Timeout>();
	private readonly inFlight = new Set<Promise<void>>();
	private attemptCount = 0;
	private messageCount = 0;

	constructor(
		private readonly secret: () => string,
		public policy: CallbackPolicy,
		private readonly now: () => number,
	) {}

	setUrl(url: string | null): void {
		if (url !== null && !/^https?:\/\/\S+$/.test(url)) throw new Error(`callback url must be http(s), got "${url}"`);
		this.url = url;
	}

	getUrl(): string | null {
		return this.url;
	}

	/** The raw push body for a notification. */
	envelope(notification: Notification): string {
		return stringifyJson({
			messageType: notification.messageType, messageBody: stringifyJson(notification.body),
			messagePlatform: notification.platform, timestamp: String(this.now()),
		});
	}

	/** Automatic push after a state change; a no-op without a callback URL. */
	publish(notification: Notification): void {
		if (this.url === null) return;
		const body = this.envelope(notification);
		const outgoing: Outgoing = { method: 'POST', body, authorization: signCallback(body, this.secret()) };
		this.track(this.attempt(++this.messageCount, 1, 'valid', notification, outgoing, true));
	}

	/** Admin test push, sent once. */
	sendVariant(variant: CallbackVariant, notification: Notification): Promise<DeliveryAttempt> {
		if (this.url === null) return Promise.reject(new Error('no callback url set'));
		const body = this.envelope(notification);
		const secret = this.secret();
		const outgoing: Record<CallbackVariant, Outgoing> = {
			valid: { method: 'POST', body, authorization: signCallback(body, secret) },
			// Signed for the real body, but a different body is sent.
			tampered: { method: 'POST', body: body.replace(/"messagePlatform":(\d)/, (_m, p: string) => `"messagePlatform":${1 - Number(p)}`), authorization: signCallback(body, secret) },
			unsigned: { method: 'POST', body, authorization: null },
			wrongSecret: { method: 'POST', body, authorization: signCallback(body, `${secret}-wrong`) },
			// Cut JSON, correctly signed: the receiver's parser, not its signature check, must cope.
			malformed: { method: 'POST', body: body.slice(0, Math.floor(body.length / 2)), authorization: signCallback(body.slice(0, Math.floor(body.length / 2)), secret) },
			verifyPing: { method: 'POST', body: '', authorization: null },
			verifyGet: { method: 'GET', body: '', authorization: null },
		};
		const promise = this.attempt(++this.messageCount, 1, variant, notification, outgoing[variant], false);
		this.track(promise.then(() => undefined));
		return promise;
	}

	/** Pushes a recorded attempt again now: the same raw body (timestamp included) and Authorization, as a retry does. */
	redeliver(attemptId: number): Promise<DeliveryAttempt> {
		const original = this.attempts.find((candidate) => candidate.id === attemptId);
		if (original === undefined) return Promise.reject(new Error(`no delivery attempt ${attemptId}`));
		if (this.url === null) return Promise.reject(new Error('no callback url set'));
		const outgoing: Outgoing = { method: original.method, body: original.body, authorization: original.authorization };
		const notification = { messageType: original.messageType ?? '', platform: original.platform ?? 0, body: null } as unknown as Notification;
		const promise = this.attempt(original.messageId, original.attempt + 1, original.variant, notification, outgoing, false);
		this.track(promise.then(() => undefined));
		return promise;
	}

	private async attempt(
		messageId: number, attempt: number, variant: CallbackVariant, notification: Notification, outgoing: Outgoing, retry: boolean,
	): Promise<DeliveryAttempt> {
		const url = this.url as string;
		const started = Date.now();
		const record: DeliveryAttempt = {
			id: ++this.attemptCount, messageId, attempt, variant, url, method: outgoing.method,
			messageType: variant.startsWith('verify') ? null : notification.messageType,
			platform: variant.startsWith('verify') ? null : notification.platform, body: outgoing.body,
			authorization: outgoing.authorization, status: null, error: null, ok: false, durationMs: 0, at: new Date(this.now()).toISOString(),
		};
		try {
			record.status = await send(url, outgoing, this.policy.timeoutMs);
			record.ok = record.status === 200;
			if (!record.ok) record.error = `HTTP ${record.status}`;
		} catch (error) {
			record.error = (error as Error).message;
		}
		record.durationMs = Date.now() - started;
		this.attempts.push(record);
		if (!record.ok && retry && attempt <= this.policy.maxRetries) this.scheduleRetry(messageId, attempt + 1, notification, outgoing);
		return record;
	}

	private scheduleRetry(messageId: number, attempt: number, notification: Notification, outgoing: Outgoing): void {
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			if (this.url !== null) this.track(this.attempt(messageId, attempt, 'valid', notification, outgoing, true));
		}, this.policy.retryDelayMs);
		timer.unref();
		this.timers.add(timer);
	}

	private track(promise: Promise<unknown>): void {
		const settled = promise.then(() => undefined, () => undefined);
		this.inFlight.add(settled);
		void settled.then(() => this.inFlight.delete(settled));
	}

	deliveries(): DeliveryAttempt[] {
		return [...this.attempts];
	}

	/** Resolves when no push is on the wire (scheduled retries are not waited for). */
	async idle(): Promise<void> {
		while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
	}

	pendingRetries(): number {
		return this.timers.size;
	}

	clear(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		this.attempts = [];
	}
}
