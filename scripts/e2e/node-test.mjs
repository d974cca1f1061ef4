// Runs test files with `node --test`: the spec reporter to the terminal, TAP to a file, from which come the counts
// and, for each failed test, its name and the first lines of its error (what `npm test` prints last, so the tail of
// a CI log says why it failed). Used by scripts/e2e/run.mjs and scripts/compat.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { REPO_ROOT } from './constants.mjs';

/**
 * @param {{ files: string[], tapFile: string, args?: string[], env?: NodeJS.ProcessEnv }} o
 * @returns {Promise<{ code: number | null, passed: number, failed: number, failures: Array<{ name: string, error: string }> }>}
 */
export async function runNodeTests({ files, tapFile, args = [], env = {} }) {
	mkdirSync(dirname(tapFile), { recursive: true });
	rmSync(tapFile, { force: true });
	const code = await new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...args, ...files],
			{ cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } },
		);
		child.on('close', resolve);
	});
	const summary = summariseTap(existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '');
	// A runner that died without reporting a failure still failed.
	if (code !== 0 && summary.failed === 0) {
		summary.failed = 1;
		summary.failures.push({ name: 'node --test', error: `exited with code ${code} without a failed test in its report` });
	}
	return { code, ...summary };
}

/**
 * Counts and failures from node:test's TAP output. Suites that failed only because a test inside them failed are
 * left out of the failures: the test itself is listed.
 * @param {string} tap
 */
export function summariseTap(tap) {
	const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
	const lines = tap.split('\n');
	const failures = [];
	for (let index = 0; index < lines.length; index++) {
		const match = lines[index].match(/^(\s*)not ok \d+ - (.*)$/);
		if (!match) continue;
		const block = yamlBlock(lines, index + 1);
		if (block.failureType === 'subtestsFailed') continue;
		failures.push({ name: match[2].replace(/\\#/g, '#'), error: block.error || block.failureType || 'failed' });
	}
	return { passed: count('pass'), failed: count('fail'), failures };
}

/** The `failureType` and `error` of the YAML block after a `not ok` line (error cut to its first lines). */
function yamlBlock(lines, start) {
	const result = { failureType: '', error: '' };
	if (!/^\s*---$/.test(lines[start] ?? '')) return result;
	for (let index = start + 1; index < lines.length && !/^\s*\.\.\.$/.test(lines[index]); index++) {
		const field = lines[index].match(/^(\s*)(failureType|error): (.*)$/);
		if (!field) continue;
		const [, indent, key, value] = field;
		if (!value.startsWith('|')) {
			result[key] = value.replace(/^'(.*)'$/, '$1');
			continue;
		}
		const text = [];
		while (index + 1 < lines.length && (lines[index + 1].startsWith(`${indent}  `) || lines[index + 1].trim() === '')) {
			index++;
			if (lines[index].trim() !== '') text.push(lines[index].trim());
		}
		result[key] = text.slice(0, 4).join(' / ');
	}
	return result;
}
