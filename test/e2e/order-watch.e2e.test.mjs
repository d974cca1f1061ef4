// Order Watch inside the real n8n (2.40.7, `n8n start`, SQLite) against the sandbox: example 5, where the
// callback trigger and Order Watch feed one branch. Every `n8n start` activates the workflow, and n8n runs one
// poll at activation (the cron minimum is one minute), so the tests poll by restarting n8n, which is also the
// restart the tests are about; one test waits for a scheduled poll.
// Run on its own: `node --test test/e2e/order-watch.e2e.test.mjs` (dist/ built, host installed), or via run.mjs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureN8nHost } from '../../scripts/n8n-host.mjs';
import { callbacksAndOrderWatch, WATCH_EXAMPLE } from '../../scripts/e2e/examples.mjs';
import { prepareInstance } from '../../scripts/e2e/instance.mjs';
import { N8nRest, productionWebhookUrl, startN8n } from '../../scripts/e2e/n8n.mjs';
import { triggerWebhookPath } from '../../scripts/e2e/node-info.mjs';
import { findFreePort } from '../../scripts/e2e/processes.mjs';
import { startSandbox } from '../../scripts/e2e/sandbox.mjs';

const MINUTES = 60000;
const log = (line) => console.log(`[order-watch] ${line}`);
const ctx = { durable: false, dir: '', host: undefined, sandbox: undefined, instance: undefined, n8n: undefined, rest: undefined, starts: 0 };
/** Execution ids already read, so each test looks at what its own polls produced. */
const consumed = new Set();

/** n8n 2.40's durable poll cursors: the cursor commits in one transaction with the execution, under a lease. */
const DURABLE_CURSORS = {
	N8N_SCHEDULER_ENABLED: 'true',
	N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
	N8N_POLLER_DURABLE_CURSORS_ENABLED: 'true',
	N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'true',
};

async function startServer() {
	ctx.starts += 1;
	const env = { ...ctx.instance.env, ...(ctx.durable ? DURABLE_CURSORS : {}) };
	const startedAt = Date.now();
	ctx.n8n = await startN8n(ctx.host, env, { logFile: join(ctx.dir, 'logs', `n8n-${ctx.starts}.log`) });
	ctx.rest = new N8nRest(ctx.n8n.baseUrl);
	await ctx.rest.login();
	// n8n polls once when it activates the workflow, possibly after it reports ready: wait until that poll has read
	// the last list (1688), so the executions it starts belong to this start. (Durable cursors poll on schedule.)
	if (!ctx.durable) await waitForRequest('/v2/alibaba/order/page', { since: startedAt, answered: true });
}

async function stopServer() {
	await ctx.n8n?.stop();
	ctx.n8n = undefined;
}

/** SIGKILL n8n's whole process group, as a crash would: no shutdown hook, nothing saved. */
async function crashServer() {
	process.kill(-ctx.n8n.child.pid, 'SIGKILL');
	await ctx.n8n.stop();
	ctx.n8n = undefined;
}

/**
 * Waits until the sandbox logged a request on `path` (it logs before a delay fault holds the answer back): one sent
 * after `since`, answered, or held by a delay fault.
 */
async function waitForRequest(path, { since = 0, answered = false, delayed = false, timeoutMs = 150000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const found = (await ctx.sandbox.admin.requests({ path })).some((entry) =>
			Date.parse(entry.at) >= since - 1000 && (!answered || entry.httpStatus !== null) && (!delayed || entry.fault === 'delay'));
		if (found) return;
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	throw new Error(`no poll reached ${path}`);
}

/** Stop and start n8n: the activation at start runs one poll, with the cursor n8n committed before. */
async function restart() {
	await stopServer();
	await startServer();
}

async function executions() {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: WATCH_EXAMPLE.workflowId }));
	const page = await ctx.rest.get(`/rest/executions?filter=${filter}&limit=250`);
	return page.results;
}

/**
 * Entries of the "Order event" node in executions not read before: waits until at least `atLeast` new executions
 * exist, all finished, and no new one appeared for `settleMs`.
 */
async function newEntries({ settleMs = 2500, timeoutMs = 60000, atLeast = 0, until } = {}) {
	const deadline = Date.now() + timeoutMs;
	let lastCount = -1;
	let stableSince = Date.now();
	for (;;) {
		const fresh = (await executions()).filter((execution) => !consumed.has(execution.id));
		const finished = fresh.every((execution) => !['running', 'new', 'waiting'].includes(execution.status));
		if (fresh.length !== lastCount) {
			lastCount = fresh.length;
			stableSince = Date.now();
		}
		if (finished && fresh.length >= atLeast && Date.now() - stableSince >= settleMs) {
			const entries = [];
			for (const execution of fresh) {
				assert.equal(execution.status, 'success', `execution ${execution.id} ended ${execution.status}`);
				const full = await ctx.rest.get(`/rest/executions/${execution.id}`);
				entries.push(...orderEventsOf(full.data));
			}
			if (until === undefined || until(entries)) {
				for (const execution of fresh) consumed.add(execution.id);
				return entries;
			}
		}
		if (Date.now() > deadline) throw new Error(`executions did not settle: ${JSON.stringify(fresh)}`);
		await new Promise((resolve) => setTimeout(resolve, 400));
	}
}

/** The Order event node's items in one execution's run data (n8n stores it flatted; its own copy reads it). */
function orderEventsOf(text) {
	const require = createRequire(join(ctx.host.nodeModules, 'n8n', 'package.json'));
	const data = require('flatted').parse(text);
	return (data.resultData.runData[WATCH_EXAMPLE.logNode] ?? []).flatMap((task) => task.data.main[0].map((item) => item.json));
}

const keyOf = (entry) => `${entry.platform}:${entry.orderId}`;
const sortedKeys = (entries) => entries.map(keyOf).sort();

async function pickOrders(platform, status, count) {
	const orders = await ctx.sandbox.admin.orders(platform, { status: String(status), limit: String(count + picked.size + 50) });
	const free = orders.filter((order) => !picked.has(String(order.id))).slice(0, count);
	assert.equal(free.length, count, `not enough ${platform} orders in status ${status}`);
	for (const order of free) picked.add(String(order.id));
	return free.map((order) => String(order.id));
}
const picked = new Set();

before(
	async () => {
		ctx.host = await ensureN8nHost({ log });
		ctx.dir = mkdtempSync(join(tmpdir(), 'pandapon-order-watch-'));
		mkdirSync(join(ctx.dir, 'logs'));
		const ports = { n8n: await findFreePort(), broker: await findFreePort(), sandbox: await findFreePort() };
		ctx.sandbox = await startSandbox({ port: ports.sandbox, logFile: join(ctx.dir, 'logs', 'sandbox.log') });
		ctx.instance = await prepareInstance({
			host: ctx.host,
			userFolder: join(ctx.dir, 'n8n'),
			ports,
			sandboxUrl: ctx.sandbox.url,
			workflows: [callbacksAndOrderWatch()],
			publish: [WATCH_EXAMPLE.workflowId],
			log,
		});
	},
	{ timeout: 15 * MINUTES },
);

after(
	async () => {
		await stopServer();
		await ctx.sandbox?.stop();
		if (process.env.PANDAPON_E2E_KEEP) log(`kept ${ctx.dir}`);
		else if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
	},
	{ timeout: 2 * MINUTES },
);

describe('PandaPon Order Watch in n8n start (example 5: callbacks and Order Watch, one branch)', () => {
	test('first activation emits no history: the baseline poll starts no execution', { timeout: 5 * MINUTES }, async () => {
		await ctx.sandbox.admin.setCallbackUrl(null);
		await startServer();
		const workflow = await ctx.rest.get(`/rest/workflows/${WATCH_EXAMPLE.workflowId}`);
		assert.equal(workflow.active, true);
		assert.deepEqual(await newEntries({ settleMs: 6000 }), []);
	});

	test('orders change state: each change is emitted once, by the next poll', { timeout: 5 * MINUTES }, async () => {
		// Changed while n8n is down, so that no scheduled poll is cut off by the stop (see README: default mode).
		await stopServer();
		const taobao = await pickOrders('taobao', 0, 3);
		const alibaba = await pickOrders('1688', 'waitbuyerpay', 2);
		for (const id of taobao) await ctx.sandbox.admin.advanceOrder('taobao', id);
		for (const id of alibaba) await ctx.sandbox.admin.advanceOrder('1688', id);
		await startServer();
		const entries = await newEntries({ atLeast: 1 });
		assert.deepEqual(sortedKeys(entries), [...taobao.map((id) => `taobao:${id}`), ...alibaba.map((id) => `1688:${id}`)].sort());
		for (const entry of entries) {
			assert.equal(entry.source, 'orderWatch');
			assert.equal(entry.event, 'ORDER_PAY_SUCCESS');
			assert.ok(['ORDER_PAY_STATUS', 'WAITING_FOR_SENT'].includes(entry.status), JSON.stringify(entry));
			assert.match(entry.orderId, /^\d{19}$/);
		}
	});

	test('n8n restarts between polls: nothing repeated, and what changed while it was down is not lost', { timeout: 5 * MINUTES }, async () => {
		await restart();
		assert.deepEqual(await newEntries({ settleMs: 6000 }), [], 'a restart without changes emitted something');
		await stopServer();
		const [id] = await pickOrders('taobao', 0, 1);
		await ctx.sandbox.admin.advanceOrder('taobao', id, 4);
		await startServer();
		const entries = await newEntries({ atLeast: 1 });
		assert.deepEqual(entries.map((entry) => [keyOf(entry), entry.event, entry.status]), [[`taobao:${id}`, 'ORDER_CANCEL', 'CANCEL']]);
	});

	test('a change whose callback was delivered runs the branch at once; one whose callback never arrived comes by poll', { timeout: 5 * MINUTES }, async () => {
		const url = productionWebhookUrl(ctx.instance.env, WATCH_EXAMPLE.webhookId, triggerWebhookPath());
		await ctx.sandbox.admin.setCallbackUrl(url);
		const [delivered] = await pickOrders('1688', 'waitbuyerpay', 1);
		await ctx.sandbox.admin.advanceOrder('1688', delivered);
		// A scheduled poll may find the same change first; the callback's own entry is what this step checks.
		const before = await newEntries({ until: (entries) => entries.some((entry) => entry.source === 'callback') });
		const byCallback = before.filter((entry) => entry.source === 'callback');
		assert.deepEqual(byCallback.map((entry) => [keyOf(entry), entry.source]), [[`1688:${delivered}`, 'callback']]);

		// n8n is down: the push fails, PandaPon retries only in 30 minutes, and Order Watch has to find the change.
		await stopServer();
		await ctx.sandbox.admin.call('DELETE', '/callbacks');
		const [missed] = await pickOrders('taobao', 0, 1);
		await ctx.sandbox.admin.advanceOrder('taobao', missed);
		let failed = [];
		for (let tries = 0; tries < 50 && failed.length === 0; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 200));
			failed = await ctx.sandbox.admin.callbackDeliveries();
		}
		assert.ok(failed.length >= 1 && failed.every((delivery) => !delivery.ok), JSON.stringify(failed));
		await ctx.sandbox.admin.setCallbackUrl(null);
		await startServer();
		const byPoll = [...before, ...(await newEntries({ until: (entries) => entries.some((entry) => keyOf(entry) === `taobao:${missed}`) }))];
		const keys = byPoll.map((entry) => `${keyOf(entry)}:${entry.source}`);
		assert.deepEqual(keys.filter((key) => key.startsWith(`taobao:${missed}:`)), [`taobao:${missed}:orderWatch`], JSON.stringify(byPoll));
		// The delivered one is also seen by the poll: the branch's idempotencyKey matches the callback's, so a
		// downstream step that deduplicates on it acts once.
		const again = byPoll.find((entry) => keyOf(entry) === `1688:${delivered}` && entry.source === 'orderWatch');
		if (again) assert.equal(again.idempotencyKey, byCallback[0].idempotencyKey);
	});

	test('10,000 orders per platform with 50 changes: 50 items, one page per list and poll', { timeout: 8 * MINUTES }, async () => {
		await stopServer();
		await ctx.sandbox.admin.call('POST', '/seed', { taobao: 10000, alibaba: 10000 });
		picked.clear();
		await startServer(); // the reseeded history is older than the window: nothing to emit
		assert.deepEqual(await newEntries({ settleMs: 6000 }), []);
		await stopServer();
		const taobao = await pickOrders('taobao', 0, 25);
		const alibaba = await pickOrders('1688', 'waitbuyerpay', 25);
		for (const id of taobao) await ctx.sandbox.admin.advanceOrder('taobao', id);
		for (const id of alibaba) await ctx.sandbox.admin.advanceOrder('1688', id);
		await ctx.sandbox.admin.call('DELETE', '/requests');
		await startServer();
		const entries = await newEntries({ atLeast: 1 });
		assert.equal(entries.length, 50);
		assert.equal(new Set(entries.map(keyOf)).size, 50);
		assert.deepEqual(sortedKeys(entries), [...taobao.map((id) => `taobao:${id}`), ...alibaba.map((id) => `1688:${id}`)].sort());
		const lists = await ctx.sandbox.admin.requests();
		const taobaoPages = lists.filter((entry) => entry.path === '/open/order/page');
		const alibabaPages = lists.filter((entry) => entry.path === '/v2/alibaba/order/page');
		log(`pages: taobao ${taobaoPages.length}, 1688 ${alibabaPages.length} (10,000 orders each)`);
		// One request per list and poll (a scheduled poll may have run too): always page 1, never a scan.
		assert.ok(taobaoPages.length >= 1 && alibabaPages.length >= 1);
		assert.ok(taobaoPages.every((entry) => String(entry.query.pageNum) === '1'), JSON.stringify(taobaoPages.map((entry) => entry.query)));
		assert.ok(alibabaPages.every((entry) => String(entry.body.pageNo) === '1'), JSON.stringify(alibabaPages.map((entry) => entry.body)));
		assert.ok(taobaoPages.length <= 3, `${taobaoPages.length} Taobao list requests for one start`);
	});

	test('the every-minute schedule polls without a restart', { timeout: 4 * MINUTES }, async () => {
		const [id] = await pickOrders('1688', 'waitbuyerpay', 1);
		await ctx.sandbox.admin.advanceOrder('1688', id, 'cancel');
		const entries = await newEntries({ timeoutMs: 150000, until: (found) => found.some((entry) => keyOf(entry) === `1688:${id}`) });
		assert.deepEqual(entries.map((entry) => [keyOf(entry), entry.event]), [[`1688:${id}`, 'ORDER_CANCEL']]);
	});

	test('n8n dies in the middle of a poll (after reading Taobao, before emitting): the next poll repeats the window', { timeout: 6 * MINUTES }, async () => {
		await ctx.sandbox.admin.call('DELETE', '/requests');
		// The 1688 list is read after the Taobao one; holding its answer keeps the poll between fetching and emitting.
		await ctx.sandbox.admin.call('POST', '/faults', { type: 'delay', path: '/v2/alibaba/order/page', delayMs: 600000, times: 1 });
		const [id] = await pickOrders('taobao', 0, 1);
		await ctx.sandbox.admin.advanceOrder('taobao', id);
		await waitForRequest('/v2/alibaba/order/page', { delayed: true });
		const read = await ctx.sandbox.admin.requests({ path: '/open/order/page' });
		assert.ok(read.length >= 1, 'the poll had not read the Taobao list yet');
		await crashServer();
		await ctx.sandbox.admin.call('DELETE', '/faults');
		await startServer();
		// Exactly one item: the killed poll emitted nothing, the activation poll repeated its window.
		const entries = await newEntries({ atLeast: 1 });
		assert.deepEqual(entries.map((entry) => [keyOf(entry), entry.event]), [[`taobao:${id}`, 'ORDER_PAY_SUCCESS']]);
	});
});

describe('PandaPon Order Watch with durable poll cursors (cursor and execution in one transaction, under a lease)', () => {
	test('switching on durable cursors keeps the cursor: a change is emitted once by a scheduled poll', { timeout: 6 * MINUTES }, async () => {
		await stopServer();
		ctx.durable = true;
		const [id] = await pickOrders('1688', 'waitbuyerpay', 1);
		await ctx.sandbox.admin.advanceOrder('1688', id);
		await startServer();
		const entries = await newEntries({ timeoutMs: 150000, until: (found) => found.some((entry) => keyOf(entry) === `1688:${id}`) });
		assert.deepEqual(entries.map((entry) => [keyOf(entry), entry.event]), [[`1688:${id}`, 'ORDER_PAY_SUCCESS']]);
	});

	test('a poll killed before its commit is repeated by the next one; nothing is emitted twice', { timeout: 8 * MINUTES }, async () => {
		await ctx.sandbox.admin.call('DELETE', '/requests');
		await ctx.sandbox.admin.call('POST', '/faults', { type: 'delay', path: '/v2/alibaba/order/page', delayMs: 600000, times: 1 });
		const [id] = await pickOrders('taobao', 0, 1);
		await ctx.sandbox.admin.advanceOrder('taobao', id);
		await waitForRequest('/v2/alibaba/order/page', { delayed: true });
		await crashServer();
		await ctx.sandbox.admin.call('DELETE', '/faults');
		await startServer();
		// The killed poll's lease has to expire before the scheduler runs the node again.
		const entries = await newEntries({ timeoutMs: 240000, until: (found) => found.some((entry) => keyOf(entry) === `taobao:${id}`) });
		// Settle a further minute: a second emission of the same change would show up here.
		const later = await newEntries({ settleMs: 65000, timeoutMs: 150000 });
		assert.deepEqual([...entries, ...later].map((entry) => [keyOf(entry), entry.event]), [[`taobao:${id}`, 'ORDER_PAY_SUCCESS']]);
	});
});
