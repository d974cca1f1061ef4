// `npm start -- --queue`: the package on n8n's distributed engine, on this machine. PostgreSQL and Redis (from the
// machine's packages: `bash .ci/run --install-only` installs them) on free loopback ports, n8n main on 5678 (editor),
// one webhook processor on 5680 (production webhooks, where the sandbox pushes callbacks) and --workers=N workers
// (default 2) at lower CPU priority. Everything starts fresh in .n8n-queue/ (the database is thrown away at Ctrl-C).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PORTS, OWNER, REPO_ROOT, SANDBOX_ACCOUNT } from './e2e/constants.mjs';
import { loadExampleFiles, TRIGGER_EXAMPLE } from './e2e/examples.mjs';
import { timed } from './e2e/instance.mjs';
import { productionWebhookUrl } from './e2e/n8n.mjs';
import { triggerWebhookPath } from './e2e/node-info.mjs';
import { assertPortFree, formatSeconds } from './e2e/processes.mjs';
import { assertQueueServicesInstalled } from './e2e/queue/services.mjs';
import { startQueueTopology, WORKER_CONCURRENCY, WORKER_NICE } from './e2e/queue/topology.mjs';
import { startSandbox } from './e2e/sandbox.mjs';

export const QUEUE_PORTS = { main: DEFAULT_PORTS.n8n, webhook: 5680, sandbox: DEFAULT_PORTS.sandbox };
const DIR = join(REPO_ROOT, '.n8n-queue');
const LOOPBACK = '127.0.0.1';

/** Called by scripts/start.mjs, which owns Ctrl-C: everything started goes into `running`. */
export async function startQueue({ args, log, running, shutdown, isShuttingDown, prepare }) {
	const started = Date.now();
	const workers = Number(args.find((arg) => arg.startsWith('--workers='))?.split('=')[1] ?? 2);
	if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers=N needs a whole number of at least 1');
	assertQueueServicesInstalled();
	await Promise.all([
		assertPortFree(QUEUE_PORTS.main, LOOPBACK, 'n8n main'),
		assertPortFree(QUEUE_PORTS.webhook, LOOPBACK, 'the n8n webhook processor'),
		assertPortFree(QUEUE_PORTS.sandbox, LOOPBACK, 'the PandaPon sandbox'),
	]);
	const host = await prepare();
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });

	const sandbox = await timed(
		'start sandbox',
		() => startSandbox({ port: QUEUE_PORTS.sandbox, host: LOOPBACK, logFile: join(DIR, 'sandbox.log') }),
		{ log },
	);
	running.push(sandbox);
	const examples = loadExampleFiles();
	const topology = await startQueueTopology({
		host,
		dir: DIR,
		sandboxUrl: sandbox.url,
		workflows: examples.map((example) => example.workflow),
		publish: [TRIGGER_EXAMPLE.workflowId],
		workers,
		ports: { main: QUEUE_PORTS.main, webhook: QUEUE_PORTS.webhook },
		log,
	});
	running.push({ stop: topology.stop });
	const triggerUrl = productionWebhookUrl(topology.mainEnv, TRIGGER_EXAMPLE.webhookId, triggerWebhookPath());
	await sandbox.admin.setCallbackUrl(triggerUrl);

	for (const proc of [sandbox, ...topology.running]) {
		proc.exited.then((code) => {
			if (isShuttingDown()) return;
			console.error(`\n${proc.command ? `n8n ${proc.command}` : 'A service'} exited unexpectedly (code ${code}); logs in ${join(DIR, 'logs')}.`);
			void shutdown(1);
		});
	}

	console.log(`
Queue mode ready in ${formatSeconds(Date.now() - started)}.

  n8n editor (main)    http://localhost:${QUEUE_PORTS.main}      login: ${OWNER.email} / ${OWNER.password}
  webhook processor    ${topology.webhookUrl}   (production webhooks; main does not serve them)
  workers              ${workers}, ${WORKER_CONCURRENCY} executions each, nice ${WORKER_NICE}
  PostgreSQL           127.0.0.1:${topology.postgres.port}   Redis 127.0.0.1:${topology.redis.port}
  PandaPon sandbox     ${sandbox.url}   access key ${SANDBOX_ACCOUNT.accessKey} (credential "PandaPon sandbox")
  Trigger URL          ${triggerUrl}

  Everything is fresh on each start and thrown away at Ctrl-C. Logs: ${join(DIR, 'logs')}

Press Ctrl-C to stop.`);
}
