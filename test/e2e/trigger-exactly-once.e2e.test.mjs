// Exactly one execution per PandaPon event, inside a real n8n (`n8n start`, the published trigger example, SQLite):
// bursts of signed pushes at 16 in flight with every push redelivered (after the burst, and interleaved with it),
// a genuine repeat, a stale push, hostile bodies, and redeliveries after an n8n restart.
// A redelivery is what PandaPon sends after a late or missing answer: the same bytes (timestamp included) and the
// same signature. Signed here with node:crypto, independently of the node's code.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { SANDBOX_ACCOUNT } from '../../scripts/e2e/constants.mjs';
import { TRIGGER_EXAMPLE } from '../../scripts/e2e/examples.mjs';
import { productionWebhookUrl } from '../../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../../scripts/e2e/node-info.mjs';
import { assertExecutions, executionsRan, post } from './callback-http.mjs';
import { ctx, log, setUp, startServer, stopServer, tearDown } from './harness.mjs';

const MINUTES = 60000;
const EVENTS = 300;
const IN_FLIGHT = 16;

const sign = (body, secret = SANDBOX_ACCOUNT.accessSecret) => createHmac('sha256', secret).update(body).digest('hex');

/** A signed 1688 price-change push for order `n` of series `series`, pushed at `pushedAt` (ms). */
function pricePush(series, n, { pushedAt = Date.now(), totalAmount = 9800 } = {}) {
	const orderId = `33050753${String(series).padStart(3, '0')}${String(n).padStart(8, '0')}`;
	const body = JSON.stringify({
		messageType: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
		messageBody: `{"orderId":${orderId},"orderStatus":"WAITING_FOR_PAYMENT","totalAmount":${totalAmount},"shippingFee":500}`,
		messagePlatform: 1,
		timestamp: String(pushedAt),
	});
	return { orderId, body, authorization: sign(body) };
}

/**
 * Sends every push, `IN_FLIGHT` at a time, in order, like PandaPon: a push not answered 200 is pushed again (after a
 * pause instead of 30 minutes), so an overloaded n8n (SQLite answers 503 "Database is not ready" under heavy load)
 * loses nothing. Returns the 200 answers in push order.
 */
async function sendAll(url, pushes) {
	const answers = new Array(pushes.length);
	let next = 0;
	let retried = 0;
	const started = Date.now();
	await Promise.all(
		Array.from({ length: IN_FLIGHT }, async () => {
			while (next < pushes.length) {
				const index = next++;
				for (let attempt = 1; ; attempt++) {
					answers[index] = await post(url, pushes[index].body, { authorization: pushes[index].authorization });
					if (answers[index].status === 200 || attempt === 30) break;
					retried++;
					await new Promise((resolve) => setTimeout(resolve, 1000 + 200 * attempt));
				}
			}
		}),
	);
	log(`${pushes.length} pushes answered in ${Date.now() - started} ms, ${IN_FLIGHT} in flight, ${retried} pushed again after a non-200 answer`);
	return answers;
}

/** One signed push, pushed again while n8n answers 503 (overloaded), as PandaPon would. */
async function postUntilAnswered(url, body) {
	for (let attempt = 1; ; attempt++) {
		const answer = await post(url, body, { authorization: sign(body) });
		if (answer.status !== 503 || attempt === 30) return answer;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

const started = (answer) => answer.status === 200 && answer.json?.received === true && answer.json.ignored === undefined;
const kinds = (answers) => {
	const counts = {};
	for (const answer of answers) {
		const kind = answer.status === 200 ? answer.json?.ignored ?? 'started' : `HTTP ${answer.status}`;
		counts[kind] = (counts[kind] ?? 0) + 1;
	}
	return counts;
};

before(setUp, { timeout: 15 * MINUTES });
after(tearDown, { timeout: 2 * MINUTES });

describe('PandaPon Trigger in n8n start: exactly one execution per event', () => {
	let url;
	let executions = 0;
	let originalEventId;
	const afterBurst = Array.from({ length: EVENTS }, (_, n) => pricePush(1, n));
	const interleaved = Array.from({ length: EVENTS }, (_, n) => pricePush(2, n));

	before(
		async () => {
			await startServer();
			url = productionWebhookUrl(ctx.instance.env, TRIGGER_EXAMPLE.webhookId, triggerWebhookPath());
			executions = await executionsRan(TRIGGER_EXAMPLE.workflowId);
		},
		{ timeout: 5 * MINUTES },
	);
	after(stopServer, { timeout: 2 * MINUTES });

	test(`${EVENTS} distinct pushes at ${IN_FLIGHT} in flight, then each pushed again: ${EVENTS} executions`, { timeout: 25 * MINUTES }, async () => {
		const first = await sendAll(url, afterBurst);
		assert.deepEqual(kinds(first), { started: EVENTS });
		originalEventId = first[0].json.eventId;
		assert.equal(new Set(first.map((answer) => answer.json.eventId)).size, EVENTS);
		const again = await sendAll(url, afterBurst);
		assert.deepEqual(kinds(again), { redelivery: EVENTS });
		assert.deepEqual(again.map((answer) => answer.json.eventId), first.map((answer) => answer.json.eventId));
		executions += EVENTS;
		await assertExecutions(TRIGGER_EXAMPLE.workflowId, executions);
	});

	test(`${EVENTS} more, each redelivered while the burst is still arriving: ${EVENTS} executions`, { timeout: 25 * MINUTES }, async () => {
		// Every copy follows its original by 0–15 places, so many pairs are in flight at the same moment.
		const pushes = [];
		for (let n = 0; n < EVENTS; n++) {
			pushes.push(interleaved[n]);
			if (n >= 5) pushes.push(interleaved[n - 5]);
		}
		for (let n = EVENTS - 5; n < EVENTS; n++) pushes.push(interleaved[n]);
		const answers = await sendAll(url, pushes);
		assert.deepEqual(kinds(answers), { started: EVENTS, redelivery: EVENTS });
		const startedIds = answers.filter(started).map((answer) => answer.json.eventId);
		assert.equal(new Set(startedIds).size, EVENTS);
		executions += EVENTS;
		await assertExecutions(TRIGGER_EXAMPLE.workflowId, executions);
	});

	test('a genuine repeat (the same body in a new message, new push time) starts again; its redelivery does not', { timeout: 10 * MINUTES }, async () => {
		const original = afterBurst[0];
		const repeat = pricePush(1, 0, { pushedAt: Date.now() + 1 });
		assert.equal(JSON.parse(repeat.body).messageBody, JSON.parse(original.body).messageBody);
		// Both copies are in flight together: whichever n8n hands to the trigger first starts, the other is dropped.
		const answers = await sendAll(url, [repeat, repeat]);
		assert.deepEqual(kinds(answers), { started: 1, redelivery: 1 }, answers.map((answer) => answer.text).join(' '));
		const [eventId] = new Set(answers.map((answer) => answer.json.eventId));
		assert.notEqual(eventId, originalEventId, 'the repeat has its own eventId');
		executions += 1;
		await assertExecutions(TRIGGER_EXAMPLE.workflowId, executions);
	});

	test('a push older than Max Push Age (4 h): HTTP 200 with the reason, and no execution', { timeout: 10 * MINUTES }, async () => {
		const stale = pricePush(3, 0, { pushedAt: Date.now() - 5 * 60 * MINUTES });
		const [answer] = await sendAll(url, [stale]);
		assert.equal(answer.status, 200, answer.text);
		assert.equal(answer.json.ignored, 'stale');
		assert.match(answer.json.reason, /30\d minutes ago, more than Max Push Age \(240 minutes\)/);
		await assertExecutions(TRIGGER_EXAMPLE.workflowId, executions);
	});

	test('hostile bodies get HTTP 400, never 500; 20,000 nineteen-digit ids are read in full', { timeout: 10 * MINUTES }, async () => {
		const envelope = (messageBody) => JSON.stringify({ messageType: 'ORDER_CREATE', messageBody, messagePlatform: 1, timestamp: String(Date.now()) });
		const nested = (depth) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
		const hostile = {
			'messageBody nested 20,000 levels': envelope(nested(20000)),
			'envelope nested 20,000 levels': `{"messageType":"ORDER_CREATE","messagePlatform":1,"timestamp":"${Date.now()}","messageBody":${nested(20000)}}`,
			'a 2 MiB body': envelope(JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) })),
		};
		for (const [label, body] of Object.entries(hostile)) {
			const answer = await postUntilAnswered(url, body);
			assert.equal(answer.status, 400, `${label}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
			assert.equal(answer.json?.received, false, label);
			log(`${label}: HTTP 400 ${answer.json.error}`);
		}
		const ids = Array.from({ length: 20000 }, (_, n) => `33050753411${String(n).padStart(8, '0')}`);
		const bulk = envelope(`{"orderIds":[${ids.join(',')}]}`);
		const answer = await postUntilAnswered(url, bulk);
		assert.ok(started(answer), `HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
		executions += 1;
		await assertExecutions(TRIGGER_EXAMPLE.workflowId, executions);
	});

	test(`after n8n restarts, redeliveries of all ${2 * EVENTS} events are still dropped (records saved in static data)`, { timeout: 25 * MINUTES }, async () => {
		await stopServer();
		await startServer();
		const answers = await sendAll(url, [...afterBurst, ...interleaved]);
		assert.deepEqual(kinds(answers), { redelivery: 2 * EVENTS });
		const [fresh] = await sendAll(url, [pricePush(4, 0)]);
		assert.ok(started(fresh), fresh.text);
		executions += 1;
		await assertExecutions(TRIGGER_EXAMPLE.workflowId, executions);
	});
});
