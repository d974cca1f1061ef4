/**
 * `startSandbox(options)`: a local HTTP server that behaves like the PandaPon API (see sandbox/README.md).
 * In-process use from tests: `const sandbox = await startSandbox(); … await sandbox.close();` (port 0 = a free port).
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { handleAdmin } from './admin';
import type { SandboxCredentials } from './auth';
import type { DeliveryAttempt } from './callbacks';
import { ErrorCode, failure } from './envelope';
import type { Fault, FaultSpec } from './faults';
import { stringifyJson } from './json';
import { handlePandaPon } from './pipeline';
import { Sandbox, type PlatformName, type RequestLogEntry, type SandboxOptions } from './sandbox';

export type { RequestLogEntry, SandboxOptions } from './sandbox';
export type { DeliveryAttempt } from './callbacks';
export type { FaultSpec } from './faults';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface SandboxHandle {
	url: string;
	port: number;
	credentials: SandboxCredentials;
	close(): Promise<void>;
	/** Received PandaPon requests (not admin calls), oldest first. */
	requests(): RequestLogEntry[];
	clearRequests(): void;
	reset(): void;
	seed(counts: { taobao?: number; alibaba?: number }): void;
	addFault(fault: FaultSpec): Fault;
	clearFaults(): void;
	advanceOrder(platform: PlatformName, orderId: string, to?: string | number): { orderId: string; status: string | number };
	advanceRefund(platform: PlatformName, refundId: string, to?: string | number): { refundId: string; status: string | number };
	modifyPrice(orderId: string, totalAmountFen: number): Record<string, unknown>;
	findOrders(platform: PlatformName, filter?: { status?: string | number; limit?: number }): Record<string, unknown>[];
	state(): ReturnType<Sandbox['summary']>;
	setCallbackUrl(url: string | null): void;
	sendCallback(request: { variant?: string; messageType?: string; platform?: PlatformName; orderId?: string }): Promise<DeliveryAttempt>;
	callbacks(): DeliveryAttempt[];
	/** Resolves when no callback push is on the wire. */
	callbacksSettled(): Promise<void>;
	/** The underlying sandbox (state store etc.), for tests that need more than the admin operations. */
	sandbox: Sandbox;
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) chunks.push(chunk);
		});
		req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
	const sandbox = new Sandbox(options);
	const host = options.host ?? '127.0.0.1';
	let baseUrl = '';

	const server = http.createServer((req, res) => {
		void (async () => {
			// Concatenated, not resolved: a path like `//open/order` must stay a path, not become a host.
			const url = new URL(`${baseUrl}${req.url ?? '/'}`);
			const raw = await readBody(req);
			if (raw === null) {
				const text = stringifyJson(failure(ErrorCode.tooLarge, `body larger than ${MAX_BODY_BYTES} bytes`));
				res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
				res.end(text);
				return;
			}
			if (url.pathname.startsWith('/__sandbox/')) await handleAdmin(sandbox, req, res, raw, url);
			else await handlePandaPon(sandbox, req, res, raw, url, baseUrl);
		})().catch((error: Error) => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
			res.end(`sandbox error: ${error.message}`);
		});
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => resolve());
	});
	const port = (server.address() as AddressInfo).port;
	baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

	return {
		url: baseUrl,
		port,
		credentials: sandbox.credentials,
		sandbox,
		close: () => new Promise<void>((resolve) => {
			sandbox.callbacks.clear();
			server.close(() => resolve());
			server.closeAllConnections();
		}),
		requests: () => [...sandbox.log],
		clearRequests: () => {
			sandbox.log = [];
		},
		reset: () => sandbox.reset(),
		seed: (counts) => sandbox.reseed(counts),
		addFault: (fault) => sandbox.faults.add(fault),
		clearFaults: () => sandbox.faults.clear(),
		advanceOrder: (platform, orderId, to) => sandbox.advanceOrder(platform, orderId, to),
		advanceRefund: (platform, refundId, to) => sandbox.advanceRefund(platform, refundId, to),
		modifyPrice: (orderId, total) => sandbox.modifyPrice(orderId, total),
		findOrders: (platform, filter = {}) => sandbox.findOrders(platform, { status: filter.status === undefined ? undefined : String(filter.status), limit: filter.limit }),
		state: () => sandbox.summary(),
		setCallbackUrl: (url) => sandbox.callbacks.setUrl(url),
		sendCallback: (request) => sandbox.sendCallback(request),
		callbacks: () => sandbox.callbacks.deliveries(),
		callbacksSettled: () => sandbox.callbacks.idle(),
	};
}
