#!/usr/bin/env node
// `npm test`: lint, format, types, build, unit + sandbox integration tests (jest, Node 20), then end-to-end tests inside a
// real n8n (Node 24). Prints how long each stage took and one closing count over all test runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const reportDir = join(root, 'node_modules', '.cache', 'pandapon-test');
mkdirSync(reportDir, { recursive: true });

const bin = (name) => join(root, 'node_modules', '.bin', name);
const counts = { passed: 0, failed: 0 };
/** Failed tests, printed last: a CI log is often read from its tail only. */
const failures = [];
const timings = [];

function run(name, command, commandArgs, options = {}) {
	const started = Date.now();
	console.log(`\n=== ${name} ===`);
	const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
	const seconds = (Date.now() - started) / 1000;
	timings.push([name, seconds, result.status === 0]);
	console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s ===`);
	return result.status === 0;
}

function addJestCounts(file) {
	if (!existsSync(file)) return;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	counts.passed += report.numPassedTests;
	counts.failed += report.numFailedTests;
	for (const result of report.testResults ?? []) {
		for (const test of result.assertionResults ?? []) {
			if (test.status !== 'failed') continue;
			// Without the colours jest puts in its messages.
			const message = (test.failureMessages?.[0] ?? '').replace(/\u001b\[[0-9;]*m/g, '');
			const error = message.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('at ')).slice(0, 4).join(' / ');
			failures.push(['jest', test.fullName, error]);
		}
	}
}

function addNodeTestReport(stage, report) {
	counts.passed += report.passed ?? 0;
	counts.failed += report.failed ?? 0;
	for (const { name, error } of report.failures ?? []) failures.push([stage, name, error]);
}

function finish(ok) {
	console.log('\nStage timings:');
	for (const [name, seconds, passed] of timings) console.log(`  ${passed ? 'ok    ' : 'FAILED'} ${name.padEnd(28)} ${seconds.toFixed(1)} s`);
	console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
	const shown = failures.slice(0, 10);
	for (const [stage, name, error] of shown) console.log(`  FAILED [${stage}] ${name}\n         ${error.slice(0, 400)}`);
	if (failures.length > shown.length) console.log(`  … and ${failures.length - shown.length} more (see above)`);
	process.exit(ok && counts.failed === 0 ? 0 : 1);
}

let ok = run('bootstrap', process.execPath, [join(root, 'scripts', 'bootstrap.mjs')]);
if (!ok) finish(false);

if (!only || only === 'unit') {
	ok = run('lint', bin('eslint'), ['--no-inline-config', '--max-warnings=0', 'package.json', 'nodes', 'credentials']) && ok;
	ok = run('format (prettier)', bin('prettier'), ['--check', 'nodes', 'credentials']) && ok;
	ok = run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) && ok;
	ok = run('build', 'npm', ['run', '--silent', 'build']) && ok;
	ok = run('scan (n8n scanner)', process.execPath, [join(root, 'scripts', 'scan.mjs'), '--no-build']) && ok;
	const jestReport = join(reportDir, 'jest.json');
	rmSync(jestReport, { force: true });
	ok = run('unit + sandbox tests', bin('jest'), ['--selectProjects', 'unit', '--json', `--outputFile=${jestReport}`]) && ok;
	addJestCounts(jestReport);
}

if (!only || only === 'e2e') {
	const e2eEntry = join(root, 'scripts', 'e2e', 'run.mjs');
	if (existsSync(e2eEntry)) {
		const e2eReport = join(reportDir, 'e2e.json');
		rmSync(e2eReport, { force: true });
		ok = run('end-to-end in real n8n', process.execPath, [e2eEntry, `--report=${e2eReport}`]) && ok;
		if (existsSync(e2eReport)) {
			addNodeTestReport('e2e', JSON.parse(readFileSync(e2eReport, 'utf8')));
		} else if (!ok) addNodeTestReport('e2e', { failed: 1, failures: [{ name: 'scripts/e2e/run.mjs', error: 'ended without a report' }] });
	}
	// A CI-sized run on the newest n8n 2.x that installs here, next to the pinned one (scripts/compat.mjs).
	const compatReport = join(reportDir, 'compat.json');
	rmSync(compatReport, { force: true });
	ok = run('end-to-end in newest n8n', process.execPath, [join(root, 'scripts', 'compat.mjs'), `--report=${compatReport}`]) && ok;
	const compat = existsSync(compatReport)
		? JSON.parse(readFileSync(compatReport, 'utf8'))
		: { passed: 0, failed: 1, failures: [{ name: 'scripts/compat.mjs', error: 'ended without a report' }] };
	addNodeTestReport('newest n8n', compat);
}
finish(ok);
