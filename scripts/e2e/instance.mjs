// Prepares one n8n instance (user folder) with our package, the sandbox credential and workflows.
// Shared by `npm start` and the end-to-end tests so both run the same steps.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installTarball, packPackage, registerInstalledPackage } from './community-package.mjs';
import { sandboxCredential } from './constants.mjs';
import { importJson, n8nCliOk, n8nEnv } from './n8n.mjs';
import { formatSeconds } from './processes.mjs';

/** Runs `fn`, logs `label: <seconds>` and records it in `timings`. */
export async function timed(label, fn, { log = console.log, timings } = {}) {
	const started = Date.now();
	const result = await fn();
	const ms = Date.now() - started;
	timings?.push({ label, ms });
	log(`  ${label}: ${formatSeconds(ms)}`);
	return result;
}

/**
 * @param {object} o
 * @param {object} o.host            ensureN8nHost() result
 * @param {string} o.userFolder
 * @param {{ n8n: number, broker: number }} o.ports
 * @param {string} o.sandboxUrl      base URL the credential points at
 * @param {object[]} o.workflows     workflow JSON objects to import (ids kept)
 * @param {string[]} [o.publish]     ids of workflows to publish (activated at the next `n8n start`)
 * @param {string} [o.tarball]       reuse an already packed tarball
 */
export async function prepareInstance({ host, userFolder, ports, sandboxUrl, workflows, publish = [], tarball, log = console.log, timings }) {
	mkdirSync(userFolder, { recursive: true });
	const env = n8nEnv({ host, userFolder, port: ports.n8n, brokerPort: ports.broker });
	const step = (label, fn) => timed(label, fn, { log, timings });

	const packed = tarball ? { tarball } : await step('npm pack', () => packPackage(join(userFolder, 'pack')));
	const installed = await step('install tarball as community package', () =>
		installTarball({ host, userFolder, tarball: packed.tarball }),
	);
	// The first CLI command on a fresh folder creates the database (~260 migrations).
	await step('import credential', () =>
		importJson(host, env, 'credentials', 'credentials', [sandboxCredential(sandboxUrl)]),
	);
	await step('import workflows', () => importJson(host, env, 'workflow', 'workflows', workflows));
	const nodeTypes = await step('register community package in the database', () =>
		registerInstalledPackage({ host, userFolder }),
	);
	for (const id of publish) {
		await step(`publish workflow ${id}`, () => n8nCliOk(host, env, ['publish:workflow', `--id=${id}`]));
	}
	return { env, tarball: packed.tarball, packageFiles: packed.files, installed, nodeTypes };
}
