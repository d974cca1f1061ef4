/**
 * A small signed PandaPon client for the sandbox tests, written from the API reference (not importing nodes/ or
 * the sandbox's own auth): UPPERCASE(hex(MD5(accessKey + timestamp + nonce + secret))) in the system headers, plus
 * query `timestamp` + `sign` for warehouse-logistics paths. Responses are returned as raw text so tests can check
 * 19-digit numbers digit for digit.
 */
import { createHash, createHmac, randomBytes } from 'crypto';
import http, { type IncomingHttpHeaders } from 'http';
import type { SandboxHandle } from '../../sandbox/server';

export interface CallOptions {
	query?: Record<string, string | number>;
	body?: unknown;
	/** Sent as is instead of `body` (e.g. malformed JSON or a multipart buffer). */
	rawBody?: string | Buffer;
	contentType?: string;
	timestampUnit?: 'seconds' | 'milliseconds';
	timestamp?: string;
	nonce?: string;
	accessKey?: string;
	secret?: string;
	signature?: string;
	userId?: string | null;
	omitHeaders?: string[];
	/** Logistics paths: false = no query timestamp/sign; or explicit values. */
	querySign?: false | { timestamp?: string; sign?: string };
}

export interface RawResponse {
	status: number;
	headers: IncomingHttpHeaders;
	text: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	json: any;
}

export function md5Signature(accessKey: string, timestamp: string, nonce: string, secret: string): string {
	return createHash('md5').update(accessKey + timestamp + nonce + secret, 'utf8').digest('hex').toUpperCase();
}

export function hmacHex(body: string | Buffer, secret: string): string {
	return createHmac('sha256', secret).update(body).digest('hex');
}

export function rawRequest(url: string, method: string, headers: Record<string, string>, body?: string | Buffer): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method, headers, agent: false }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let json: unknown;
				try {
					json = JSON.parse(text);
				} catch {
					json = undefined;
				}
				resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
			});
			response.on('error', reject);
		});
		request.on('error', reject);
		request.end(body);
	});
}

export function signedHeaders(handle: SandboxHandle, options: CallOptions = {}): Record<string, string> {
	const now = Date.now();
	const timestamp = options.timestamp ?? (options.timestampUnit === 'seconds' ? String(Math.floor(now / 1000)) : String(now));
	const nonce = options.nonce ?? randomBytes(16).toString('hex');
	const accessKey = options.accessKey ?? handle.credentials.accessKey;
	const secret = options.secret ?? handle.credentials.accessSecret;
	const headers: Record<string, string> = {
		'access-key': accessKey, timestamp, 'nonce-str': nonce,
		signature: options.signature ?? md5Signature(accessKey, timestamp, nonce, secret),
	};
	if (options.userId !== null) headers['user-id'] = options.userId ?? handle.credentials.userId;
	for (const name of options.omitHeaders ?? []) delete headers[name];
	return headers;
}

export async function call(handle: SandboxHandle, method: 'GET' | 'POST', path: string, options: CallOptions = {}): Promise<RawResponse> {
	const headers = signedHeaders(handle, options);
	const url = new URL(path, handle.url);
	for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, String(value));
	if (/^(\/v2)?\/open\/pp\/logistics\//.test(url.pathname) && options.querySign !== false) {
		url.searchParams.set('timestamp', options.querySign?.timestamp ?? headers.timestamp);
		url.searchParams.set('sign', options.querySign?.sign ?? headers.signature);
	}
	let body: string | Buffer | undefined = options.rawBody;
	if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
	if (body !== undefined) {
		headers['content-type'] = options.contentType ?? 'application/json';
		headers['content-length'] = String(Buffer.byteLength(body));
	}
	return rawRequest(url.toString(), method, headers, body);
}

/** A call that must succeed (`code` 200); returns the parsed `data`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ok(handle: SandboxHandle, method: 'GET' | 'POST', path: string, options: CallOptions = {}): Promise<any> {
	const response = await call(handle, method, path, options);
	if (response.json?.code !== 200) throw new Error(`${method} ${path} answered ${response.text}`);
	return response.json.data;
}

export function multipart(fields: Record<string, string>, files: { field: string; filename: string; contentType: string; data: Buffer }[]) {
	const boundary = `----sandboxtest${randomBytes(8).toString('hex')}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
	}
	for (const file of files) {
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`));
		parts.push(file.data, Buffer.from('\r\n'));
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { rawBody: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A 1×1 PNG and the first bytes of a JPEG: enough for magic-byte checks. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
export const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

export interface ReceivedPush {
	method: string;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** A local callback receiver; `respond` picks the status for each push (default 200). */
export async function startReceiver(respond: (push: ReceivedPush, index: number) => number | 'hang' = () => 200) {
	const received: ReceivedPush[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const push = { method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks) };
			received.push(push);
			const status = respond(push, received.length - 1);
			if (status === 'hang') return;
			res.writeHead(status);
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}/pandapon/callback`,
		received,
		close: () => new Promise<void>((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		}),
	};
}

/** Polls `condition` (no timing asserted; the jest timeout bounds it). */
export async function eventually(condition: () => boolean, what: string): Promise<void> {
	for (let i = 0; i < 400; i++) {
		if (condition()) return;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`gave up waiting for ${what}`);
}
