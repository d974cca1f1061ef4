// PostgreSQL and Redis for queue mode, started from the machine's Debian packages on free loopback ports, in a
// throwaway folder. Nothing here uses the services the packages install (`.ci/run` keeps them from starting).
// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user (setpriv), otherwise
// to the current user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { findFreePort, runCommand, startGroup } from '../processes.mjs';

const INSTALL_HINT =
	'Queue mode needs PostgreSQL (server, with initdb) and Redis (redis-server) on this machine. ' +
	'`bash .ci/run --install-only` installs them with apt-get on Debian/Ubuntu ' +
	'(or: sudo apt-get install postgresql redis-server).';

// initdb's own database (`postgres`) holds n8n's tables: the cluster exists only for this run.
export const POSTGRES = { user: 'n8n', password: 'pandapon-local-queue' };

function onPath(name) {
	try {
		return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
	} catch {
		return undefined;
	}
}

/** Folder with initdb and postgres: PATH first, else the newest /usr/lib/postgresql/<version>/bin (Debian). */
export function findPostgresBin() {
	const initdb = onPath('initdb');
	if (initdb && onPath('postgres')) return join(initdb, '..');
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')) && existsSync(join(root, name, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : undefined;
}

export function findRedisServer() {
	return onPath('redis-server');
}

/** One message naming everything that is missing and how to install it, or undefined when nothing is. */
export function findQueueServicesProblem() {
	const missing = [];
	if (!findPostgresBin()) missing.push('PostgreSQL (initdb and postgres not found on PATH or under /usr/lib/postgresql/*/bin)');
	if (!findRedisServer()) missing.push('Redis (redis-server not found on PATH)');
	return missing.length ? `Missing: ${missing.join('; ')}. ${INSTALL_HINT}` : undefined;
}

export function assertQueueServicesInstalled() {
	const problem = findQueueServicesProblem();
	if (problem) throw new Error(problem);
}

/** As root: run as the `postgres` user (PostgreSQL refuses root). Returns the command prefix and the owner ids. */
function postgresIdentity() {
	if (process.getuid?.() !== 0) return { prefix: [], uid: undefined, gid: undefined };
	let uid;
	let gid;
	try {
		uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
	} catch {
		throw new Error('Running as root, but there is no `postgres` system user to run PostgreSQL as. ' + INSTALL_HINT);
	}
	return { prefix: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--init-groups', '--'], uid, gid };
}

function waitForPort(port, host, { timeoutMs, exited, what, output }) {
	const deadline = Date.now() + timeoutMs;
	let gone = false;
	exited.then(() => (gone = true));
	return new Promise((resolve, reject) => {
		const attempt = () => {
			if (gone) return reject(new Error(`${what} exited before it listened on ${host}:${port}:\n${output()}`));
			if (Date.now() > deadline) return reject(new Error(`${what} not listening on ${host}:${port}:\n${output()}`));
			const socket = createConnection({ port, host });
			socket.once('connect', () => {
				socket.destroy();
				resolve();
			});
			socket.once('error', () => {
				socket.destroy();
				setTimeout(attempt, 200);
			});
		};
		attempt();
	});
}

/**
 * A fresh PostgreSQL cluster in its own temporary folder (removed by stop()), on 127.0.0.1:<free port>, no Unix
 * socket, password auth. Its own folder because, as root, the `postgres` user must own it and every folder above it
 * must be open to that user. Durability is off (fsync, synchronous_commit): the data is thrown away, and the figures
 * should measure n8n, not the disk.
 * @returns {Promise<ReturnType<typeof startGroup> & { port: number, dir: string, env: Record<string, string> }>}
 */
export async function startPostgres({ logFile, timeoutMs = 60000 }) {
	const bin = findPostgresBin();
	if (!bin) throw new Error(`PostgreSQL is not installed. ${INSTALL_HINT}`);
	const { prefix, uid, gid } = postgresIdentity();
	const dir = mkdtempSync(join(tmpdir(), 'pandapon-postgres-'));
	const dataDir = join(dir, 'data');
	const passwordFile = join(dir, 'password');
	writeFileSync(passwordFile, `${POSTGRES.password}\n`, { mode: 0o600 });
	if (uid !== undefined) {
		chownSync(dir, uid, gid);
		chownSync(passwordFile, uid, gid);
	}
	const [command, ...args] = [...prefix, join(bin, 'initdb')];
	const removeDir = () => rmSync(dir, { recursive: true, force: true });
	const init = await runCommand(
		command,
		[...args, '-D', dataDir, '-U', POSTGRES.user, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
		{ timeoutMs },
	);
	if (init.code !== 0) {
		removeDir();
		throw new Error(`initdb failed (exit ${init.code}):\n${init.stdout}\n${init.stderr}`);
	}

	const port = await findFreePort();
	const [serverCommand, ...serverPrefix] = [...prefix, join(bin, 'postgres')];
	const server = startGroup(
		serverCommand,
		[
			...serverPrefix,
			'-D', dataDir,
			'-c', 'listen_addresses=127.0.0.1',
			'-c', `port=${port}`,
			'-c', "unix_socket_directories=",
			'-c', 'fsync=off',
			'-c', 'synchronous_commit=off',
			'-c', 'full_page_writes=off',
			'-c', 'max_connections=200',
		],
		// SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every client to disconnect).
		{ logFile, stopSignal: 'SIGINT' },
	);
	try {
		await waitForPort(port, '127.0.0.1', { timeoutMs, exited: server.exited, what: 'PostgreSQL', output: server.output });
		// The port opens before the database accepts logins; n8n retries, but a ready cluster keeps logs clean.
		await new Promise((resolve) => setTimeout(resolve, 300));
	} catch (error) {
		await server.stop();
		removeDir();
		throw error;
	}
	const stop = async () => {
		await server.stop();
		removeDir();
	};
	const env = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(port),
		DB_POSTGRESDB_DATABASE: 'postgres',
		DB_POSTGRESDB_USER: POSTGRES.user,
		DB_POSTGRESDB_PASSWORD: POSTGRES.password,
	};
	return { ...server, stop, port, dir, env };
}

/**
 * Redis on 127.0.0.1:<free port>, in memory only (no RDB, no AOF).
 * @returns {Promise<ReturnType<typeof startGroup> & { port: number, env: Record<string, string> }>}
 */
export async function startRedis({ dir, logFile, timeoutMs = 30000 }) {
	const redis = findRedisServer();
	if (!redis) throw new Error(`Redis is not installed. ${INSTALL_HINT}`);
	mkdirSync(dir, { recursive: true });
	const port = await findFreePort();
	const server = startGroup(
		redis,
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
		{ logFile },
	);
	try {
		await waitForPort(port, '127.0.0.1', { timeoutMs, exited: server.exited, what: 'redis-server', output: server.output });
	} catch (error) {
		await server.stop();
		throw error;
	}
	return { ...server, port, env: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) } };
}
