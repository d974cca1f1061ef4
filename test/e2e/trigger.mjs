// The published trigger example under `n8n start`, receiving callbacks pushed by the sandbox.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACTION_NODE_TYPE, PACKAGE_JSON, TRIGGER_NODE_TYPE, WATCH_NODE_TYPE } from '../../scripts/e2e/constants.mjs';
import { STATUS_LOG_NODE_NAME, TRIGGER_EXAMPLE } from '../../scripts/e2e/examples.mjs';
import { parseJsonKeepingIds } from '../../scripts/e2e/json.mjs';
import { productionWebhookUrl } from '../../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../../scripts/e2e/node-info.mjs';
import { ctx, log, startServer, stopServer, unflatten } from './harness.mjs';

const MINUTES = 60000;

/** Executions of the trigger workflow, newest first, as { id, status, mode }. */
async function listExecutions() {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: TRIGGER_EXAMPLE.workflowId }));
	const page = await ctx.rest.get(`/rest/executions?filter=${filter}&limit=100`);
	return page.results.map(({ id, status, mode }) => ({ id, status, mode }));
}

/** Waits until n8n lists `count` finished executions of the trigger workflow (or more), then returns them all. */
async function waitForExecutions(count, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	let executions = [];
	while (Date.now() < deadline) {
		executions = await listExecutions();
		const finished = executions.filter((execution) => execution.status !== 'running' && execution.status !== 'new');
		if (finished.length >= count) return executions;
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	throw new Error(`expected ${count} finished executions, n8n lists ${JSON.stringify(executions)}`);
}

/** Output of the status-log node in one execution. */
async function statusLogOf(executionId) {
	const execution = await ctx.rest.get(`/rest/executions/${executionId}`);
	const data = unflatten(execution.data);
	return data.resultData.runData[STATUS_LOG_NODE_NAME]?.[0]?.data?.main?.[0]?.map((item) => item.json) ?? [];
}

/** Asks the sandbox to push one callback; returns its delivery record (what was sent, what n8n answered). */
async function push(variant, message = {}) {
	const delivery = await ctx.sandbox.admin.sendCallback({ variant, ...message });
	log(`callback ${variant}: ${delivery.status === null ? delivery.error : `HTTP ${delivery.status}`}`);
	return delivery;
}

/** The message inside a pushed envelope (19-digit ids kept as text). */
function pushedMessage(delivery) {
	return parseJsonKeepingIds(JSON.parse(delivery.body).messageBody);
}

export function describeTrigger() {
	describe('n8n start: the package in the running editor, and the trigger example receiving sandbox callbacks', () => {
		let url;
		const sent = [];

		before(
			async () => {
				await ctx.sandbox.admin.reset();
				await startServer();
				url = productionWebhookUrl(ctx.instance.env, TRIGGER_EXAMPLE.webhookId, triggerWebhookPath());
				await ctx.sandbox.admin.setCallbackUrl(url);
			},
			{ timeout: 5 * MINUTES },
		);
		after(stopServer, { timeout: 2 * MINUTES });

		test('Settings > Community nodes lists the package as loaded, with all its nodes', async () => {
			const packages = await ctx.rest.get('/rest/community-packages');
			const ours = packages.find((candidate) => candidate.packageName === PACKAGE_JSON.name);
			assert.ok(ours, `not listed: ${JSON.stringify(packages.map((candidate) => candidate.packageName))}`);
			assert.equal(ours.installedVersion, PACKAGE_JSON.version);
			assert.equal(ours.failedLoading, false);
			assert.deepEqual(ours.installedNodes.map((node) => node.type).sort(), [ACTION_NODE_TYPE, TRIGGER_NODE_TYPE, WATCH_NODE_TYPE].sort());
		});

		test('the trigger workflow is published and active', async () => {
			const workflow = await ctx.rest.get(`/rest/workflows/${TRIGGER_EXAMPLE.workflowId}`);
			assert.equal(workflow.active, true);
			assert.deepEqual(await listExecutions(), []);
		});

		// None of these may start an execution: the first valid callback below must be the first one n8n records.
		const unexecuted = [
			{ variant: 'verifyGet', statuses: [200], why: 'the console Verify button (GET) is acknowledged' },
			{ variant: 'verifyPing', statuses: [200], why: 'the console Verify ping (empty POST) is acknowledged' },
			{ variant: 'tampered', statuses: [401], why: 'a body changed after signing is refused' },
			{ variant: 'unsigned', statuses: [401], why: 'a message without Authorization is refused' },
			{ variant: 'wrongSecret', statuses: [401], why: 'a signature under another secret is refused' },
			{ variant: 'malformed', statuses: [400, 422], why: 'cut JSON is refused' },
		];
		for (const { variant, statuses, why } of unexecuted) {
			test(`${variant}: HTTP ${statuses.join(' or ')}, ${why}`, async () => {
				const delivery = await push(variant, { messageType: 'ORDER_PAY_SUCCESS', platform: '1688' });
				sent.push(variant);
				assert.ok(statuses.includes(delivery.status), `HTTP ${delivery.status} ${delivery.error ?? ''}`);
			});
		}

		let firstDelivery;
		test('valid signed callback: HTTP 200 and exactly one execution, whose status log has the event', async () => {
			firstDelivery = await push('valid', { messageType: 'ORDER_PAY_SUCCESS', platform: '1688' });
			assert.equal(firstDelivery.status, 200);
			const executions = await waitForExecutions(1);
			assert.equal(executions.length, 1, `after ${sent.join(', ')} and one valid callback: ${JSON.stringify(executions)}`);
			assert.equal(executions[0].status, 'success');
			assert.equal(executions[0].mode, 'webhook');
			const log = await statusLogOf(executions[0].id);
			assert.equal(log.length, 1);
			assert.equal(log[0].event, 'ORDER_PAY_SUCCESS');
			assert.equal(log[0].platform, '1688');
			const message = pushedMessage(firstDelivery);
			assert.equal(log[0].orderId, String(message.orderId));
			assert.equal(log[0].status, message.orderStatus);
			assert.match(log[0].eventId, /^[0-9a-f]{32}$/);
		});

		test('the same message again (a redelivery): HTTP 200 and no second execution', async () => {
			// PandaPon's retry: the stored message pushed again, same bytes and signature.
			const again = await ctx.sandbox.admin.redeliverCallback(firstDelivery.id);
			log(`redelivery of ${firstDelivery.id}: HTTP ${again.status}`);
			assert.equal(again.status, 200);
			assert.equal(again.body, firstDelivery.body);
			// A different message afterwards: once its execution is listed, a redelivery execution would be too.
			const other = await push('valid', { messageType: 'ORDER_CANCEL', platform: 'taobao' });
			assert.equal(other.status, 200);
			const executions = await waitForExecutions(2);
			assert.equal(executions.length, 2, JSON.stringify(executions));
			const [newest] = await statusLogOf(executions[0].id);
			assert.equal(newest.event, 'ORDER_CANCEL');
			assert.equal(newest.platform, 'taobao');
			assert.equal(newest.status, pushedMessage(other).statusName);
		});
	});
}
