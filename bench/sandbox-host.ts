/**
 * The sandbox as the benchmarks need it (run with tsx by scripts/bench.mjs): the normal `startSandbox`, plus a
 * larger Taobao catalogue so 2,000 product ids are all distinct and all known. The sandbox ships 40 items; the extra
 * ones come from its own deterministic generator (the fault tests' helper) and are re-added after every reset or reseed.
 * Usage: tsx bench/sandbox-host.ts --port <port> --catalogue <items> --ids-file <path>
 * Prints `BENCH_SANDBOX_READY <url>` once it listens (127.0.0.1 only).
 */
import { writeFileSync } from 'fs';

import { startSandbox } from '../sandbox/server';
import { enlargeCatalogue } from '../test/faults/catalogue';

function flag(name: string, fallback?: string): string {
	const index = process.argv.indexOf(`--${name}`);
	const value = index >= 0 ? process.argv[index + 1] : fallback;
	if (value === undefined) throw new Error(`--${name} is required`);
	return value;
}

async function main(): Promise<void> {
	const size = Number(flag('catalogue', '2000'));
	const handle = await startSandbox({ host: '127.0.0.1', port: Number(flag('port', '0')) });
	const sandbox = handle.sandbox;
	const ids = enlargeCatalogue(sandbox.store, size);
	// Reset and reseed rebuild the store from the seed: enlarge it again afterwards.
	const reset = sandbox.reset.bind(sandbox);
	const reseed = sandbox.reseed.bind(sandbox);
	sandbox.reset = () => {
		reset();
		enlargeCatalogue(sandbox.store, size);
	};
	sandbox.reseed = (counts) => {
		reseed(counts);
		enlargeCatalogue(sandbox.store, size);
	};
	writeFileSync(flag('ids-file'), JSON.stringify(ids));
	process.stdout.write(`BENCH_SANDBOX_READY ${handle.url}\n`);
	const stop = () => void handle.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
	process.stderr.write(`bench sandbox: ${error.message}\n`);
	process.exit(1);
});
