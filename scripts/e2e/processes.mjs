// Child processes that never outlive us: each runs in its own process group, which we kill as a whole
// (n8n starts a task runner; npm/tsx start grandchildren).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';

const STOP_GRACE_MS = 10000;
// Process groups we started and that may still run: a signal handler can end them all (`killAllGroups`).
// Detached groups do not get the terminal's Ctrl-C, so nobody else will.
const liveGroups = new Set();

export function killAllGroups(signal = 'SIGKILL') {
	for (const pid of liveGroups) killGroup(pid, signal);
}

export function formatSeconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false;
	}
}

/**
 * Starts a long-running process in its own group. Output goes to `logFile` (and to `onLine`). stop() sends
 * `stopSignal` to the group, then SIGKILL after a grace period.
 * @returns {{ child: import('node:child_process').ChildProcess, exited: Promise<number|null>, output: () => string, stop: () => Promise<void> }}
 */
export function startGroup(command, args, { cwd, env, logFile, onLine, stopSignal = 'SIGTERM' } = {}) {
	const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	liveGroups.add(child.pid);
	const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
	let tail = '';
	let partial = '';
	const onData = (chunk) => {
		const text = chunk.toString();
		log?.write(text);
		tail = (tail + text).slice(-50000);
		if (!onLine) return;
		const lines = (partial + text).split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) onLine(line);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	const exited = new Promise((resolve) => {
		child.on('close', (code) => {
			log?.end();
			resolve(code);
		});
		child.on('exit', () => {
			// The leader is gone; anything left in its group (task runner) goes too.
			killGroup(child.pid, 'SIGKILL');
			liveGroups.delete(child.pid);
		});
		child.on('error', () => resolve(null));
	});
	let stopping;
	const stop = () => {
		stopping ??= (async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			killGroup(child.pid, stopSignal);
			let timer;
			const grace = new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS, 'timeout')));
			const outcome = await Promise.race([exited, grace]);
			clearTimeout(timer);
			if (outcome === 'timeout') {
				killGroup(child.pid, 'SIGKILL');
				await exited;
			}
			// Children that ignored SIGTERM (a task runner) still belong to the group.
			killGroup(child.pid, 'SIGKILL');
		})();
		return stopping;
	};
	return { child, exited, output: () => tail, stop };
}

/**
 * Runs a command to completion in its own group; kills the group on timeout.
 * @returns {Promise<{ code: number|null, stdout: string, stderr: string, ms: number }>}
 */
export function runCommand(command, args, { cwd, env, timeoutMs = 120000, input } = {}) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(command, args, {
			cwd,
			env,
			detached: true,
			stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		});
		liveGroups.add(child.pid);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		if (input !== undefined) child.stdin.end(input);
		const timer = setTimeout(() => {
			killGroup(child.pid, 'SIGKILL');
			reject(new Error(`${command} ${args.join(' ')} timed out after ${formatSeconds(timeoutMs)}\n${stdout}\n${stderr}`));
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			killGroup(child.pid, 'SIGKILL');
			liveGroups.delete(child.pid);
			resolve({ code, stdout, stderr, ms: Date.now() - started });
		});
	});
}

/** Resolves when nothing listens on host:port; rejects with a message that says what to do otherwise. */
export function assertPortFree(port, host, what) {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', (error) => {
			if (error.code === 'EADDRINUSE') {
				reject(
					new Error(
						`Port ${port} on ${host} is already in use, so ${what} cannot start. ` +
							`Stop whatever listens there (\`ss -ltnp | grep :${port}\`) or choose another port.`,
					),
				);
			} else {
				reject(error);
			}
		});
		server.listen(port, host, () => server.close(() => resolve()));
	});
}

/** A port that was free a moment ago (for tests that must not collide with `npm start`). */
export function findFreePort(host = '127.0.0.1') {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, host, () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

/** Polls a URL until `accept(response)` is true, the process died, or time runs out. */
export async function waitForHttp(url, { timeoutMs = 90000, accept = (res) => res.ok, exited } = {}) {
	const deadline = Date.now() + timeoutMs;
	let processGone = false;
	exited?.then(() => (processGone = true));
	let lastError = '';
	while (Date.now() < deadline) {
		if (processGone) throw new Error(`the process serving ${url} exited before it was ready`);
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
			if (accept(res)) return res;
			lastError = `HTTP ${res.status}`;
		} catch (error) {
			lastError = error.message;
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${url} not ready after ${formatSeconds(timeoutMs)} (${lastError})`);
}
