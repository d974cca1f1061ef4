/**
 * `npm run sandbox` / `npx tsx sandbox/cli.ts [--port 8787] [--host 127.0.0.1] [--access-key …] [--access-secret …]
 * [--user-id …] [--callback-url …] [--callback-retry-ms 1800000] [--callback-retries 5] [--callback-timeout-ms 1000]
 * [--seed-taobao 120]
 * [--seed-alibaba 120]`. Prints the base URL and the credentials to configure in n8n.
 */
import { startSandbox } from './server';

const FLAGS: Record<string, string> = {
	'--port': 'port', '--host': 'host', '--access-key': 'accessKey', '--access-secret': 'accessSecret', '--user-id': 'userId',
	'--callback-url': 'callbackUrl', '--callback-retry-ms': 'retryDelayMs', '--callback-retries': 'maxRetries',
	'--callback-timeout-ms': 'timeoutMs', '--seed-taobao': 'taobao', '--seed-alibaba': 'alibaba',
};

function parseArgs(argv: string[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		if (flag === '--help' || flag === '-h') {
			console.log(`flags: ${Object.keys(FLAGS).join(' ')}`);
			process.exit(0);
		}
		const key = FLAGS[flag];
		if (!key) throw new Error(`unknown flag ${flag}; known: ${Object.keys(FLAGS).join(', ')}`);
		const value = inline ?? argv[++i];
		if (value === undefined) throw new Error(`${flag} needs a value`);
		values[key] = value;
	}
	return values;
}

function integer(value: string | undefined, flag: string): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value)) throw new Error(`${flag} expects a non-negative integer, got "${value}"`);
	return Number(value);
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const sandbox = await startSandbox({
		host: args.host ?? '127.0.0.1',
		port: integer(args.port, '--port') ?? 8787,
		accessKey: args.accessKey, accessSecret: args.accessSecret, userId: args.userId, callbackUrl: args.callbackUrl,
		callbackPolicy: {
			...(args.retryDelayMs !== undefined && { retryDelayMs: integer(args.retryDelayMs, '--callback-retry-ms') }),
			...(args.maxRetries !== undefined && { maxRetries: integer(args.maxRetries, '--callback-retries') }),
			...(args.timeoutMs !== undefined && { timeoutMs: integer(args.timeoutMs, '--callback-timeout-ms') }),
		},
		seedOrders: { taobao: integer(args.taobao, '--seed-taobao'), alibaba: integer(args.alibaba, '--seed-alibaba') },
	});
	const { accessKey, accessSecret, userId } = sandbox.credentials;
	console.log(`PandaPon sandbox listening on ${sandbox.url}`);
	console.log(`  Base URL:      ${sandbox.url}`);
	console.log(`  Access Key:    ${accessKey}`);
	console.log(`  Access Secret: ${accessSecret}   (sandbox-only credentials)`);
	console.log(`  User ID:       ${userId}`);
	console.log(`  Callback URL:  ${sandbox.sandbox.callbacks.getUrl() ?? '(none; POST /__sandbox/callback-url)'}`);
	console.log(`  Admin API:     ${sandbox.url}/__sandbox/state`);
	const stop = () => void sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
	console.error(`sandbox: ${error.message}`);
	process.exit(1);
});
