// The local PandaPon sandbox (sandbox/cli.ts) as a child process, plus a client for its admin API (/__sandbox/*).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './constants.mjs';
import { parseJsonKeepingIds } from './json.mjs';
import { startGroup, waitForHttp } from './processes.mjs';

/**
 * Starts the sandbox on the machine's Node via tsx and waits until its admin API answers. `args`: more CLI options
 * (sandbox/cli.ts), e.g. `--callback-retry-ms`.
 * @returns {Promise<ReturnType<typeof startGroup> & { url: string, admin: SandboxAdmin }>}
 */
export async function startSandbox({ port, host = '127.0.0.1', logFile, onLine, timeoutMs = 60000, args = [] }) {
	const cli = join(REPO_ROOT, 'sandbox', 'cli.ts');
	if (!existsSync(cli)) throw new Error(`The sandbox is missing (${cli}).`);
	const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const server = startGroup(process.execPath, [tsx, cli, '--port', String(port), '--host', host, ...args], {
		cwd: REPO_ROOT,
		env: { ...process.env },
		logFile,
		onLine,
	});
	const url = `http://${host}:${port}`;
	try {
		await waitForHttp(`${url}/__sandbox/state`, { timeoutMs, exited: server.exited });
	} catch (error) {
		await server.stop();
		throw new Error(`The sandbox did not start: ${error.message}\n--- sandbox output ---\n${server.output()}`);
	}
	return { ...server, url, admin: new SandboxAdmin(url) };
}

/** Client for the sandbox's admin API. */
export class SandboxAdmin {
	constructor(url) {
		this.url = url;
	}

	async call(method, path, body) {
		const res = await fetch(`${this.url}/__sandbox${path}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`sandbox ${method} /__sandbox${path}: HTTP ${res.status} ${text}`);
		return text ? parseJsonKeepingIds(text) : undefined;
	}

	reset() {
		return this.call('POST', '/reset');
	}

	state() {
		return this.call('GET', '/state');
	}

	/** Requests the sandbox received on its PandaPon API (admin calls excluded), oldest first. */
	requests(filter = {}) {
		const query = new URLSearchParams(filter).toString();
		return this.call('GET', `/requests${query ? `?${query}` : ''}`);
	}

	/** Newest orders first: [{ id, orderNo, status, … }]. `platform`: taobao | 1688. */
	orders(platform, filter = {}) {
		const query = new URLSearchParams(filter).toString();
		return this.call('GET', `/orders/${platform}${query ? `?${query}` : ''}`);
	}

	advanceOrder(platform, orderId, to) {
		return this.call('POST', `/orders/${platform}/${orderId}/advance`, to === undefined ? {} : { to });
	}

	setCallbackUrl(url) {
		return this.call('POST', '/callback-url', { url });
	}

	/**
	 * Asks the sandbox to push one callback now and returns the delivery record ({ status, body, … }).
	 * `variant`: valid | tampered | unsigned | wrongSecret | malformed | verifyPing | verifyGet.
	 */
	sendCallback(body) {
		return this.call('POST', '/callbacks/send', body);
	}

	/** Pushes a recorded delivery again now, byte for byte (timestamp and signature included), as PandaPon retries. */
	redeliverCallback(attemptId) {
		return this.call('POST', `/callbacks/${attemptId}/redeliver`, {});
	}

	callbackDeliveries() {
		return this.call('GET', '/callbacks');
	}
}
