// The callback burst inside a real n8n (`n8n start`, the published trigger example): 1,000 pushes, 890 of them valid
// and all different, the rest tampered, unsigned, signed with another secret, cut off, or Verify pings, sent with a
// bounded number in flight on loopback, each pushed again while n8n gives no answer or an error, as PandaPon does.
// Every valid push must be acknowledged and start exactly one execution; nothing else may start one. Signed here with node:crypto, independently of the node's code.
// Use: call describeCallbackBurst() from an e2e test file that ran setUp() (test/e2e/harness.mjs), or run
// test/faults/callbackBurst.e2e.test.mjs on its own.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { SANDBOX_ACCOUNT } from '../../scripts/e2e/constants.mjs';
import { TRIGGER_EXAMPLE } from '../../scripts/e2e/examples.mjs';
import { productionWebhookUrl } from '../../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../../scripts/e2e/node-info.mjs';
import { assertExecutions, executionsRan, post } from '../e2e/callback-http.mjs';
import { ctx, log, startServer, stopServer } from '../e2e/harness.mjs';

const MINUTES = 60000;
const VALID = 890;
const EACH_INVALID = 25;
const PINGS = 10;
// PANDAPON_BURST_IN_FLIGHT raises it, to push n8n's SQLite past its write-lock timeout (README, PandaPon Trigger).
const IN_FLIGHT = Number(process.env.PANDAPON_BURST_IN_FLIGHT ?? 8);

// Fresh push times: the trigger refuses pushes older than its Max Push Age (4 h) as stale.
const PUSHED_FROM = Date.now();

const sign = (body, secret = SANDBOX_ACCOUNT.accessSecret) => createHmac('sha256', secret).update(body).digest('hex');

function envelope(n) {
	const orderId = `10490000000${String(n).padStart(8, '0')}`;
	return JSON.stringify({
		messageType: 'ORDER_STATUS_CHANGE',
		messageBody: JSON.stringify({ orderId, orderNo: orderId, status: 10, statusName: 'Awaiting Shipment', previousStatus: 2 }),
		messagePlatform: 0,
		timestamp: String(PUSHED_FROM + n),
	});
}

/** The pushes, each with the statuses n8n may answer and whether it may start an execution. */
function pushes() {
	const list = [];
	for (let n = 0; n < VALID; n++) {
		const body = envelope(n);
		list.push({ kind: 'valid', body, headers: { authorization: sign(body) }, statuses: [200], starts: true });
	}
	for (let n = 0; n < EACH_INVALID; n++) {
		const body = envelope(n);
		const tampered = body.replace('"status\\":10', '"status\\":4');
		list.push({ kind: 'tampered', body: tampered, headers: { authorization: sign(body) }, statuses: [401] });
		list.push({ kind: 'unsigned', body, headers: {}, statuses: [401] });
		list.push({ kind: 'wrongSecret', body, headers: { authorization: sign(body, 'not-the-secret') }, statuses: [401] });
		const cut = body.slice(0, body.length >> 1);
		// n8n's JSON body parser may refuse cut JSON (422) before the trigger does (400).
		list.push({ kind: 'malformed', body: cut, headers: { authorization: sign(cut) }, statuses: [400, 422] });
	}
	for (let n = 0; n < PINGS; n++) list.push({ kind: 'verifyPing', body: '', headers: {}, statuses: [200] });
	// Interleave deterministically, so invalid pushes arrive between valid ones.
	return list.map((push, index) => ({ push, key: (index * 7919) % list.length })).sort((a, b) => a.key - b.key).map(({ push }) => push);
}

export function describeCallbackBurst() {
	describe('a burst of 1,000 callbacks into the published trigger', () => {
		const answers = [];
		let countBefore;

		before(
			async () => {
				await startServer();
				const url = productionWebhookUrl(ctx.instance.env, TRIGGER_EXAMPLE.webhookId, triggerWebhookPath());
				countBefore = await executionsRan(TRIGGER_EXAMPLE.workflowId);
				const list = pushes();
				let next = 0;
				let pushedAgain = 0;
				const started = Date.now();
				await Promise.all(
					Array.from({ length: IN_FLIGHT }, async () => {
						while (next < list.length) {
							const push = list[next++];
							// Like PandaPon: no answer, or an error from n8n (5xx), and the push comes again (after a
							// pause here instead of 30 minutes), so an overloaded n8n loses nothing it did not accept.
							for (let attempt = 1; ; attempt++) {
								const answer = await post(url, push.body, push.headers, 30000);
								const retry = (answer.status === null || answer.status >= 500) && attempt < 20;
								if (!retry) {
									answers.push({ push, attempts: attempt, ...answer });
									break;
								}
								pushedAgain++;
								await new Promise((resolve) => setTimeout(resolve, 1000 + 200 * attempt));
							}
						}
					}),
				);
				log(`burst: ${list.length} pushes answered in ${Date.now() - started} ms, ${IN_FLIGHT} in flight, ${pushedAgain} pushed again after no answer or a 5xx`);
			},
			{ timeout: 10 * MINUTES },
		);
		after(stopServer, { timeout: 2 * MINUTES });

		test('every push gets the answer its kind calls for', () => {
			assert.equal(answers.length, VALID + 4 * EACH_INVALID + PINGS);
			const wrong = answers.filter(({ push, status }) => !push.statuses.includes(status));
			assert.deepEqual(wrong.map(({ push, status, text }) => `${push.kind}: ${status} ${text.slice(0, 80)}`), []);
		});

		test('every valid push is acknowledged with its own event id', () => {
			const eventIds = answers
				.filter(({ push }) => push.kind === 'valid')
				// A push answered only on a later attempt may have been accepted on an attempt whose answer never
				// arrived: then it is rightly answered as a redelivery.
				.filter(({ json, attempts }) => json?.received === true && (json.ignored === undefined || (json.ignored === 'redelivery' && attempts > 1)))
				.map(({ json }) => json.eventId);
			assert.equal(new Set(eventIds).size, VALID);
		});

		test('exactly one successful execution per valid push, none for the others', { timeout: 15 * MINUTES }, async () => {
			await assertExecutions(TRIGGER_EXAMPLE.workflowId, countBefore + VALID);
		});
	});
}
