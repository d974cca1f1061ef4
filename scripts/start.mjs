#!/usr/bin/env node
// `npm start`: a local n8n with our package, wired to the local PandaPon sandbox.
// Builds (when dist/ is stale), installs the pinned n8n host once, starts the sandbox (8787) and n8n (5678),
// imports a sandbox credential and the example workflows, publishes the trigger example and points the
// sandbox's callbacks at it. Ctrl-C stops everything.
// Options: --fresh     start from an empty n8n user folder (.n8n-local/) instead of reusing it
//          --no-build  use node_modules/ and dist/ as they are (no bootstrap, no build)
//          --queue     queue mode instead (scripts/start-queue.mjs): PostgreSQL + Redis, main on 5678, webhook
//                      processor on 5680, --workers=N workers (default 2); a fresh topology on every start
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackage, distIsStale } from './e2e/build.mjs';
import { DEFAULT_PORTS, OWNER, REPO_ROOT, SANDBOX_ACCOUNT } from './e2e/constants.mjs';
import { loadExampleFiles, TRIGGER_EXAMPLE } from './e2e/examples.mjs';
import { prepareInstance, timed } from './e2e/instance.mjs';
import { productionWebhookUrl, startN8n } from './e2e/n8n.mjs';
import { assertPortFree, formatSeconds, killAllGroups } from './e2e/processes.mjs';
import { startSandbox } from './e2e/sandbox.mjs';
import { triggerWebhookPath } from './e2e/node-info.mjs';
import { ensureN8nHost } from './n8n-host.mjs';

const USER_FOLDER = join(REPO_ROOT, '.n8n-local');
const LOOPBACK = '127.0.0.1';
const running = [];
let shuttingDown = false;

async function shutdown(code) {
	if (shuttingDown) return;
	shuttingDown = true;
	if (running.length > 0) console.log('\nStopping n8n and the sandbox …');
	await Promise.allSettled(running.map((proc) => proc.stop()));
	killAllGroups();
	if (running.length > 0) console.log('Stopped.');
	process.exit(code);
}

/** Bootstrap and build (unless --no-build), then the pinned n8n host. */
async function prepareHost(args, log) {
	const bootstrap = join(REPO_ROOT, 'scripts', 'bootstrap.mjs');
	if (args.includes('--no-build')) {
		log('  build: skipped (--no-build)');
	} else {
		if (existsSync(bootstrap)) {
			const result = spawnSync(process.execPath, [bootstrap], { cwd: REPO_ROOT, stdio: 'inherit' });
			if (result.status !== 0) throw new Error('bootstrap (npm ci) failed');
		}
		if (distIsStale()) await timed('build', buildPackage, { log });
		else log('  build: dist/ is up to date');
	}
	return await timed('n8n host', () => ensureN8nHost({ log }), { log });
}

function onSignal() {
	void shutdown(0);
}

async function main() {
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	const started = Date.now();
	const log = (line) => console.log(line);
	const args = process.argv.slice(2);
	if (args.includes('--queue')) {
		const { startQueue } = await import('./start-queue.mjs');
		await startQueue({ args, log, running, shutdown, isShuttingDown: () => shuttingDown, prepare: () => prepareHost(args, log) });
		return;
	}

	await Promise.all([
		assertPortFree(DEFAULT_PORTS.n8n, LOOPBACK, 'n8n'),
		assertPortFree(DEFAULT_PORTS.broker, LOOPBACK, "n8n's task broker"),
		assertPortFree(DEFAULT_PORTS.sandbox, LOOPBACK, 'the PandaPon sandbox'),
	]);

	const host = await prepareHost(args, log);

	if (args.includes('--fresh')) rmSync(USER_FOLDER, { recursive: true, force: true });
	mkdirSync(USER_FOLDER, { recursive: true });

	const sandbox = await timed(
		'start sandbox',
		() => startSandbox({ port: DEFAULT_PORTS.sandbox, host: LOOPBACK, logFile: join(USER_FOLDER, 'sandbox.log') }),
		{ log },
	);
	running.push(sandbox);

	const examples = loadExampleFiles();
	const instance = await prepareInstance({
		host,
		userFolder: USER_FOLDER,
		ports: { n8n: DEFAULT_PORTS.n8n, broker: DEFAULT_PORTS.broker },
		sandboxUrl: sandbox.url,
		workflows: examples.map((example) => example.workflow),
		publish: [TRIGGER_EXAMPLE.workflowId],
		log,
	});

	const n8nLog = join(USER_FOLDER, 'n8n.log');
	const n8n = await timed('start n8n', () => startN8n(host, instance.env, { logFile: n8nLog }), { log });
	running.push(n8n);

	const triggerUrl = productionWebhookUrl(instance.env, TRIGGER_EXAMPLE.webhookId, triggerWebhookPath());
	await sandbox.admin.setCallbackUrl(triggerUrl);

	for (const proc of [sandbox, n8n]) {
		proc.exited.then((code) => {
			if (shuttingDown) return;
			console.error(`\n${proc === n8n ? `n8n (log: ${n8nLog})` : 'The sandbox'} exited unexpectedly (code ${code}).`);
			void shutdown(1);
		});
	}

	console.log(`
Ready in ${formatSeconds(Date.now() - started)}.

  n8n editor     http://localhost:${DEFAULT_PORTS.n8n}
                 login: ${OWNER.email} / ${OWNER.password}
  PandaPon sandbox ${sandbox.url}   (admin API: ${sandbox.url}/__sandbox/state)
                 access key ${SANDBOX_ACCOUNT.accessKey}, access secret ${SANDBOX_ACCOUNT.accessSecret},
                 user id ${SANDBOX_ACCOUNT.userId} (already stored as credential "PandaPon sandbox")
  Trigger URL    ${triggerUrl}
                 (published example "${TRIGGER_EXAMPLE.name}"; the sandbox pushes its callbacks here)

  Example workflows: ${examples.map((example) => `"${example.workflow.name}"`).join(', ')}
  They are re-imported from examples/ on every start: save your changes under another name.
  n8n data: ${USER_FOLDER} (remove it or pass --fresh to start over), n8n log: ${n8nLog}

Press Ctrl-C to stop.`);
}

main().catch(async (error) => {
	console.error(`\nnpm start failed: ${error.message}`);
	await shutdown(1);
});
