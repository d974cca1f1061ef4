// Shared state of one end-to-end run: a temporary n8n user folder, the sandbox and (for trigger tests) `n8n start`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureN8nHost } from '../../scripts/n8n-host.mjs';
import { loadExampleFiles, TRIGGER_EXAMPLE } from '../../scripts/e2e/examples.mjs';
import { prepareInstance, timed } from '../../scripts/e2e/instance.mjs';
import { executeWorkflow, N8nRest, startN8n } from '../../scripts/e2e/n8n.mjs';
import { findFreePort, formatSeconds } from '../../scripts/e2e/processes.mjs';
import { startSandbox } from '../../scripts/e2e/sandbox.mjs';
import { fixtureWorkflows } from './fixtures.mjs';

export const log = (line) => console.log(`[e2e] ${line}`);

/** Everything the tests share. Filled by setUp(). */
export const ctx = {
	host: undefined,
	dir: '',
	ports: { n8n: 0, broker: 0, sandbox: 0 },
	sandbox: undefined,
	instance: undefined,
	examples: [],
	n8n: undefined,
	rest: undefined,
	timings: [],
};

export async function setUp() {
	ctx.host = await timed('n8n host', () => ensureN8nHost({ log }), { log, timings: ctx.timings });
	ctx.dir = mkdtempSync(join(tmpdir(), 'pandapon-e2e-'));
	mkdirSync(join(ctx.dir, 'logs'));
	log(`working folder ${ctx.dir}`);
	// Free ports, so the tests run next to an `npm start` (5678/5679/8787) without touching it.
	ctx.ports = { n8n: await findFreePort(), broker: await findFreePort(), sandbox: await findFreePort() };
	ctx.sandbox = await timed(
		'start sandbox',
		() => startSandbox({ port: ctx.ports.sandbox, logFile: join(ctx.dir, 'logs', 'sandbox.log') }),
		{ log, timings: ctx.timings },
	);
	ctx.examples = loadExampleFiles();
	ctx.instance = await prepareInstance({
		host: ctx.host,
		userFolder: join(ctx.dir, 'n8n'),
		ports: ctx.ports,
		sandboxUrl: ctx.sandbox.url,
		workflows: [...ctx.examples.map((example) => example.workflow), ...fixtureWorkflows()],
		publish: [TRIGGER_EXAMPLE.workflowId],
		log,
		timings: ctx.timings,
	});
}

export async function tearDown() {
	await ctx.n8n?.stop();
	await ctx.sandbox?.stop();
	log('stage timings:');
	for (const { label, ms } of ctx.timings) log(`  ${label.padEnd(48)} ${formatSeconds(ms)}`);
	if (process.env.PANDAPON_E2E_KEEP) log(`kept ${ctx.dir}`);
	else if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
}

/** `n8n execute` of one workflow, timed. Never while `n8n start` runs (they would share the SQLite file). */
export async function execute(workflowId) {
	if (ctx.n8n) throw new Error('stop n8n start before n8n execute');
	return await timed(`n8n execute ${workflowId}`, () => executeWorkflow(ctx.host, ctx.instance.env, workflowId), {
		log,
		timings: ctx.timings,
	});
}

export async function startServer() {
	ctx.n8n = await timed(
		'n8n start (until /healthz/readiness)',
		() => startN8n(ctx.host, ctx.instance.env, { logFile: join(ctx.dir, 'logs', 'n8n.log') }),
		{ log, timings: ctx.timings },
	);
	ctx.rest = new N8nRest(ctx.n8n.baseUrl);
	await ctx.rest.login();
}

export async function stopServer() {
	await ctx.n8n?.stop();
	ctx.n8n = undefined;
	ctx.rest = undefined;
}

/** n8n stores run data "flatted"; its own copy of the library reads it. */
export function unflatten(text) {
	const require = createRequire(join(ctx.host.nodeModules, 'n8n', 'package.json'));
	return require('flatted').parse(text);
}
