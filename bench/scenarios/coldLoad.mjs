// Bench 5: what our package adds to n8n's startup. Two user folders with the same data, one with the package
// installed as a community package; `n8n start` is timed until /healthz/readiness, alternating between the two.
// Also: the time to require our built node and credential files in a fresh Node 24 process (n8n-workflow preloaded).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installTarball, registerInstalledPackage } from '../../scripts/e2e/community-package.mjs';
import { importJson, N8nRest, n8nEnv, startN8n } from '../../scripts/e2e/n8n.mjs';
import { findFreePort, runCommand } from '../../scripts/e2e/processes.mjs';
import { hostEnv } from '../../scripts/n8n-host.mjs';
import { median } from '../lib/stats.mjs';
import { neutralWorkflow } from '../lib/workflows.mjs';

async function prepareFolder(ctx, name, withPackage) {
	const userFolder = join(ctx.dir, name);
	mkdirSync(userFolder, { recursive: true });
	const env = n8nEnv({ host: ctx.host, userFolder, port: await findFreePort(), brokerPort: await findFreePort() });
	if (withPackage) await installTarball({ host: ctx.host, userFolder, tarball: ctx.instance.tarball });
	// The first CLI command creates the database; both folders get the same workflow.
	await importJson(ctx.host, env, 'workflow', 'workflows', [neutralWorkflow()]);
	if (withPackage) await registerInstalledPackage({ host: ctx.host, userFolder });
	return env;
}

async function timedStart(ctx, env, logName) {
	const n8n = await startN8n(ctx.host, env, { logFile: join(ctx.dir, logName) });
	await n8n.stop();
	return n8n.startupMs;
}

/** Starts once (uncounted) and checks that n8n did, or did not, load the package. */
async function checkedStart(ctx, env, logName, expectLoaded) {
	const n8n = await startN8n(ctx.host, env, { logFile: join(ctx.dir, logName) });
	try {
		const rest = new N8nRest(n8n.baseUrl);
		await rest.login();
		const ours = (await rest.get('/rest/community-packages')).find((entry) => entry.packageName === ctx.packageName);
		const loaded = ours !== undefined && ours.failedLoading === false && ours.installedNodes.length === ctx.packageJson.n8n.nodes.length;
		if (loaded !== expectLoaded) throw new Error(`cold load: package ${expectLoaded ? 'not loaded' : 'unexpectedly loaded'} (${JSON.stringify(ours)})`);
	} finally {
		await n8n.stop();
	}
}

// Runs in the package folder n8n loads from; n8n-workflow and zod resolve from n8n's node_modules, as in n8n.
const LOAD_SCRIPT = `
const { join } = require('path');
const files = JSON.parse(process.argv[1]);
require('n8n-workflow');
const started = process.hrtime.bigint();
for (const file of files) {
	const exported = require(join(process.cwd(), file));
	for (const value of Object.values(exported)) if (typeof value === 'function') new value();
}
process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));
`;

async function moduleLoadMs(ctx, packageDir, files, runs) {
	const times = [];
	for (let run = 0; run < runs; run++) {
		const result = await runCommand(ctx.host.nodeBin, ['-e', LOAD_SCRIPT, JSON.stringify(files)], {
			cwd: packageDir,
			env: { ...hostEnv(ctx.host), NODE_PATH: ctx.host.nodeModules },
		});
		if (result.code !== 0) throw new Error(`module load failed: ${result.stderr}`);
		times.push(Number(result.stdout));
	}
	return median(times);
}

export async function coldLoad(ctx, { starts }) {
	ctx.log(`Bench 5: n8n start readiness with and without the package (${starts} starts each)`);
	const without = await prepareFolder(ctx, 'cold-without', false);
	const withPackage = await prepareFolder(ctx, 'cold-with', true);
	// One uncounted start each: the first start of a folder does one-time work (owner, settings). It also checks
	// that the package is loaded in one folder and absent from the other.
	await checkedStart(ctx, without, 'cold-without.log', false);
	await checkedStart(ctx, withPackage, 'cold-with.log', true);
	const times = { without: [], with: [] };
	for (let run = 1; run <= starts; run++) {
		times.without.push(await timedStart(ctx, without, 'cold-without.log'));
		times.with.push(await timedStart(ctx, withPackage, 'cold-with.log'));
		ctx.log(`  start ${run}/${starts}: without ${times.without.at(-1)} ms, with ${times.with.at(-1)} ms`);
	}
	const packageDir = join(ctx.dir, 'cold-with', '.n8n', 'nodes', 'node_modules', ctx.packageName);
	const files = [...ctx.packageJson.n8n.nodes, ...ctx.packageJson.n8n.credentials];
	const loadMs = await moduleLoadMs(ctx, packageDir, files, 5);
	ctx.log(`  require + construct of ${files.length} files: ${loadMs.toFixed(1)} ms (median of 5)`);
	return {
		starts,
		withoutMs: median(times.without),
		withMs: median(times.with),
		runs: times,
		moduleLoadMs: loadMs,
		files,
	};
}
