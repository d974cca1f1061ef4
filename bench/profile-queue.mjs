// Where the webhook processor's CPU goes in queue mode: our trigger next to n8n's plain Webhook node, in one
// topology (PostgreSQL + Redis, main + webhook processor + workers at nice 10), each burst under a CPU profile taken
// over the inspector. Prints answers/s, p50/p99, CPU per push of every process, and the profile's top frames; writes
// the .cpuprofile files (open them in Chrome DevTools) and a JSON summary into the output folder.
//   node bench/profile-queue.mjs [--burst=200] [--concurrency=50] [--workers=1] [--rounds=1] [--out=<dir>]
import { readdirSync, readFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage, distIsStale } from '../scripts/e2e/build.mjs';
import { SANDBOX_ACCOUNT } from '../scripts/e2e/constants.mjs';
import { productionWebhookUrl } from '../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../scripts/e2e/node-info.mjs';
import { killAllGroups } from '../scripts/e2e/processes.mjs';
import { startQueueTopology } from '../scripts/e2e/queue/topology.mjs';
import { ensureN8nHost } from '../scripts/n8n-host.mjs';
import { connectInspector, inspectorUrl, summariseProfile } from './lib/cpuProfile.mjs';
import { runLoad } from './lib/loadgen.mjs';
import { callbackSignature } from './lib/signing.mjs';
import { percentile, perSecond } from './lib/stats.mjs';
import { IDS, PLAIN_WEBHOOK_PATH, triggerOurs, triggerPlain, WEBHOOK_IDS } from './lib/workflows.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const burstSize = Number(option('burst', process.env.PANDAPON_QUEUE_BURST ?? 200));
const concurrency = Number(option('concurrency', 50));
const workers = Number(option('workers', 1));
const rounds = Number(option('rounds', 1));
const outDir = option('out', mkdtempSync(join(tmpdir(), 'pandapon-qprof-')));
const log = (line) => console.log(`[qprof] ${line}`);

const TICK_MS = 10; // /proc stat times are in 1/100 s on Linux

/**
 * CPU ms used so far by the processes in the group led by `pid` (n8n and its task runner) and by its children
 * (PostgreSQL's backends each start a session of their own).
 */
function groupCpuMs(pid) {
	let ticks = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// fields[1] = ppid, [2] = pgrp, [11] utime, [12] stime (after the name)
			if (Number(fields[2]) === pid || Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
		} catch {
			// gone
		}
	}
	return ticks * TICK_MS;
}

function body(tag, n) {
	const orderId = `10${String(tag).padStart(5, '0')}${String(n).padStart(12, '0')}`;
	return JSON.stringify({
		messageType: 'ORDER_STATUS_CHANGE',
		messageBody: JSON.stringify({ orderId, orderNo: orderId, status: 10, statusName: 'WAIT_SELLER_SEND_GOODS', previousStatus: 2 }),
		messagePlatform: 0,
		timestamp: String(Date.now()),
	});
}

const request = (tag) => (n) => {
	const text = body(tag, n);
	return { body: text, headers: { authorization: callbackSignature(text, SANDBOX_ACCOUNT.accessSecret) } };
};

async function waitWorkersIdle(topology, expectedStarted, timeoutMs = 10 * 60000) {
	const deadline = Date.now() + timeoutMs;
	const counts = () => topology.workers.reduce((sum, w) => ({ started: sum.started + w.executions.started.size, finished: sum.finished + w.executions.finished.size }), { started: 0, finished: 0 });
	while (Date.now() < deadline) {
		const { started, finished } = counts();
		if (started >= expectedStarted && finished >= started) return counts();
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { ...counts(), timedOut: true };
}

async function main() {
	mkdirSync(outDir, { recursive: true });
	if (distIsStale()) {
		log('building');
		await buildPackage();
	}
	const host = await ensureN8nHost({ log });
	const topology = await startQueueTopology({
		host,
		dir: join(outDir, 'topology'),
		// The trigger never calls PandaPon: nothing needs to listen here.
		sandboxUrl: 'http://127.0.0.1:9',
		workflows: [triggerOurs(), triggerPlain()],
		publish: [IDS.triggerOurs, IDS.triggerPlain],
		workers,
		webhookNodeArgs: ['--inspect=127.0.0.1:0'],
		log: (line) => log(line.trim()),
	});
	const cleanup = () => {
		killAllGroups();
		process.exit(1);
	};
	process.once('SIGINT', cleanup);
	process.once('SIGTERM', cleanup);
	const results = [];
	try {
		const wsUrl = inspectorUrl(topology.webhook.output());
		if (!wsUrl) throw new Error('the webhook processor printed no inspector URL');
		const inspector = await connectInspector(host, wsUrl);
		const targets = {
			ours: productionWebhookUrl(topology.mainEnv, WEBHOOK_IDS.ours, triggerWebhookPath()),
			plain: `${topology.webhookUrl}webhook/${PLAIN_WEBHOOK_PATH}`,
		};
		const processes = {
			webhook: topology.webhook.child.pid,
			main: topology.main.child.pid,
			...Object.fromEntries(topology.workers.map((w, n) => [`worker${n + 1}`, w.child.pid])),
			postgres: topology.postgres.child.pid,
			redis: topology.redis.child.pid,
		};
		let executionsExpected = 0;
		let tag = 1;
		for (const [name, url] of Object.entries(targets)) {
			const warm = await runLoad({ url, count: 30, concurrency: 5, makeRequest: request(tag++) });
			const bad = warm.results.filter((r) => r.status !== 200);
			if (bad.length) throw new Error(`warm-up of ${name}: ${bad.length} answers not 200 (first: ${bad[0].status} ${bad[0].body})`);
			executionsExpected += 30;
		}
		await waitWorkersIdle(topology, executionsExpected);
		const phases = [];
		for (let round = 0; round < rounds; round++) {
			const order = round % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
			for (const name of order) phases.push({ name, count: Math.min(50, burstSize), concurrency: 1, label: 'one at a time' });
			for (const name of order) phases.push({ name, count: burstSize, concurrency, label: `${concurrency} in flight` });
		}
		for (const phase of phases) {
			const cpuBefore = Object.fromEntries(Object.entries(processes).map(([p, pid]) => [p, groupCpuMs(pid)]));
			const selfBefore = process.cpuUsage();
			await inspector.start();
			const { results: answers, wallMs } = await runLoad({ url: targets[phase.name], count: phase.count, concurrency: phase.concurrency, makeRequest: request(tag++), deadlineMs: 10 * 60000, requestTimeoutMs: 60000 });
			const profile = await inspector.stop();
			const selfUsage = process.cpuUsage(selfBefore);
			const webhookCpuMs = groupCpuMs(processes.webhook) - cpuBefore.webhook;
			executionsExpected += answers.filter((r) => r.status === 200).length;
			const drained = await waitWorkersIdle(topology, executionsExpected);
			const cpuMs = Object.fromEntries(Object.entries(processes).map(([p, pid]) => [p, groupCpuMs(pid) - cpuBefore[p]]));
			cpuMs.loadgen = (selfUsage.user + selfUsage.system) / 1000;
			const latencies = answers.map((r) => r.ms);
			const file = join(outDir, `${phase.name}-c${phase.concurrency}-${results.length}.cpuprofile`);
			writeFileSync(file, JSON.stringify(profile));
			const summary = summariseProfile(profile, {
				inclusive: [
					/PandaPonTrigger|pandapon/i,
					/executeWebhook n8n\/dist\/webhooks\/webhook-helpers/,
					/executeWebhook n8n\/dist\/webhooks\/live-webhooks/,
					/loadWebhookExecutionData/,
					/saveStaticData/,
					/acquireIsolate|releaseIsolate/,
					/getCredentials|decrypt/i,
					/n8n\/dist\/scaling\//,
					/typeorm\//,
					/ pg\/| pg-protocol\//,
					/ioredis\//,
					/ bull\//,
					/winston|logform/,
					/isolated-vm|expression-runtime/,
				],
			});
			const row = {
				...phase,
				ok: answers.filter((r) => r.status === 200).length,
				statuses: [...new Set(answers.map((r) => r.status))],
				answersPerSec: perSecond(answers.length, wallMs),
				p50: percentile(latencies, 50),
				p99: percentile(latencies, 99),
				webhookCpuMsPerPush: webhookCpuMs / answers.length,
				cpuMsPerPush: Object.fromEntries(Object.entries(cpuMs).map(([p, ms]) => [p, ms / answers.length])),
				drained,
				profile: file,
				summary,
			};
			results.push(row);
			log(`${phase.name} ${phase.label}: ${row.ok}/${phase.count} 200, ${row.answersPerSec.toFixed(1)}/s, p50 ${row.p50.toFixed(0)} ms, p99 ${row.p99.toFixed(0)} ms; webhook CPU ${row.webhookCpuMsPerPush.toFixed(1)} ms/push; ${Object.entries(row.cpuMsPerPush).map(([p, ms]) => `${p} ${ms.toFixed(1)}`).join(', ')} (ms CPU per push)`);
			log(`  profile busy ${summary.busyMs.toFixed(0)} ms of ${summary.wallMs.toFixed(0)} ms, GC ${summary.gcMs.toFixed(0)} ms`);
			for (const frame of summary.selfTop.slice(0, 15)) log(`    self ${frame.pctOfBusy.toFixed(1).padStart(5)} %  ${frame.name}`);
			for (const pkg of summary.packagesInclusive.slice(0, 12)) log(`    in-package ${pkg.pctOfBusy.toFixed(1).padStart(5)} %  ${pkg.name}`);
			for (const inc of summary.inclusive) log(`    inclusive ${inc.pctOfBusy.toFixed(1).padStart(5)} %  ${inc.pattern}`);
		}
		inspector.close();
	} finally {
		writeFileSync(join(outDir, 'summary.json'), JSON.stringify(results, null, 2));
		await topology.stop();
		log(`profiles and summary.json in ${outDir}`);
	}
}

main().catch((error) => {
	console.error(error);
	killAllGroups();
	process.exit(1);
});
