#!/usr/bin/env node
// `npm run scan`: n8n's verification scanner (@n8n/scan-community-package, pinned devDependency) on the two things
// it lints once the package is published, with its own `analyzePackage` and its own file patterns:
//   1. source: what the GitHub checkout named by the provenance holds (the files git tracks or would track), linted
//      with the scanner's SOURCE_FILE_PATTERNS (package.json + nodes/ + credentials/);
//   2. tarball: what `npm pack` makes of dist/ now, linted with the patterns the scanner uses on the downloaded
//      tarball (compiled .js + package.json).
// Before that, a canary with a disabled `no-console` must FAIL on both pattern sets: the gate can fail, finds files,
// and ignores inline eslint-disable comments (allowInlineConfig: false), as the real scan does.
// Not checked here: npm provenance. Only a published version has it; after publishing, run the full gate
// (provenance, then the attested GitHub source, then the tarball from the registry) with
//   node scripts/scan.mjs --published[=<version>]     (same as `npx @n8n/scan-community-package n8n-nodes-pandapon`,
//                                                      but exits 1 when the scan fails; the scanner's CLI exits 0)
// Usage: node scripts/scan.mjs [--no-build]   (--no-build: pack dist/ as it is; `npm test` builds just before)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildPackage, distIsStale } from './e2e/build.mjs';
import { packPackage } from './e2e/community-package.mjs';
import { PACKAGE_NAME, REPO_ROOT } from './e2e/constants.mjs';

const SCANNER = '@n8n/scan-community-package';
const require = createRequire(import.meta.url);
const scannerFile = require.resolve(`${SCANNER}/scanner/scanner.mjs`);
const scannerVersion = JSON.parse(readFileSync(require.resolve(`${SCANNER}/package.json`), 'utf8')).version;
const { analyzePackage, analyzePackageByName, SOURCE_FILE_PATTERNS } = await import(scannerFile);
// The scanner makes a temp folder when loaded; have its `tmp` remove it when we exit.
createRequire(scannerFile)('tmp').setGracefulCleanup();

/**
 * The patterns the scanner lints the downloaded tarball with. They are not exported, so they are read from the
 * scanner's own call `analyzePackage(packageDir, [...])`; a new scanner version that changes the call fails here.
 */
export function tarballPatterns(scannerSource = readFileSync(scannerFile, 'utf8')) {
	const call = /analyzePackage\(packageDir,\s*(\[[^\]]*\])\s*\)/.exec(scannerSource);
	if (!call) throw new Error(`cannot find the tarball patterns in ${scannerFile}: check how this scanner version lints the tarball`);
	return JSON.parse(call[1].replace(/'/g, '"'));
}

/** The files a GitHub checkout of this commit would hold: tracked, or untracked and not ignored (so a dev sees them). */
function sourceFiles() {
	const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
	});
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
	return listed.stdout
		.split('\0')
		.filter((file) => file && existsSync(join(REPO_ROOT, file)) && statSync(join(REPO_ROOT, file)).isFile());
}

function copyInto(dir, files) {
	for (const file of files) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		copyFileSync(join(REPO_ROOT, file), join(dir, file));
	}
}

function unpack(tarball, dir) {
	mkdirSync(dir, { recursive: true });
	const result = spawnSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`);
}

/** analyzePackage, plus: a folder where the patterns match nothing is a failure (the scanner calls it a pass). */
async function scan(label, dir, patterns) {
	const started = Date.now();
	const result = await analyzePackage(dir, patterns);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const passed = result.passed && result.message !== 'No files found to analyze';
	console.log(`[scan] ${passed ? 'passed' : 'FAILED'}  ${label} ${JSON.stringify(patterns)} in ${seconds} s${result.message ? `: ${result.message}` : ''}`);
	return { ...result, passed };
}

async function canary(dir, patterns) {
	const file = join(dir, 'nodes', 'Canary', 'Canary.node.js');
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, "// eslint-disable-next-line no-console\nconsole.log('canary');\n");
	const result = await analyzePackage(dir, patterns);
	const bites = !result.passed && /no-console/.test(result.details ?? '');
	console.log(`[scan] ${bites ? 'ok    ' : 'FAILED'}  canary with an eslint-disabled console.log is rejected ${JSON.stringify(patterns)}`);
	if (!bites) console.log(`[scan] the scanner passed what it must reject: ${JSON.stringify(result)}`);
	return bites;
}

async function main() {
	const work = mkdtempSync(join(tmpdir(), 'pandapon-scan-'));
	try {
		console.log(`[scan] ${SCANNER}@${scannerVersion} (analyzePackage), provenance not checked: see README → Releasing`);
		const distPatterns = tarballPatterns();
		const sourceCanary = await canary(join(work, 'canary'), SOURCE_FILE_PATTERNS);
		const distCanary = await canary(join(work, 'canary'), distPatterns);

		const source = join(work, 'source');
		copyInto(source, sourceFiles());
		const sourceResult = await scan('source  ', source, SOURCE_FILE_PATTERNS);

		if (!process.argv.includes('--no-build') && distIsStale()) {
			console.log('[scan] dist/ is older than the sources: npm run build');
			await buildPackage();
		}
		const { tarball } = await packPackage(join(work, 'pack'));
		const packageDir = join(work, 'tarball');
		unpack(tarball, packageDir);
		const distResult = await scan('tarball ', packageDir, distPatterns);

		// Name files as they are in the repo and in the tarball, not by the temp folder.
		const details = [[sourceResult, source], [distResult, packageDir]].filter(([result]) => result.details);
		for (const [result, dir] of details) console.log(result.details.replaceAll(`${dir}/`, ''));
		const ok = sourceCanary && distCanary && sourceResult.passed && distResult.passed;
		console.log(ok ? '[scan] passed (run the full scan with provenance after publishing)' : '[scan] FAILED');
		return ok;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** The scanner's own full check of a published version, as n8n runs it for verification (needs the network). */
async function scanPublished(version) {
	const result = await analyzePackageByName(PACKAGE_NAME, version || null);
	console.log(`[scan] ${result.passed ? 'passed' : 'FAILED'}  ${PACKAGE_NAME}@${result.version}${result.message ? `: ${result.message}` : ''}`);
	if (result.details) console.log(result.details);
	return result.passed;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
	const published = process.argv.find((arg) => arg === '--published' || arg.startsWith('--published='));
	(published ? scanPublished(published.split('=')[1]) : main()).then(
		(ok) => process.exit(ok ? 0 : 1),
		(error) => {
			console.error(`[scan] ${error.stack ?? error.message}`);
			process.exit(1);
		},
	);
}
