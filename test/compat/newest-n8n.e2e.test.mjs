// CI-sized end-to-end run on another n8n than the pinned one (the newest 2.x, see NEWEST_N8N_VERSION): the package
// loads, one example workflow runs against the sandbox, one signed callback starts one execution.
// Run with `node scripts/compat.mjs` (sets PANDAPON_N8N_VERSION, so the shared harness uses that n8n host).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ACTION_NODE_TYPE, PACKAGE_JSON, TRIGGER_NODE_TYPE, WATCH_NODE_TYPE } from '../../scripts/e2e/constants.mjs';
import { STATUS_LOG_NODE_NAME, TRIGGER_EXAMPLE } from '../../scripts/e2e/examples.mjs';
import { productionWebhookUrl } from '../../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../../scripts/e2e/node-info.mjs';
import { exampleChecks } from '../e2e/example-checks.mjs';
import { ctx, execute, setUp, startServer, stopServer, tearDown, unflatten } from '../e2e/harness.mjs';

const MINUTES = 60000;
const EXAMPLE = exampleChecks.find((check) => check.title.startsWith('2. 1688 order lifecycle'));

before(setUp, { timeout: 15 * MINUTES });
after(tearDown, { timeout: 2 * MINUTES });

describe(`n8n ${process.env.PANDAPON_N8N_VERSION ?? '(pinned)'}`, () => {
	test('the host runs the requested n8n version', () => {
		const installed = JSON.parse(readFileSync(join(ctx.host.nodeModules, 'n8n', 'package.json'), 'utf8')).version;
		assert.equal(installed, process.env.PANDAPON_N8N_VERSION, 'PANDAPON_N8N_VERSION did not reach the harness');
	});

	test('n8n registers every node under the community package prefix', () => {
		assert.deepEqual([...ctx.instance.nodeTypes].sort(), [ACTION_NODE_TYPE, TRIGGER_NODE_TYPE, WATCH_NODE_TYPE].sort());
	});

	test(EXAMPLE.title, { timeout: 3 * MINUTES }, async () => {
		const example = ctx.examples.find((candidate) => candidate.workflow.id === EXAMPLE.workflowId);
		await ctx.sandbox.admin.reset();
		const result = await execute(EXAMPLE.workflowId);
		assert.ok(result.ok, `execution failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}`);
		await EXAMPLE.verify({ run: result.run, sandbox: ctx.sandbox.admin, workflow: example.workflow });
	});

	describe('n8n start', () => {
		before(startServer, { timeout: 5 * MINUTES });
		after(stopServer, { timeout: 2 * MINUTES });

		test('Settings > Community nodes lists the package as loaded', async () => {
			const packages = await ctx.rest.get('/rest/community-packages');
			const ours = packages.find((candidate) => candidate.packageName === PACKAGE_JSON.name);
			assert.ok(ours, `not listed: ${JSON.stringify(packages.map((candidate) => candidate.packageName))}`);
			assert.equal(ours.failedLoading, false);
		});

		test('one signed callback: HTTP 200 and one execution whose status log has the event', { timeout: MINUTES }, async () => {
			await ctx.sandbox.admin.reset();
			await ctx.sandbox.admin.setCallbackUrl(
				productionWebhookUrl(ctx.instance.env, TRIGGER_EXAMPLE.webhookId, triggerWebhookPath()),
			);
			// PandaPon (and the sandbox) give up after 1000 ms. The first request to a cold n8n on a busy CI machine can
			// take longer, so the console's Verify ping (answered 200, starts nothing) warms the webhook path first.
			let ping;
			for (let attempt = 1; attempt <= 5 && ping?.status !== 200; attempt++) {
				ping = await ctx.sandbox.admin.sendCallback({ variant: 'verifyGet' });
			}
			assert.equal(ping.status, 200, `Verify ping: ${ping.error}`);
			const delivery = await ctx.sandbox.admin.sendCallback({ variant: 'valid', messageType: 'ORDER_PAY_SUCCESS', platform: '1688' });
			assert.equal(delivery.status, 200, delivery.error);
			const filter = encodeURIComponent(JSON.stringify({ workflowId: TRIGGER_EXAMPLE.workflowId }));
			let executions = [];
			for (const deadline = Date.now() + 30000; Date.now() < deadline; ) {
				executions = (await ctx.rest.get(`/rest/executions?filter=${filter}&limit=10`)).results;
				if (executions.some((execution) => !['new', 'running'].includes(execution.status))) break;
				await new Promise((resolve) => setTimeout(resolve, 300));
			}
			assert.equal(executions.length, 1, JSON.stringify(executions));
			assert.equal(executions[0].status, 'success');
			const data = unflatten((await ctx.rest.get(`/rest/executions/${executions[0].id}`)).data);
			const [logged] = data.resultData.runData[STATUS_LOG_NODE_NAME][0].data.main[0].map((item) => item.json);
			assert.equal(logged.event, 'ORDER_PAY_SUCCESS');
			assert.equal(logged.platform, '1688');
		});
	});
});
