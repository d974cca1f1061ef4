// Driving the real n8n: environment, CLI commands, the server process and its REST API.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { hostEnv } from '../n8n-host.mjs';
import { ENCRYPTION_KEY, OWNER } from './constants.mjs';
import { runCommand, startGroup, waitForHttp } from './processes.mjs';

/** bcrypt hash of the owner password, computed with n8n's own bcryptjs. */
export function ownerPasswordHash(host, password = OWNER.password) {
	const require = createRequire(join(host.nodeModules, 'n8n', 'package.json'));
	return require('bcryptjs').hashSync(password, 10);
}

/**
 * Environment for every n8n process of one instance (they must share user folder and encryption key).
 * @param {object} o
 * @param {object} o.host          result of ensureN8nHost()
 * @param {string} o.userFolder    N8N_USER_FOLDER (SQLite DB lives in <userFolder>/.n8n)
 * @param {number} o.port          editor/REST/webhook port
 * @param {number} o.brokerPort    task broker port (`n8n execute` starts its own broker too)
 */
export function n8nEnv({ host, userFolder, port, brokerPort }) {
	const env = {
		...hostEnv(host),
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://localhost:${port}`,
		// Loopback by address: the sandbox posts callbacks here, and `localhost` may resolve to ::1 first.
		N8N_WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		// At `warn`, `n8n execute --rawOutput` prints no JSON.
		N8N_LOG_LEVEL: 'info',
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '2',
		// What the README advises for the trigger (Scaling): without it n8n 2.40 builds an expression isolate for every
		// request to a trigger other than its own Webhook node, and for every execution, expression or not.
		N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
		// The owner exists from the first start, so the editor opens on a login page, not a setup form.
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: OWNER.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: OWNER.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: OWNER.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: ownerPasswordHash(host),
		// No calls to api.n8n.io for the vetted-package list.
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
	};
	// Keep settings from the caller's shell from leaking into the instance.
	for (const name of ['N8N_CUSTOM_EXTENSIONS', 'WEBHOOK_URL', 'N8N_COMMUNITY_PACKAGES', 'N8N_COMMUNITY_PACKAGES_MANAGED_BY_ENV']) {
		delete env[name];
	}
	return env;
}

/** A trigger node's production URL (`/webhook/<webhookId>/<path>` for nodes other than n8n's Webhook node). */
export function productionWebhookUrl(env, webhookId, path) {
	return `${env.N8N_WEBHOOK_URL}webhook/${webhookId}/${path}`;
}

/**
 * Runs `n8n <args>` to completion on the host's Node 24.
 * @returns {Promise<{ code: number|null, stdout: string, stderr: string, ms: number }>}
 */
export async function n8nCli(host, env, args, { timeoutMs = 180000 } = {}) {
	return await runCommand(host.nodeBin, [host.n8nBin, ...args], {
		env,
		cwd: env.N8N_USER_FOLDER,
		timeoutMs,
	});
}

/** Like n8nCli, but throws with n8n's output when the command fails. */
export async function n8nCliOk(host, env, args, options) {
	const result = await n8nCli(host, env, args, options);
	if (result.code !== 0) {
		throw new Error(`n8n ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
	}
	return result;
}

/** Writes JSON to a temp file under the user folder and imports it. */
export async function importJson(host, env, kind, name, data) {
	const dir = join(env.N8N_USER_FOLDER, 'imports');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${name}.json`);
	writeFileSync(file, JSON.stringify(data, null, '\t'));
	return await n8nCliOk(host, env, [`import:${kind}`, `--input=${file}`]);
}

/**
 * Extracts the run data JSON that `n8n execute --rawOutput` prints among its log lines.
 * Returns undefined when no JSON block is present.
 */
export function parseExecuteOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((line) => line === '{');
	const end = lines.findLastIndex((line) => line === '}');
	if (start === -1 || end < start) return undefined;
	return JSON.parse(lines.slice(start, end + 1).join('\n'));
}

/**
 * Executes a workflow by id; `n8n execute` exits 0 on success and 1 on a failed execution.
 * @returns {Promise<{ ok: boolean, run: any, stdout: string, stderr: string, ms: number }>}
 */
export async function executeWorkflow(host, env, workflowId) {
	const result = await n8nCli(host, env, ['execute', `--id=${workflowId}`, '--rawOutput']);
	let run;
	try {
		run = parseExecuteOutput(result.stdout);
	} catch {
		run = undefined;
	}
	return { ok: result.code === 0, run, stdout: result.stdout, stderr: result.stderr, ms: result.ms };
}

/** Output items (json only) of a node in a run, first output branch, last run of that node. */
export function nodeOutput(run, nodeName) {
	const taskRuns = run?.data?.resultData?.runData?.[nodeName];
	if (!taskRuns?.length) return undefined;
	const main = taskRuns[taskRuns.length - 1].data?.main?.[0] ?? [];
	return main.map((item) => item.json);
}

/**
 * Starts `n8n start` and waits until /healthz/readiness answers 200.
 * @returns {Promise<ReturnType<typeof startGroup> & { baseUrl: string, startupMs: number }>}
 */
export async function startN8n(host, env, { logFile, onLine, timeoutMs = 180000 } = {}) {
	const started = Date.now();
	const server = startGroup(host.nodeBin, [host.n8nBin, 'start'], {
		env,
		cwd: env.N8N_USER_FOLDER,
		logFile,
		onLine,
	});
	const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
	try {
		await waitForHttp(`${baseUrl}/healthz/readiness`, { timeoutMs, exited: server.exited });
	} catch (error) {
		await server.stop();
		throw new Error(`n8n did not become ready: ${error.message}\n--- n8n output ---\n${server.output()}`);
	}
	return { ...server, baseUrl, startupMs: Date.now() - started };
}

/** Minimal client for n8n's internal REST API, logged in as the owner (cookie auth). */
export class N8nRest {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = '';
	}

	async login(email = OWNER.email, password = OWNER.password) {
		const res = await fetch(`${this.baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: email, password }),
		});
		if (!res.ok) throw new Error(`n8n login failed: HTTP ${res.status} ${await res.text()}`);
		this.cookie = res.headers
			.getSetCookie()
			.map((cookie) => cookie.split(';')[0])
			.join('; ');
		return (await res.json()).data;
	}

	async request(method, path, body) {
		const res = await fetch(`${this.baseUrl}${path}`, {
			method,
			headers: { cookie: this.cookie, 'content-type': 'application/json', 'browser-id': 'e2e' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
		return text ? JSON.parse(text).data : undefined;
	}

	get(path) {
		return this.request('GET', path);
	}
}

