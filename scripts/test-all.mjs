#!/usr/bin/env node
// `npm test`: lint, types, build, unit + sandbox integration tests (jest, Node 20), then end-to-end tests inside a
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
}

function finish(ok) {
	console.log('\nStage timings:');
	for (const [name, seconds, passed] of timings) console.log(`  ${passed ? 'ok    ' : 'FAILED'} ${name.padEnd(28)} ${seconds.toFixed(1)} s`);
	console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
	process.exit(ok && counts.failed === 0 ? 0 : 1);
}

let ok = run('bootstrap', process.execPath, [join(root, 'scripts', 'bootstrap.mjs')]);
if (!ok) finish(false);

if (!only || only === 'unit') {
	ok = run('lint', bin('eslint'), ['--no-inline-config', '--max-warnings=0', 'package.json', 'nodes', 'credentials']) && ok;
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
			const report = JSON.parse(readFileSync(e2eReport, 'utf8'));
			counts.passed += report.passed ?? 0;
			counts.failed += report.failed ?? 0;
		} else if (!ok) counts.failed += 1;
	}
	// A CI-sized run on the newest n8n 2.x that installs here, next to the pinned one (scripts/compat.mjs).
	const compatReport = join(reportDir, 'compat.json');
	rmSync(compatReport, { force: true });
	ok = run('end-to-end in newest n8n', process.execPath, [join(root, 'scripts', 'compat.mjs'), `--report=${compatReport}`]) && ok;
	const compat = existsSync(compatReport) ? JSON.parse(readFileSync(compatReport, 'utf8')) : { passed: 0, failed: 1 };
	counts.passed += compat.passed;
	counts.failed += compat.failed;
}
finish(ok);
