// The sandbox for the benchmarks: bench/sandbox-host.ts in its own process (so its CPU is not the bench's), with a
// 2,000-item catalogue, driven through the e2e harness's admin client.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/e2e/constants.mjs';
import { startGroup } from '../../scripts/e2e/processes.mjs';
import { SandboxAdmin } from '../../scripts/e2e/sandbox.mjs';

const READY = /^BENCH_SANDBOX_READY (\S+)$/;

/** @returns {Promise<{ url: string, admin: SandboxAdmin, itemIds: string[], stop: () => Promise<void> }>} */
export async function startBenchSandbox({ port, catalogue, dir, timeoutMs = 60000 }) {
	const idsFile = join(dir, 'sandbox-item-ids.json');
	const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	let resolveUrl;
	const ready = new Promise((resolve) => (resolveUrl = resolve));
	const proc = startGroup(
		process.execPath,
		[tsx, join(REPO_ROOT, 'bench', 'sandbox-host.ts'), '--port', String(port), '--catalogue', String(catalogue), '--ids-file', idsFile],
		{ cwd: REPO_ROOT, env: { ...process.env }, logFile: join(dir, 'sandbox.log'), onLine: (line) => line.match(READY) && resolveUrl(line.match(READY)[1]) },
	);
	let timer;
	const url = await Promise.race([
		ready,
		proc.exited.then((code) => Promise.reject(new Error(`bench sandbox exited (${code}):\n${proc.output()}`))),
		new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('bench sandbox did not start in time')), timeoutMs))),
	]).finally(() => clearTimeout(timer));
	const admin = new SandboxAdmin(url);
	return { url, admin, itemIds: JSON.parse(readFileSync(idsFile, 'utf8')), stop: proc.stop };
}

/** Requests the sandbox received on `path` since the log was last cleared. */
export async function countRequests(admin, path) {
	const entries = await admin.call('GET', `/requests?path=${encodeURIComponent(path)}`);
	return entries.length;
}

export const clearRequests = (admin) => admin.call('DELETE', '/requests');
export const seedOrders = (admin, taobao) => admin.call('POST', '/seed', { taobao, alibaba: 0 });
