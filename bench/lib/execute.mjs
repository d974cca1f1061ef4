// `n8n execute --id` of one workflow, with the n8n process tree's memory sampled while it runs.
// Output goes to a file, not a pipe: with several MB of run data on a pipe, n8n sometimes exits before all of it is
// read (seen with 2,000 items), and the JSON is cut. Parsing reuses the e2e harness's parser.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseExecuteOutput } from '../../scripts/e2e/n8n.mjs';
import { peakBetween, startMemorySampler } from './memory.mjs';

const toMs = (value) => (typeof value === 'number' ? value : Date.parse(value));
const groups = new Set();
process.on('exit', () => {
	for (const pid of groups) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
});

function runToFile(host, env, args, outFile, timeoutMs) {
	const fd = openSync(outFile, 'w');
	const child = spawn(host.nodeBin, [host.n8nBin, ...args], { env, cwd: env.N8N_USER_FOLDER, detached: true, stdio: ['ignore', fd, fd] });
	closeSync(fd);
	groups.add(child.pid);
	const sampler = startMemorySampler(child.pid);
	const exited = new Promise((resolve) => {
		const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			// The task runner belongs to the same group; it must not outlive the command.
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
			groups.delete(child.pid);
			resolve(code);
		});
		child.on('error', () => resolve(null));
	});
	return { exited, sampler };
}

/**
 * @param {object} host   ensureN8nHost() result
 * @param {object} env    n8nEnv() of the instance
 * @param {string} workflowId
 * @param {{ measured: string[], timeoutMs?: number }} options  node names whose time counts as "the work"
 */
export async function executeMeasured(host, env, workflowId, { measured, timeoutMs = 300000 }) {
	const outFile = join(env.N8N_USER_FOLDER, `execute-${workflowId}.out`);
	const started = Date.now();
	const { exited, sampler } = runToFile(host, env, ['execute', `--id=${workflowId}`, '--rawOutput'], outFile, timeoutMs);
	const code = await exited;
	const samples = sampler.stop();
	const wallMs = Date.now() - started;
	const stdout = readFileSync(outFile, 'utf8');
	rmSync(outFile, { force: true });

	let run;
	try {
		run = parseExecuteOutput(stdout);
	} catch {
		run = undefined;
	}
	const runData = run?.data?.resultData?.runData ?? {};
	const nodes = {};
	let first = Infinity;
	let last = 0;
	for (const name of measured) {
		const task = runData[name]?.[0];
		if (!task) continue;
		nodes[name] = { ms: task.executionTime, items: task.data?.main?.[0]?.length ?? 0 };
		first = Math.min(first, toMs(task.startTime));
		last = Math.max(last, toMs(task.startTime) + task.executionTime);
	}
	const workMs = Object.values(nodes).reduce((sum, node) => sum + node.ms, 0);
	const { peak, before } = Number.isFinite(first) ? peakBetween(samples, first, last) : { peak: 0, before: 0 };
	const runError = run?.data?.resultData?.error;
	const missing = measured.filter((name) => !nodes[name]);
	let error;
	if (runError) error = runError.message;
	else if (code !== 0) error = `n8n execute exited ${code}: ${stdout.slice(-1500)}`;
	else if (!run) error = `no run data in the output (${stdout.length} bytes): ${stdout.slice(-500)}`;
	else if (missing.length > 0) error = `no run data for ${missing.join(', ')}`;
	return {
		ok: error === undefined,
		error,
		run,
		wallMs,
		workMs,
		nodes,
		peakRss: peak,
		rssBefore: before,
		output: (name) => (runData[name]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json),
	};
}
