// What the real-n8n callback tests share: a raw HTTP POST (the exact bytes PandaPon would send) and the count of the
// executions of a workflow that ran, and those n8n itself lost under load.
// Used by test/e2e/trigger-exactly-once.e2e.test.mjs and test/faults/callbackBurst.e2e.mjs (after setUp()).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { ctx, log } from './harness.mjs';

/**
 * POSTs `body` as it is. Resolves with { status, text, json } (status null when the request failed): the timeout is
 * generous, since these tests count executions; npm run bench measures speed.
 */
export function post(url, body, headers = {}, timeoutMs = 60000) {
	return new Promise((resolve) => {
		const req = request(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
		}, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode, text, json: safeJson(text) }));
		});
		req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
		req.on('error', (error) => resolve({ status: null, text: error.message, json: null }));
		req.end(body);
	});
}

function safeJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}

// n8n's list count leaves out queued and running executions, so every status is counted on its own.
// Queried one at a time, in reverse lifecycle order (finished first, `new` last): an execution that moves on between
// two queries moves to a status already counted, so it can be missed for a moment but never counted twice.
const STATUSES = ['unknown', 'canceled', 'crashed', 'error', 'success', 'waiting', 'running', 'new'];

async function countWithStatus(workflowId, status) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId, status: [status] }));
	for (let attempt = 1; ; attempt++) {
		try {
			return (await ctx.rest.get(`/rest/executions?filter=${filter}&limit=1`)).count;
		} catch (error) {
			if (attempt === 20) throw error; // n8n answers 503 for a while when SQLite is overloaded
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
}

/** Executions n8n stores for the workflow, by status (only the statuses that occur) and in total. */
async function executionsByStatus(workflowId) {
	const byStatus = {};
	let total = 0;
	for (const status of STATUSES) {
		const count = await countWithStatus(workflowId, status);
		if (count > 0) byStatus[status] = count;
		total += count;
	}
	return { total, byStatus };
}

/** Executions that ran or are running: not those n8n left `new` (see assertExecutions). */
const ranOf = ({ total, byStatus }) => total - (byStatus.new ?? 0);

/** Executions of the workflow that ran or are running. */
export async function executionsRan(workflowId) {
	return ranOf(await executionsByStatus(workflowId));
}

/**
 * What n8n's log (every start appends to it) shows it failed to write because an overloaded SQLite timed out on its
 * write lock. `lost`: executions n8n lost after the trigger had answered 200, because it could not create them or
 * could not mark them running; the trigger cannot see these (README, PandaPon Trigger). `lockTimeouts`: every such
 * timeout, including those that made an execution's result fail to save.
 */
function n8nWriteFailures() {
	const lines = readFileSync(join(ctx.dir, 'logs', 'n8n.log'), 'utf8').split('\n');
	return {
		lost: lines.filter((line) => line.includes('at ExecutionPersistence.create') || line.includes('at ExecutionRepository.setRunning')).length,
		lockTimeouts: lines.filter((line) => line.startsWith('LockAcquireTimeoutError')).length,
	};
}

/**
 * Waits until every execution of the workflow has run (none running, the count holding still), then asserts that
 * `expected` ran: never more (a push started twice), and never fewer than n8n's own logged losses allow. Gives up
 * waiting after `patienceMs` without progress.
 * @returns {Promise<number>} the executions that ran
 */
export async function assertExecutions(workflowId, expected, { patienceMs = 3 * 60000 } = {}) {
	let last = { total: -1, byStatus: {} };
	let changedAt = Date.now();
	const started = Date.now();
	for (;;) {
		const now = await executionsByStatus(workflowId);
		if (JSON.stringify(now) !== JSON.stringify(last)) [last, changedAt] = [now, Date.now()];
		const settled = (last.byStatus.running ?? 0) === 0 && ranOf(last) >= expected - n8nWriteFailures().lost && Date.now() - changedAt > 5000;
		if (settled || Date.now() - changedAt > patienceMs) break;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	const { lost, lockTimeouts } = n8nWriteFailures();
	const ran = ranOf(last);
	const seen = `${ran} executions ran for ${expected} events (by status ${JSON.stringify(last.byStatus)}; ${lost} lost by n8n, ${lockTimeouts} write-lock timeouts), ${Math.round((Date.now() - started) / 1000)} s after the pushes were answered`;
	log(seen);
	assert.ok(ran <= expected, `${seen}: a push started more than one`);
	assert.ok(ran >= expected - lost, `${seen}: an accepted push never ran`);
	// The workflow cannot fail on its own (a Set node): an execution ends in error only when n8n could not write it.
	if (lost === 0 && lockTimeouts === 0) assert.equal(last.byStatus.error ?? 0, 0, `${seen}: some failed`);
	return ran;
}
