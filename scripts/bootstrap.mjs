#!/usr/bin/env node
// Dependency-free bootstrap: installs devDependencies on a fresh clone, or when package-lock.json changed since the
// last install. Safe to run before every command.
// It runs `npm install` (which follows package-lock.json) rather than `npm ci`: the registry reachable here lacks
// some platform-specific optional packages (@unrs/resolver-binding-*), which npm leaves out of the lock file and
// `npm ci` then rejects as "missing from lock file".
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
const marker = join(root, 'node_modules', '.pandapon-bootstrap');

const hashLock = () => createHash('sha256').update(readFileSync(lockFile)).digest('hex');
const lockHash = hashLock();
const installed = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : '';
if (installed !== lockHash || !existsSync(join(root, 'node_modules', '.bin', 'jest'))) {
	console.log('[bootstrap] installing devDependencies (first run or package-lock.json changed)…');
	const started = Date.now();
	const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('[bootstrap] npm install failed');
		process.exit(result.status ?? 1);
	}
	writeFileSync(marker, hashLock());
	console.log(`[bootstrap] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
