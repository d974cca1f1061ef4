// `npm run bench`: builds if needed, installs the pinned n8n host, starts the bench sandbox and one n8n instance with
// all benchmark workflows, runs the five benchmarks and writes BENCHMARKS.md + bench/results/latest.json.
// Options: --quick (small counts, one run each: a smoke test, report not written unless --out is given)
//          --only=throughput,batch,returnAll,trigger,coldLoad,queue   --repeat=N   --out=<file.md>   --keep
//          --no-build (use dist/ as it is)   --render (only rewrite BENCHMARKS.md from bench/results/latest.json)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage, distIsStale } from '../scripts/e2e/build.mjs';
import { PACKAGE_JSON, PACKAGE_NAME, REPO_ROOT, SANDBOX_ACCOUNT } from '../scripts/e2e/constants.mjs';
import { prepareInstance } from '../scripts/e2e/instance.mjs';
import { findFreePort, formatSeconds, killAllGroups } from '../scripts/e2e/processes.mjs';
import { HOST_NODE_VERSION, N8N_VERSION, ensureN8nHost } from '../scripts/n8n-host.mjs';
import { renderReport } from './lib/report.mjs';
import { startBenchSandbox } from './lib/sandbox.mjs';
import * as workflows from './lib/workflows.mjs';
import { batchLookup } from './scenarios/batch.mjs';
import { coldLoad } from './scenarios/coldLoad.mjs';
import { returnAll } from './scenarios/returnAll.mjs';
import { perItemThroughput } from './scenarios/throughput.mjs';
import { triggerLoad } from './scenarios/trigger.mjs';
import { queueMode } from './scenarios/queue.mjs';

const FULL = { items: 2000, orders: [1000, 5000, 10000], callbacks: 1000, warmup: 50, concurrency: 16, rounds: 4, sequential: 100, starts: 3, repeat: 3, queue: { count: 1000, drain: 3000, concurrency: 50, warmup: 50, workers: [1, 2] } };
const QUICK = { items: 200, orders: [200, 500], callbacks: 200, warmup: 20, concurrency: 16, rounds: 2, sequential: 20, starts: 1, repeat: 1, queue: { count: 200, drain: 300, concurrency: 50, warmup: 20, workers: [1] } };
const ALL = ['throughput', 'batch', 'returnAll', 'trigger', 'coldLoad', 'queue'];
// The baseline's largest page: the sandbox's maximum for /open/order/page.
const SANDBOX_MAX_ORDER_PAGE = 100;

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const quick = args.includes('--quick');
const config = { ...(quick ? QUICK : FULL) };
if (option('repeat')) config.repeat = Number(option('repeat'));
const only = option('only')?.split(',') ?? ALL;
const outFile = option('out') ?? (quick ? undefined : join(REPO_ROOT, 'BENCHMARKS.md'));
const log = (line) => console.log(`[bench] ${line}`);

function gitCommit() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
}

/** Page size our Taobao order listing uses, read from the built node so the bench follows it. */
async function ourOrderPageSize() {
	const { createRequire } = await import('node:module');
	const require = createRequire(join(REPO_ROOT, 'package.json'));
	return require(join(REPO_ROOT, 'dist/nodes/PandaPon/transport/endpoints.js')).endpoints['taobaoOrder.getAll'].paging.maxPageSize;
}

async function main() {
	const started = Date.now();
	const timings = {};
	const stage = async (name, fn) => {
		const t0 = Date.now();
		const result = await fn();
		timings[name] = Date.now() - t0;
		log(`${name}: ${formatSeconds(timings[name])}`);
		return result;
	};
	if (!args.includes('--no-build') && distIsStale()) await stage('build', buildPackage);
	const host = await stage('n8n host', () => ensureN8nHost({ log }));
	const dir = mkdtempSync(join(tmpdir(), 'pandapon-bench-'));
	log(`working folder ${dir}`);
	const ctx = { host, dir, log, repeat: config.repeat, account: SANDBOX_ACCOUNT, packageName: PACKAGE_NAME, packageJson: PACKAGE_JSON };
	const results = {};
	try {
		ctx.sandbox = await stage('sandbox', async () =>
			startBenchSandbox({ port: await findFreePort(), catalogue: config.items, dir }),
		);
		ctx.itemIds = ctx.sandbox.itemIds;
		const ourPageSize = await ourOrderPageSize();
		const httpPageSizes = [...new Set([ourPageSize, SANDBOX_MAX_ORDER_PAGE])];
		const env = { sandboxUrl: ctx.sandbox.url, account: ctx.account };
		const benchWorkflows = [
			workflows.getProductOurs(ctx.itemIds),
			workflows.getProductHttp(ctx.itemIds, env),
			workflows.getManyOurs(ctx.itemIds),
			workflows.returnAllOurs(),
			workflows.returnAllOurs({ id: workflows.IDS.pageOursSimple, simplify: true }),
			...httpPageSizes.map((pageSize) => workflows.returnAllHttp({ ...env, pageSize })),
			workflows.triggerOurs(),
			...Object.values(workflows.TRIGGER_VARIANTS).map((variant) => workflows.triggerOurs(variant)),
			workflows.triggerPlain(),
		];
		ctx.instance = await stage('n8n instance', async () =>
			prepareInstance({
				host,
				userFolder: join(dir, 'n8n'),
				ports: { n8n: await findFreePort(), broker: await findFreePort() },
				sandboxUrl: ctx.sandbox.url,
				workflows: benchWorkflows,
				publish: [workflows.IDS.triggerOurs, ...Object.values(workflows.TRIGGER_VARIANTS).map((variant) => variant.id), workflows.IDS.triggerPlain],
				log: (line) => log(line.trim()),
			}),
		);
		// The baseline's Code node signs with Node's crypto module, which n8n only allows when told to.
		ctx.instance.env = { ...ctx.instance.env, NODE_FUNCTION_ALLOW_BUILTIN: 'crypto' };

		if (only.includes('throughput') || only.includes('batch')) {
			results.throughput = await stage('bench 1: per-item throughput', () => perItemThroughput(ctx));
		}
		if (only.includes('batch')) {
			results.batch = await stage('bench 2: batch lookup', () => batchLookup(ctx, { perIdRun: results.throughput.ours }));
		}
		if (only.includes('returnAll')) {
			results.returnAll = await stage('bench 3: return all', () =>
				returnAll(ctx, { sizes: config.orders, ourPageSize, httpPageSizes }),
			);
		}
		if (only.includes('trigger')) {
			results.trigger = await stage('bench 4: trigger', () =>
				triggerLoad(ctx, { count: config.callbacks, concurrency: config.concurrency, warmup: config.warmup, rounds: config.rounds, sequential: config.sequential }),
			);
		}
		if (only.includes('queue')) {
			results.queue = await stage('bench 6: queue mode', () => queueMode(ctx, config.queue));
		}
		if (only.includes('coldLoad')) {
			results.coldLoad = await stage('bench 5: cold load', () => coldLoad(ctx, { starts: config.starts }));
		}
	} finally {
		await ctx.sandbox?.stop();
		if (args.includes('--keep')) log(`kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}

	const meta = {
		date: new Date().toISOString(),
		commit: gitCommit(),
		packageVersion: PACKAGE_JSON.version,
		n8n: N8N_VERSION,
		hostNode: HOST_NODE_VERSION,
		benchNode: process.version,
		cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
		memoryGb: Math.round(totalmem() / 2 ** 30),
		config,
		quick,
		totalMs: Date.now() - started,
		timings,
	};
	log(`total ${formatSeconds(meta.totalMs)}`);
	const report = { meta, results };
	if (outFile) {
		mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
		writeFileSync(quick ? join(REPO_ROOT, 'bench', 'results', 'quick.tmp') : LATEST, `${JSON.stringify(report, null, '\t')}\n`);
		writeFileSync(outFile, renderReport(report));
		log(`wrote ${outFile}`);
	} else {
		console.log(JSON.stringify(report, null, 2));
	}
}

function stopAll() {
	killAllGroups();
	process.exit(130);
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

const LATEST = join(REPO_ROOT, 'bench', 'results', 'latest.json');
const run = args.includes('--render')
	? async () => {
			writeFileSync(join(REPO_ROOT, 'BENCHMARKS.md'), renderReport(JSON.parse(readFileSync(LATEST, 'utf8'))));
			log('rewrote BENCHMARKS.md from bench/results/latest.json');
		}
	: main;

run().catch((error) => {
	console.error(`[bench] ${error.stack ?? error.message}`);
	killAllGroups();
	process.exit(1);
});
