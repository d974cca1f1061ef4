// Bench 4: signed PandaPon callbacks into our trigger (signature verified) against the same bodies into n8n's plain
// Webhook node, both published in one `n8n start`. A bounded load on loopback; latency is measured per request.
import { join } from 'node:path';
import { N8nRest, productionWebhookUrl, startN8n } from '../../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../../scripts/e2e/node-info.mjs';
import { runLoad } from '../lib/loadgen.mjs';
import { triggerOwnCost } from '../lib/triggerCost.mjs';
import { callbackSignature } from '../lib/signing.mjs';
import { percentile, perSecond } from '../lib/stats.mjs';
import { IDS, PLAIN_WEBHOOK_PATH, TRIGGER_VARIANTS, WEBHOOK_IDS } from '../lib/workflows.mjs';

const PANDAPON_TIMEOUT_MS = 1000;

/** A Taobao status push; `n` makes every body (and so every event id) distinct. */
function callbackBody(n, runTag) {
	const orderId = `1040${String(runTag).padStart(3, '0')}${String(n).padStart(12, '0')}`;
	return JSON.stringify({
		messageType: 'ORDER_STATUS_CHANGE',
		messageBody: JSON.stringify({ orderId, orderNo: orderId, status: 10, statusDesc: 'WAIT_SELLER_SEND_GOODS', updateTime: '2025-06-01 12:00:00' }),
		messagePlatform: 0,
		timestamp: String(Date.now()),
	});
}

async function executionCount(rest, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	for (let attempt = 1; ; attempt++) {
		try {
			return (await rest.get(`/rest/executions?filter=${filter}&limit=1`)).count;
		} catch (error) {
			// An overloaded SQLite makes n8n answer 503 "Database is not ready" for a few seconds.
			if (attempt === 30) throw error;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
}

/** Waits until n8n has stored `expected` more executions of the workflow than `before` (or the time is up). */
async function waitForExecutions(rest, workflowId, before, expected, timeoutMs = 120000) {
	const started = Date.now();
	let count = before;
	while (Date.now() - started < timeoutMs) {
		count = await executionCount(rest, workflowId);
		if (count - before >= expected) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return { started: count - before, drainMs: Date.now() - started };
}

/**
 * Sends `count` signed callbacks; returns the raw results, the wall time and the requests sent. With `replay`, sends
 * those requests again byte for byte: PandaPon's redelivery of pushes it thinks were not answered in time.
 */
async function send(ctx, { url, count, concurrency, runTag, replay }) {
	const secret = ctx.account.accessSecret;
	const requests = replay ?? [];
	const result = await runLoad({
		url,
		count: replay ? replay.length : count,
		concurrency,
		makeRequest: (n) => {
			if (replay) return replay[n];
			const body = callbackBody(n, runTag);
			return (requests[n] = { body, headers: { authorization: callbackSignature(body, secret) } });
		},
	});
	return { ...result, requests };
}

function summarise(results, wallMs, accepted) {
	const ok = results.filter(accepted);
	const latencies = results.map((result) => result.ms);
	return {
		sent: results.length,
		accepted: ok.length,
		rejected: results.length - ok.length,
		statuses: [...new Set(results.map((result) => result.status))],
		wallMs,
		acceptedPerSec: perSecond(ok.length, wallMs),
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		max: Math.max(...latencies),
		overPandaPonTimeout: latencies.filter((value) => value > PANDAPON_TIMEOUT_MS).length,
	};
}

function describe(row) {
	return `${row.accepted}/${row.sent} accepted (${row.acceptedPerSec.toFixed(0)}/s), p50 ${row.p50.toFixed(1)} ms, ` +
		`p99 ${row.p99.toFixed(1)} ms, max ${row.max.toFixed(0)} ms, ${row.overPandaPonTimeout} over ${PANDAPON_TIMEOUT_MS} ms`;
}

/**
 * Bursts of `count` callbacks split into `rounds` interleaved rounds (ours, plain, ours, plain, …) so that other load
 * on the machine hits both alike; then `sequential` callbacks one at a time (latency without queueing).
 */
const acceptedByOurs = (result) => result.status === 200 && /"received":true/.test(result.body) && !/"ignored"/.test(result.body);

/**
 * Bursts of `count` callbacks split into `rounds` interleaved rounds (ours, plain, ours, plain, …) so that other load
 * on the machine hits both alike; then `sequential` callbacks one at a time (latency without queueing), also into
 * two variants of our trigger with its checks switched off, to show what each check costs.
 */
export async function triggerLoad(ctx, { count, concurrency, warmup, rounds, sequential }) {
	ctx.log(`Bench 4: ${count} callbacks, ${concurrency} in flight (${rounds} rounds), our trigger vs plain Webhook`);
	const ownCost = await triggerOwnCost(ctx);
	const env = ctx.instance.env;
	const n8n = await startN8n(ctx.host, env, { logFile: join(ctx.dir, 'n8n-start.log') });
	try {
		const rest = new N8nRest(n8n.baseUrl);
		await rest.login();
		const targets = {
			ours: {
				label: 'PandaPon Trigger',
				url: productionWebhookUrl(env, WEBHOOK_IDS.ours, triggerWebhookPath()),
				workflowId: IDS.triggerOurs,
				accepted: acceptedByOurs,
			},
			plain: {
				label: 'plain Webhook',
				url: `${env.N8N_WEBHOOK_URL}webhook/${PLAIN_WEBHOOK_PATH}`,
				workflowId: IDS.triggerPlain,
				accepted: (result) => result.status === 200,
			},
		};
		const variants = {
			keepRedeliveries: { label: 'PandaPon Trigger, Drop Redeliveries off', ...TRIGGER_VARIANTS.keepRedeliveries },
			noChecks: { label: 'PandaPon Trigger, Drop Redeliveries and Verify Signature off', ...TRIGGER_VARIANTS.noChecks },
		};
		for (const variant of Object.values(variants)) {
			Object.assign(variant, { url: productionWebhookUrl(env, variant.webhookId, triggerWebhookPath()), workflowId: variant.id, accepted: acceptedByOurs });
		}
		let runTag = 0;
		const before = {};
		const acceptedSoFar = { ours: 0, plain: 0 };
		for (const [key, target] of Object.entries(targets)) {
			before[key] = await executionCount(rest, target.workflowId);
			const { results } = await send(ctx, { url: target.url, count: warmup, concurrency, runTag: ++runTag });
			acceptedSoFar[key] += results.filter(target.accepted).length;
		}
		const burst = { ours: { results: [], wallMs: 0 }, plain: { results: [], wallMs: 0 } };
		const oursSent = [];
		const perRound = Math.ceil(count / rounds);
		for (let round = 1; round <= rounds; round++) {
			for (const [key, target] of Object.entries(targets)) {
				const { results, wallMs, requests } = await send(ctx, { url: target.url, count: perRound, concurrency, runTag: ++runTag });
				if (key === 'ours') oursSent.push(...requests);
				burst[key].results.push(...results);
				burst[key].wallMs += wallMs;
				ctx.log(`  round ${round}/${rounds} ${target.label}: ${describe(summarise(results, wallMs, target.accepted))}`);
			}
		}
		// PandaPon redelivers every push of the burst: all must be answered as redeliveries, none may start anything.
		const replay = await send(ctx, { url: targets.ours.url, concurrency, replay: oursSent });
		const isRedelivery = (result) => result.status === 200 && /"ignored":"redelivery"/.test(result.body);
		const redelivered = summarise(replay.results, replay.wallMs, isRedelivery);
		ctx.log(`  redelivery of the burst, ${targets.ours.label}: ${describe(redelivered)}`);
		const oneByOne = {};
		for (const [key, target] of Object.entries({ ...targets, ...variants })) {
			const { results, wallMs } = await send(ctx, { url: target.url, count: sequential, concurrency: 1, runTag: ++runTag });
			oneByOne[key] = summarise(results, wallMs, target.accepted);
			ctx.log(`  one at a time, ${target.label}: ${describe(oneByOne[key])}`);
		}
		const rows = {};
		for (const [key, target] of Object.entries(targets)) {
			const row = summarise(burst[key].results, burst[key].wallMs, target.accepted);
			const expected = acceptedSoFar[key] + row.accepted + oneByOne[key].accepted;
			const executions = await waitForExecutions(rest, target.workflowId, before[key], expected);
			rows[key] = { ...row, expectedExecutions: expected, executionsStarted: executions.started, oneByOne: oneByOne[key] };
			ctx.log(`  ${target.label} total: ${describe(row)}; ${executions.started}/${expected} executions stored (warm-up included)`);
		}
		return {
			count: rounds * perRound,
			concurrency,
			rounds,
			sequential,
			warmup,
			pandaPonTimeoutMs: PANDAPON_TIMEOUT_MS,
			...rows,
			redelivered,
			ownCost,
			variants: Object.fromEntries(Object.entries(variants).map(([key, variant]) => [key, { label: variant.label, oneByOne: oneByOne[key] }])),
		};
	} finally {
		await n8n.stop();
	}
}
