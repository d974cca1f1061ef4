// Signed PandaPon pushes for the queue-mode bursts, signed here with node:crypto (independently of the node's code),
// and a bounded sender on loopback.
import { createHmac } from 'node:crypto';
import { SANDBOX_ACCOUNT } from '../../../scripts/e2e/constants.mjs';
import { runLoad } from '../../../bench/lib/loadgen.mjs';
import { percentile } from '../../../bench/lib/stats.mjs';

export const PANDAPON_TIMEOUT_MS = 1000;

export const sign = (body, secret = SANDBOX_ACCOUNT.accessSecret) => createHmac('sha256', secret).update(body).digest('hex');

/**
 * A Taobao status push; `tag` and `n` make every body (and so every event id) distinct. `pushedAt` is the push time
 * in ms: recent, or the trigger's Max Push Age (4 h by default) ignores the push as stale.
 */
export function envelope(tag, n, pushedAt = Date.now()) {
	const orderId = `10${String(tag).padStart(5, '0')}${String(n).padStart(12, '0')}`;
	return JSON.stringify({
		messageType: 'ORDER_STATUS_CHANGE',
		messageBody: JSON.stringify({ orderId, orderNo: orderId, status: 10, statusName: 'WAIT_SELLER_SEND_GOODS', previousStatus: 2 }),
		messagePlatform: 0,
		timestamp: String(pushedAt),
	});
}

export function validPushes(tag, count, pushedAt = Date.now()) {
	return Array.from({ length: count }, (_, n) => {
		const body = envelope(tag, n, pushedAt);
		return { kind: 'valid', body, headers: { authorization: sign(body) } };
	});
}

/** Four kinds of refused push, in turn; n8n's JSON parser may refuse cut JSON (422) before the trigger does (400). */
export function invalidPushes(tag, count, pushedAt = Date.now()) {
	return Array.from({ length: count }, (_, n) => {
		const body = envelope(tag, n, pushedAt);
		switch (n % 4) {
			case 0:
				return { kind: 'tampered', body: body.replace('"status\\":10', '"status\\":4'), headers: { authorization: sign(body) }, statuses: [401] };
			case 1:
				return { kind: 'unsigned', body, headers: {}, statuses: [401] };
			case 2:
				return { kind: 'wrongSecret', body, headers: { authorization: sign(body, 'not-the-secret') }, statuses: [401] };
			default: {
				const cut = body.slice(0, body.length >> 1);
				return { kind: 'malformed', body: cut, headers: { authorization: sign(cut) }, statuses: [400, 422] };
			}
		}
	});
}

/**
 * Sends the pushes with `concurrency` in flight. `timeoutMs` is the client's patience: a push without an answer by
 * then counts as unanswered (status 0).
 */
export async function sendPushes(url, pushes, { concurrency = 50, timeoutMs = 10000 } = {}) {
	const { results, wallMs } = await runLoad({
		url,
		count: pushes.length,
		concurrency,
		requestTimeoutMs: timeoutMs,
		deadlineMs: 10 * 60000,
		makeRequest: (index) => pushes[index],
	});
	results.sort((a, b) => a.index - b.index);
	return { results: results.map((result) => ({ ...result, push: pushes[result.index] })), wallMs };
}

/** p50/p99/max and how many answers took longer than PandaPon waits. */
export function latency(results) {
	const ms = results.map((result) => result.ms);
	return {
		p50: percentile(ms, 50),
		p99: percentile(ms, 99),
		max: Math.max(...ms),
		overTimeout: ms.filter((value) => value > PANDAPON_TIMEOUT_MS).length,
	};
}

export const describeLatency = ({ p50, p99, max, overTimeout }) =>
	`p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms, ${overTimeout} over ${PANDAPON_TIMEOUT_MS} ms`;
