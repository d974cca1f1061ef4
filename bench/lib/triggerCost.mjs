// The PandaPon Trigger's own cost per push, without n8n around it: the built webhook() called in a fresh Node 24
// process (n8n's runtime, n8n-workflow from n8n's node_modules) with a minimal context whose credential resolves at
// once. What n8n adds per push (request routing, workflow load, expression isolate, credential decryption, static
// data save, execution) is measured by the n8n load in bench/scenarios/trigger.mjs; this is the part we control.
import { join } from 'node:path';
import { REPO_ROOT, SANDBOX_ACCOUNT } from '../../scripts/e2e/constants.mjs';
import { runCommand } from '../../scripts/e2e/processes.mjs';
import { hostEnv } from '../../scripts/n8n-host.mjs';

const COST_SCRIPT = `
const { createHmac } = require('crypto');
const { join } = require('path');
const [repoRoot, secret, count] = [process.argv[1], process.argv[2], Number(process.argv[3])];
const { PandaPonTrigger } = require(join(repoRoot, 'dist/nodes/PandaPonTrigger/PandaPonTrigger.node.js'));
const trigger = new PandaPonTrigger();
const response = { status() { return response; }, json(body) { response.body = body; return response; } };
let workflowCount = 0;

function push(n, pushedAt) {
	const orderId = '3305075341' + String(n).padStart(9, '0');
	const rawBody = Buffer.from(JSON.stringify({
		messageType: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
		messageBody: '{"orderId":' + orderId + ',"orderNo":"PO202605200001","orderStatus":"WAITING_FOR_PAYMENT","payStatus":1,"totalAmount":9800,"shippingFee":500,"productAmount":9300}',
		messagePlatform: 1,
		timestamp: String(pushedAt),
	}));
	return { rawBody, authorization: createHmac('sha256', secret).update(rawBody).digest('hex') };
}

/**
 * Times webhook() alone over the pushes. Between calls, static data makes the round trip n8n gives it (JSON text in
 * the database, parsed again for the next request), outside the timed part: that is n8n's cost, not ours.
 */
async function run(label, params, pushes, untimed = []) {
	const workflowId = 'cost-' + ++workflowCount;
	let saved = '{}';
	let spent = 0n;
	for (const [index, { rawBody, authorization }] of [...untimed, ...pushes].entries()) {
		const staticData = JSON.parse(saved);
		const context = {
			getWebhookName: () => 'default',
			getRequestObject: () => ({ headers: { authorization }, rawBody }),
			getResponseObject: () => response,
			getNodeParameter: (name, fallback) => (name in params ? params[name] : fallback),
			getCredentials: async () => ({ accessSecret: secret }),
			getWorkflowStaticData: () => staticData,
			getWorkflow: () => ({ id: workflowId }),
			getNode: () => ({ id: 'node', name: 'PandaPon Trigger' }),
			getMode: () => 'webhook',
			logger: { warn() {}, info() {} },
			helpers: { returnJsonArray: (json) => [{ json }] },
		};
		const started = process.hrtime.bigint();
		await trigger.webhook.call(context);
		if (index >= untimed.length) spent += process.hrtime.bigint() - started;
		saved = JSON.stringify(staticData);
	}
	return { label, us: Number(spent) / 1e3 / pushes.length, savedBytes: saved.length };
}

(async () => {
	const defaults = { events: ['*'], platforms: [], dropRedeliveries: true, options: {} };
	const now = Date.now();
	const pushes = Array.from({ length: count }, (_, n) => push(n, now - n));
	// Warm-up: the JIT and the module's first use, not counted.
	await run('warm-up', defaults, pushes.slice(0, 500));
	const rows = [];
	for (let repeat = 0; repeat < 5; repeat++) {
		rows.push(await run('defaults: new event', defaults, pushes));
		rows.push(await run('Drop Redeliveries off', { ...defaults, dropRedeliveries: false }, pushes));
		rows.push(await run('Drop Redeliveries and Verify Signature off', { ...defaults, dropRedeliveries: false, options: { verifySignature: false } }, pushes));
	}
	// Redeliveries: every push a second time (timed), into a trigger that has just recorded them all (not timed).
	for (let repeat = 0; repeat < 5; repeat++) rows.push(await run('defaults: redelivery', defaults, pushes, pushes));
	process.stdout.write(JSON.stringify({ rows }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median µs per push for each configuration, and the size of the static data n8n then saves. */
export async function triggerOwnCost(ctx, { count = 2000 } = {}) {
	const result = await runCommand(ctx.host.nodeBin, ['-e', COST_SCRIPT, REPO_ROOT, SANDBOX_ACCOUNT.accessSecret, String(count)], {
		cwd: REPO_ROOT,
		env: { ...hostEnv(ctx.host), NODE_PATH: ctx.host.nodeModules },
	});
	if (result.code !== 0) throw new Error(`trigger cost script failed: ${result.stderr}`);
	const { rows } = JSON.parse(result.stdout);
	const byLabel = {};
	for (const row of rows) (byLabel[row.label] ??= []).push(row);
	const summary = Object.entries(byLabel).map(([label, runs]) => ({
		label,
		usPerPush: median(runs.map((run) => run.us)),
		savedBytes: Math.max(...runs.map((run) => run.savedBytes)),
	}));
	for (const row of summary) ctx.log(`  own cost, ${row.label}: ${row.usPerPush.toFixed(1)} µs per push (static data ${row.savedBytes} bytes)`);
	return { count, rows: summary };
}
