// Bench 6: the same signed-callback bursts into our trigger in regular mode (one `n8n start`, SQLite) and in queue
// mode (PostgreSQL + Redis, main + webhook processor + workers at nice 10, scripts/e2e/queue/topology.mjs).
// Per mode: a burst of `count` with `concurrency` in flight (answers/s, p50/p99, executions finished/s), then a burst
// of `drain` and the time until n8n has finished every execution it started.
import { join } from 'node:path';
import { N8nRest, productionWebhookUrl, startN8n } from '../../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../../scripts/e2e/node-info.mjs';
import { startQueueTopology, WORKER_NICE } from '../../scripts/e2e/queue/topology.mjs';
import { findQueueServicesProblem } from '../../scripts/e2e/queue/services.mjs';
import { runLoad } from '../lib/loadgen.mjs';
import { callbackSignature } from '../lib/signing.mjs';
import { percentile, perSecond } from '../lib/stats.mjs';
import { IDS, triggerOurs, WEBHOOK_IDS } from '../lib/workflows.mjs';

const PANDAPON_TIMEOUT_MS = 1000;

function callbackBody(n, runTag) {
	const orderId = `1060${String(runTag).padStart(3, '0')}${String(n).padStart(12, '0')}`;
	return JSON.stringify({
		messageType: 'ORDER_STATUS_CHANGE',
		messageBody: JSON.stringify({ orderId, orderNo: orderId, status: 10, statusName: 'WAIT_SELLER_SEND_GOODS', previousStatus: 2 }),
		messagePlatform: 0,
		timestamp: String(Date.now()),
	});
}

/**
 * Finished executions of our trigger's workflow. A saturated n8n answers its REST API 503 "Database is not ready!"
 * while its own DB ping waits (README, Scaling): that is the load being measured, so ask again.
 */
async function finishedCount(rest, { attempts = 120 } = {}) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: IDS.triggerOurs, status: ['success', 'error', 'crashed', 'canceled'] }));
	for (let attempt = 1; ; attempt++) {
		try {
			return (await rest.get(`/rest/executions?filter=${filter}&limit=1`)).count;
		} catch (error) {
			if (attempt >= attempts || !/HTTP 503/.test(error.message)) throw error;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
}

/** Polls until `expected` more executions than `before` have finished; returns when that happened (ms epoch). */
async function waitFinished(rest, before, expected, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let finished = 0;
	while (Date.now() < deadline) {
		finished = (await finishedCount(rest)) - before;
		if (finished >= expected) return { finished, at: Date.now() };
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { finished, at: Date.now(), timedOut: true };
}

/** One burst: sends, then waits for the executions. */
async function burst(ctx, { rest, url, count, concurrency, runTag }) {
	const before = await finishedCount(rest);
	const secret = ctx.account.accessSecret;
	const started = Date.now();
	const { results, wallMs } = await runLoad({
		url,
		count,
		concurrency,
		deadlineMs: 10 * 60000,
		makeRequest: (n) => {
			const body = callbackBody(n, runTag);
			return { body, headers: { authorization: callbackSignature(body, secret) } };
		},
	});
	const accepted = results.filter((result) => result.status === 200).length;
	const done = await waitFinished(rest, before, accepted, 15 * 60000);
	const latencies = results.map((result) => result.ms);
	return {
		sent: count,
		accepted,
		answersPerSec: perSecond(results.length, wallMs),
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		max: Math.max(...latencies),
		overPandaPonTimeout: latencies.filter((value) => value > PANDAPON_TIMEOUT_MS).length,
		finished: done.finished,
		timedOut: Boolean(done.timedOut),
		// From the first push to the last finished execution.
		drainMs: done.at - started,
		executionsPerSec: perSecond(done.finished, done.at - started),
	};
}

async function measure(ctx, { label, rest, url, count, drain, concurrency, warmup, runTag }) {
	await runLoad({
		url,
		count: warmup,
		concurrency,
		makeRequest: (n) => {
			const body = callbackBody(n, runTag);
			return { body, headers: { authorization: callbackSignature(body, ctx.account.accessSecret) } };
		},
	});
	const main = await burst(ctx, { rest, url, count, concurrency, runTag: runTag + 1 });
	ctx.log(`  ${label}: ${main.accepted}/${main.sent} at ${main.answersPerSec.toFixed(0)}/s, p50 ${main.p50.toFixed(0)} ms, p99 ${main.p99.toFixed(0)} ms, ${main.overPandaPonTimeout} over ${PANDAPON_TIMEOUT_MS} ms; ${main.executionsPerSec.toFixed(0)} executions/s`);
	const drained = await burst(ctx, { rest, url, count: drain, concurrency, runTag: runTag + 2 });
	ctx.log(`  ${label}: ${drain} burst drained in ${(drained.drainMs / 1000).toFixed(1)} s (${drained.finished} finished)`);
	return { label, ...main, drain: drained };
}

/**
 * @param {object} ctx  bench context (host, dir, instance with triggerOurs published, sandbox, account, log)
 * @param {{ count: number, drain: number, concurrency: number, warmup: number, workers: number[] }} o
 */
export async function queueMode(ctx, { count, drain, concurrency, warmup, workers }) {
	const problem = findQueueServicesProblem();
	if (problem) throw new Error(problem);
	ctx.log(`Bench 6: ${count} callbacks at ${concurrency} in flight and a ${drain} burst, regular mode vs queue mode`);
	const rows = [];

	const n8n = await startN8n(ctx.host, ctx.instance.env, { logFile: join(ctx.dir, 'n8n-regular-queue-bench.log') });
	try {
		const rest = new N8nRest(n8n.baseUrl);
		await rest.login();
		const url = productionWebhookUrl(ctx.instance.env, WEBHOOK_IDS.ours, triggerWebhookPath());
		rows.push({ mode: 'regular', workers: 0, ...(await measure(ctx, { label: 'regular mode (one n8n start, SQLite)', rest, url, count, drain, concurrency, warmup, runTag: 100 })) });
	} finally {
		await n8n.stop();
	}

	for (const [index, workerCount] of workers.entries()) {
		const topology = await startQueueTopology({
			host: ctx.host,
			dir: join(ctx.dir, `queue-${workerCount}`),
			sandboxUrl: ctx.sandbox.url,
			workflows: [triggerOurs()],
			publish: [IDS.triggerOurs],
			workers: workerCount,
			tarball: ctx.instance.tarball,
			log: (line) => ctx.log(`  ${line.trim()}`),
		});
		try {
			const rest = new N8nRest(topology.main.baseUrl);
			await rest.login();
			const url = productionWebhookUrl(topology.mainEnv, WEBHOOK_IDS.ours, triggerWebhookPath());
			const label = `queue mode, 1 webhook processor + ${workerCount} worker${workerCount > 1 ? 's' : ''} (nice ${WORKER_NICE})`;
			rows.push({ mode: 'queue', workers: workerCount, ...(await measure(ctx, { label, rest, url, count, drain, concurrency, warmup, runTag: 200 + 10 * index })) });
		} finally {
			await topology.stop();
		}
	}
	return { count, drain, concurrency, warmup, workerNice: WORKER_NICE, pandaPonTimeoutMs: PANDAPON_TIMEOUT_MS, rows };
}
