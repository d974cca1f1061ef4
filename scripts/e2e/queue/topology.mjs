// n8n in queue mode on loopback: PostgreSQL + Redis, one main process (editor, REST, triggers and pollers, no
// production webhooks), one webhook processor (`n8n webhook`, answers /webhook/*), and workers (`n8n worker`) that
// run every execution. One encryption key for all. Each process has its own user folder with our package installed
// as a community package, as separate machines would. Shared by `npm start -- --queue`, the queue-mode e2e test and
// `npm run bench`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installTarball, packPackage, registerInstalledPackage } from '../community-package.mjs';
import { sandboxCredential } from '../constants.mjs';
import { timed } from '../instance.mjs';
import { importJson, n8nCliOk, n8nEnv } from '../n8n.mjs';
import { findFreePort, startGroup, waitForHttp } from '../processes.mjs';
import { startPostgres, startRedis } from './services.mjs';

/** Workers run at this nice level by default: on a small machine they must not starve the webhook processor. */
export const WORKER_NICE = 10;
export const WORKER_CONCURRENCY = 10;
// n8n's PostgreSQL pool holds 2 connections by default, and n8n pings the database every 2 s through that pool: a
// ping that waits more than DB_PING_TIMEOUT_MS (5 s) for a connection marks the database down, every request is then
// answered 503 "Database is not ready!", and after 3 failed pings n8n tears the pool down under the requests in
// flight. Each callback the webhook processor is working on holds a connection (its execution is inserted in a
// transaction), so its pool must exceed the pushes in flight; workers hold about one per running execution.
export const POOL_SIZE = { main: 6, webhook: 64, worker: WORKER_CONCURRENCY + 4 };

/** What every process of the topology shares besides the per-process settings n8nEnv() gives. */
function queueEnv({ postgres, redis, webhookUrl }) {
	return {
		...postgres.env,
		...redis.env,
		EXECUTIONS_MODE: 'queue',
		// Production webhooks are the webhook processor's job; main keeps the editor, test webhooks and pollers.
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		// Manual runs from the editor (and our tests' REST runs) go to a worker too.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		// The URL n8n shows for production webhooks and registers them under: the webhook processor.
		N8N_WEBHOOK_URL: webhookUrl,
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		// Bull's key prefix; separate topologies already have separate Redis servers.
		QUEUE_BULL_PREFIX: 'bull',
		// A busy process answers its own ping late: that is load, not a lost database (see POOL_SIZE).
		DB_PING_TIMEOUT_MS: '20000',
		// n8n 2.40's expression engine (isolated-vm) takes an isolate for every webhook request of any trigger other
		// than its own Webhook node, and for every execution, and disposes it afterwards: a new isolate per push, about
		// 190 ms of CPU, although our trigger evaluates no expression. Lazy: an isolate only when an expression runs.
		N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
	};
}

/**
 * Starts one n8n process of the topology and waits until its /healthz/readiness answers 200.
 * `command` is start | webhook | worker; `nice` lowers its CPU priority.
 */
async function startProcess(host, env, { command, args = [], nodeArgs = [], healthPort, logFile, nice, timeoutMs = 180000 }) {
	const n8nArgs = [...nodeArgs, host.n8nBin, command, ...args];
	const [bin, ...binArgs] = nice ? ['nice', '-n', String(nice), host.nodeBin, ...n8nArgs] : [host.nodeBin, ...n8nArgs];
	const started = Date.now();
	// Workers log "Worker started/finished execution <id>" at info level: which executions each one holds.
	const executions = { started: new Set(), finished: new Set() };
	const onLine = (line) => {
		const match = /Worker (started|finished) execution (\d+)/.exec(line);
		if (match) executions[match[1]].add(match[2]);
	};
	const proc = startGroup(bin, binArgs, { env, cwd: env.N8N_USER_FOLDER, logFile, onLine });
	const baseUrl = `http://127.0.0.1:${healthPort}`;
	try {
		await waitForHttp(`${baseUrl}/healthz/readiness`, { timeoutMs, exited: proc.exited });
	} catch (error) {
		await proc.stop();
		throw new Error(`n8n ${command} did not become ready: ${error.message}\n--- output ---\n${proc.output()}`);
	}
	/** Executions this process started and has not reported finished. */
	const inFlight = () => [...executions.started].filter((id) => !executions.finished.has(id));
	/** SIGKILL for the whole process group (n8n and its task runner): a crash, no shutdown. */
	const kill = async () => {
		try {
			process.kill(-proc.child.pid, 'SIGKILL');
		} catch {
			// already gone
		}
		await proc.exited;
	};
	return { ...proc, command, baseUrl, env, executions, inFlight, kill, startupMs: Date.now() - started };
}

/**
 * @param {object} o
 * @param {object} o.host             ensureN8nHost() result
 * @param {string} o.dir              folder for user folders and logs (created)
 * @param {string} o.sandboxUrl       base URL the credential points at
 * @param {object[]} o.workflows      workflow JSON objects to import
 * @param {string[]} [o.publish]      ids of workflows to publish
 * @param {number} [o.workers]        number of workers
 * @param {number} [o.concurrency]    executions each worker runs at once
 * @param {number} [o.workerNice]     nice level of the workers (0: same priority as the rest)
 * @param {{ main?: number, webhook?: number }} [o.ports]  fixed ports (default: free ports)
 * @param {Record<string, string>} [o.extraEnv]  added to every process's environment
 * @param {string} [o.tarball]        reuse an already packed tarball
 * @param {string[]} [o.webhookNodeArgs]  Node options for the webhook processor only (e.g. --inspect for a profile)
 */
export async function startQueueTopology({
	host,
	dir,
	sandboxUrl,
	workflows,
	publish = [],
	workers = 2,
	concurrency = WORKER_CONCURRENCY,
	workerNice = WORKER_NICE,
	ports = {},
	extraEnv = {},
	tarball,
	webhookNodeArgs = [],
	log = console.log,
	timings,
}) {
	const step = (label, fn) => timed(label, fn, { log, timings });
	const logs = join(dir, 'logs');
	mkdirSync(logs, { recursive: true });
	const running = [];
	const topology = { dir, running, main: undefined, webhook: undefined, workers: [], postgres: undefined, redis: undefined };
	topology.stop = async () => {
		// n8n processes first (they drain and disconnect), then Redis and PostgreSQL.
		const n8nProcesses = running.filter((proc) => proc.command);
		await Promise.allSettled(n8nProcesses.map((proc) => proc.stop()));
		await Promise.allSettled(running.filter((proc) => !proc.command).map((proc) => proc.stop()));
		running.length = 0;
	};
	try {
		const [postgres, redis] = await step('start PostgreSQL and Redis', () =>
			Promise.all([
				startPostgres({ logFile: join(logs, 'postgres.log') }),
				startRedis({ dir: join(dir, 'redis'), logFile: join(logs, 'redis.log') }),
			]),
		);
		running.push(postgres, redis);
		Object.assign(topology, { postgres, redis });

		const port = async (fixed) => fixed ?? (await findFreePort());
		const mainPort = await port(ports.main);
		const webhookPort = await port(ports.webhook);
		const webhookUrl = `http://127.0.0.1:${webhookPort}/`;
		const shared = { ...queueEnv({ postgres, redis, webhookUrl }), ...extraEnv };
		const envFor = async (name, n8nPort, poolSize) => ({
			...n8nEnv({ host, userFolder: join(dir, name), port: n8nPort, brokerPort: await findFreePort() }),
			DB_POSTGRESDB_POOL_SIZE: String(poolSize),
			...shared,
		});
		const workerPool = Math.max(POOL_SIZE.worker, concurrency + 4);
		const mainEnv = await envFor('main', mainPort, POOL_SIZE.main);
		const webhookEnv = await envFor('webhook', webhookPort, POOL_SIZE.webhook);
		const workerEnvs = [];
		for (let index = 1; index <= workers; index++) {
			const healthPort = await findFreePort();
			// N8N_PORT is unused by a worker; its health server listens on QUEUE_HEALTH_CHECK_PORT.
			workerEnvs.push({ ...(await envFor(`worker-${index}`, healthPort, workerPool)), QUEUE_HEALTH_CHECK_PORT: String(healthPort) });
		}
		const allEnvs = [mainEnv, webhookEnv, ...workerEnvs];

		const packed = tarball ? { tarball } : await step('npm pack', () => packPackage(join(dir, 'pack')));
		await step(`install the package as a community package for ${allEnvs.length} processes`, () =>
			Promise.all(
				allEnvs.map((env) => installTarball({ host, userFolder: env.N8N_USER_FOLDER, tarball: packed.tarball })),
			),
		);
		// The first CLI command creates n8n's tables in PostgreSQL.
		await step('import credential', () =>
			importJson(host, mainEnv, 'credentials', 'credentials', [sandboxCredential(sandboxUrl)]),
		);
		// PostgreSQL takes concurrent writers (SQLite would not): the rest in parallel.
		const [, nodeTypes] = await step('import workflows, register the community package', () =>
			Promise.all([
				importJson(host, mainEnv, 'workflow', 'workflows', workflows),
				registerInstalledPackage({ host, userFolder: mainEnv.N8N_USER_FOLDER, env: mainEnv }),
			]),
		);
		topology.nodeTypes = nodeTypes;
		if (publish.length) {
			await step(`publish ${publish.join(', ')}`, () =>
				Promise.all(publish.map((id) => n8nCliOk(host, mainEnv, ['publish:workflow', `--id=${id}`]))),
			);
		}

		// Main first: it activates the published workflows (registers their webhooks in the database).
		topology.main = await step('n8n main (start)', () =>
			startProcess(host, mainEnv, { command: 'start', healthPort: mainPort, logFile: join(logs, 'main.log') }),
		);
		running.push(topology.main);
		/** Stops and starts main again (main runs n8n's queue recovery at start: dangling executions → crashed). */
		topology.restartMain = async () => {
			await topology.main.stop();
			running.splice(running.indexOf(topology.main), 1);
			topology.main = await startProcess(host, mainEnv, { command: 'start', healthPort: mainPort, logFile: join(logs, 'main.log') });
			running.push(topology.main);
			return topology.main;
		};
		const startWorker = (env, index) =>
			startProcess(host, env, {
				command: 'worker',
				args: [`--concurrency=${concurrency}`],
				healthPort: Number(env.QUEUE_HEALTH_CHECK_PORT),
				logFile: join(logs, `worker-${index}.log`),
				nice: workerNice,
			});
		const [webhook, ...startedWorkers] = await step(`n8n webhook processor + ${workers} worker(s)`, () =>
			Promise.all([
				startProcess(host, webhookEnv, { command: 'webhook', nodeArgs: webhookNodeArgs, healthPort: webhookPort, logFile: join(logs, 'webhook.log') }),
				...workerEnvs.map((env, index) => startWorker(env, index + 1)),
			]),
		);
		running.push(webhook, ...startedWorkers);
		topology.webhook = webhook;
		topology.workers = startedWorkers;
		topology.tarball = packed.tarball;
		topology.mainEnv = mainEnv;
		topology.webhookUrl = webhookUrl;
		/** Starts one more worker (e.g. after one was killed), with the settings of worker `like`. */
		topology.addWorker = async () => {
			const index = topology.workers.length + 1;
			const healthPort = await findFreePort();
			const env = { ...(await envFor(`worker-${index}`, healthPort, workerPool)), QUEUE_HEALTH_CHECK_PORT: String(healthPort) };
			await installTarball({ host, userFolder: env.N8N_USER_FOLDER, tarball: packed.tarball });
			const worker = await startWorker(env, index);
			running.push(worker);
			topology.workers.push(worker);
			return worker;
		};
		return topology;
	} catch (error) {
		await topology.stop();
		throw error;
	}
}
