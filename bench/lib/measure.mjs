// Runs benchmark workflows `repeat` times each, interleaved (A, B, A, B, …) so that load from anything else on the
// machine hits both sides alike, and keeps each workflow's median run (by work time). Every run's output is checked.
import { executeMeasured } from './execute.mjs';
import { clearRequests, countRequests } from './sandbox.mjs';
import { medianRun } from './stats.mjs';

/**
 * @typedef {object} Spec
 * @property {string} label
 * @property {string} workflowId
 * @property {string[]} measured   node names whose execution time is the work
 * @property {(result: object) => void} check  throws when the output is wrong
 * @property {string} [countPath]  sandbox path whose requests are counted per run
 * @property {number} [repeat]     runs of this spec (default ctx.repeat)
 */

async function runOnce(ctx, spec, attempt, repeat) {
	await clearRequests(ctx.sandbox.admin);
	const result = await executeMeasured(ctx.host, ctx.instance.env, spec.workflowId, { measured: spec.measured });
	if (!result.ok) throw new Error(`${spec.label}: execution failed: ${result.error ?? 'no run data'}`);
	spec.check(result);
	const requests = spec.countPath ? await countRequests(ctx.sandbox.admin, spec.countPath) : undefined;
	const nodes = Object.entries(result.nodes).map(([name, node]) => `${name} ${node.ms} ms`).join(', ');
	ctx.log(`  ${spec.label} run ${attempt}/${repeat}: ${nodes}; peak RSS ${(result.peakRss / 2 ** 20).toFixed(0)} MB` +
		(requests === undefined ? '' : `; ${requests} requests`));
	return {
		workMs: result.workMs,
		wallMs: result.wallMs,
		nodes: result.nodes,
		peakRss: result.peakRss,
		rssBefore: result.rssBefore,
		requests,
	};
}

/** @param {Spec[]} specs  @returns {Promise<object[]>} one median run per spec, in the same order */
export async function measureWorkflows(ctx, specs) {
	const repeats = specs.map((spec) => spec.repeat ?? ctx.repeat);
	const runs = specs.map(() => []);
	for (let attempt = 1; attempt <= Math.max(...repeats); attempt++) {
		for (const [index, spec] of specs.entries()) {
			if (attempt <= repeats[index]) runs[index].push(await runOnce(ctx, spec, attempt, repeats[index]));
		}
	}
	return runs.map((list) => ({ ...medianRun(list, 'workMs'), allWorkMs: list.map((run) => run.workMs) }));
}

export function expectEqual(actual, expected, what) {
	if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}
