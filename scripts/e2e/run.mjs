#!/usr/bin/env node
// Entry point of the end-to-end tests: builds if dist/ is stale, makes sure the pinned n8n host exists,
// then runs test/e2e/*.test.mjs and test/faults/*.e2e.test.mjs with `node --test` (one file at a time) and writes {passed, failed} to --report.
// Usage: node scripts/e2e/run.mjs [--report=file.json] [--keep] [--no-build] [--test-name-pattern=regex] [--file=text]
//   --file=text only the test files whose name contains text (e.g. --file=editor)
//   --keep      leaves the temporary n8n user folder and logs in place (path is printed)
//   --no-build  tests dist/ as it is
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ensureN8nHost } from '../n8n-host.mjs';
import { REPO_ROOT } from './constants.mjs';
import { buildPackage, distIsStale } from './build.mjs';
import { runNodeTests } from './node-test.mjs';
import { formatSeconds } from './processes.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const reportFile = option('report');
const namePattern = option('test-name-pattern');
const timings = [];

async function stage(label, fn) {
	const started = Date.now();
	console.log(`[e2e] ${label} …`);
	const result = await fn();
	const ms = Date.now() - started;
	timings.push([label, ms]);
	console.log(`[e2e] ${label}: ${formatSeconds(ms)}`);
	return result;
}

function writeReport(passed, failed, failures) {
	if (!reportFile) return;
	mkdirSync(join(reportFile, '..'), { recursive: true });
	writeFileSync(reportFile, JSON.stringify({ passed, failed, failures, timings: Object.fromEntries(timings) }, null, '\t'));
}

async function main() {
	if (!args.includes('--no-build') && distIsStale()) {
		await stage('build (dist/ older than sources)', async () => {
			await buildPackage();
		});
	}
	await stage('n8n host', () => ensureN8nHost({ log: (line) => console.log(`[e2e] ${line}`) }));

	// test/e2e/*.test.mjs, then the real-n8n fault scenarios (test/faults/*.e2e.test.mjs, e.g. the callback burst).
	const testFiles = (dir, suffix) =>
		readdirSync(join(REPO_ROOT, 'test', dir))
			.filter((file) => file.endsWith(suffix))
			.sort()
			.map((file) => join(REPO_ROOT, 'test', dir, file));
	const fileFilter = option('file');
	const files = [...testFiles('e2e', '.test.mjs'), ...testFiles('faults', '.e2e.test.mjs')].filter(
		(file) => !fileFilter || basename(file).includes(fileFilter),
	);
	const result = await stage('end-to-end tests', () =>
		runNodeTests({
			files,
			tapFile: join(REPO_ROOT, 'node_modules', '.cache', 'pandapon-test', 'e2e.tap'),
			args: namePattern ? [`--test-name-pattern=${namePattern}`] : [],
			env: { PANDAPON_E2E_KEEP: args.includes('--keep') ? '1' : '' },
		}),
	);
	const { code, passed, failed, failures } = result;
	writeReport(passed, failed, failures);
	console.log('\n[e2e] stage timings:');
	for (const [label, ms] of timings) console.log(`  ${label.padEnd(36)} ${formatSeconds(ms)}`);
	console.log(`[e2e] tests: ${passed} passed, ${failed} failed`);
	process.exit(code === 0 ? 0 : 1);
}

main().catch((error) => {
	console.error(`[e2e] ${error.stack ?? error.message}`);
	writeReport(0, 1, [{ name: 'scripts/e2e/run.mjs', error: error.message }]);
	process.exit(1);
});
