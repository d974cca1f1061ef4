#!/usr/bin/env node
// CI-sized end-to-end run on another n8n than the pinned one: by default the newest 2.x that installs here
// (NEWEST_N8N_VERSION in n8n-host.mjs). Installs that host once (own cache folder, ~4 min), builds if dist/ is stale,
// runs test/compat/*.e2e.test.mjs with `node --test` and writes {passed, failed} to --report.
// Usage: node scripts/compat.mjs [--n8n-version=x.y.z] [--report=file.json] [--keep]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackage, distIsStale } from './e2e/build.mjs';
import { REPO_ROOT } from './e2e/constants.mjs';
import { runNodeTests } from './e2e/node-test.mjs';
import { formatSeconds } from './e2e/processes.mjs';
import { ensureN8nHost, NEWEST_N8N_VERSION, selectedN8nVersion } from './n8n-host.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const n8nVersion = selectedN8nVersion({ PANDAPON_N8N_VERSION: option('n8n-version') ?? NEWEST_N8N_VERSION });
const reportFile = option('report');
const log = (line) => console.log(`[compat] ${line}`);

function writeReport(passed, failed, failures) {
	if (!reportFile) return;
	mkdirSync(join(reportFile, '..'), { recursive: true });
	writeFileSync(reportFile, JSON.stringify({ n8nVersion, passed, failed, failures }, null, '\t'));
}

async function main() {
	const started = Date.now();
	if (distIsStale()) {
		log('dist/ is older than the sources: npm run build');
		await buildPackage();
	}
	await ensureN8nHost({ log, n8nVersion });
	const dir = join(REPO_ROOT, 'test', 'compat');
	const files = readdirSync(dir).filter((file) => file.endsWith('.e2e.test.mjs')).sort().map((file) => join(dir, file));
	log(`n8n ${n8nVersion}: ${files.length} test file(s)`);
	const { code, passed, failed, failures } = await runNodeTests({
		files,
		tapFile: join(REPO_ROOT, 'node_modules', '.cache', 'pandapon-test', `compat-${n8nVersion}.tap`),
		env: { PANDAPON_N8N_VERSION: n8nVersion, PANDAPON_E2E_KEEP: args.includes('--keep') ? '1' : '' },
	});
	writeReport(passed, failed, failures);
	log(`n8n ${n8nVersion}: ${passed} passed, ${failed} failed in ${formatSeconds(Date.now() - started)}`);
	process.exit(code === 0 && failed === 0 ? 0 : 1);
}

main().catch((error) => {
	console.error(`[compat] ${error.stack ?? error.message}`);
	writeReport(0, 1, [{ name: 'scripts/compat.mjs', error: error.message }]);
	process.exit(1);
});
