#!/usr/bin/env node
// Dependency-free bootstrap: installs devDependencies with `npm ci` on a fresh clone, or when package-lock.json
// changed since the last install. Safe to run before every command.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
const marker = join(root, 'node_modules', '.pandapon-bootstrap');

const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');
const installed = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : '';
if (installed !== lockHash || !existsSync(join(root, 'node_modules', '.bin', 'jest'))) {
	console.log('[bootstrap] installing devDependencies with npm ci (first run or package-lock.json changed)…');
	const started = Date.now();
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('[bootstrap] npm ci failed');
		process.exit(result.status ?? 1);
	}
	writeFileSync(marker, lockHash);
	console.log(`[bootstrap] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
