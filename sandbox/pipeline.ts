/**
 * One PandaPon request, start to end: route lookup, fault injection, authentication, body parsing, handler,
 * envelope, and the request-log entry (which never holds the access secret).
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { checkAuth, type AuthResult } from './auth';
import { ApiError, ErrorCode, failure, success, thinSuccess } from './envelope';
import type { Fault } from './faults';
import { parseJson, stringifyJson } from './json';
import { parseMultipart } from './multipart';
import type { RouteMatch, UploadedFile } from './router';
import type { RequestLogEntry, Sandbox } from './sandbox';
import { Reader } from './validate';

interface Outcome {
	code: number;
	text: string;
	auth: AuthResult | null;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

function headerText(req: IncomingMessage, name: string): string | undefined {
	const value = req.headers[name];
	return Array.isArray(value) ? value[0] : value;
}

function fail(code: number, msg: string, auth: AuthResult | null = null): Outcome {
	return { code, text: stringifyJson(failure(code, msg)), auth };
}

function parseBody(req: IncomingMessage, raw: Buffer, multipart: boolean): { body: Reader; files: UploadedFile[] } {
	if (multipart) {
		const parsed = parseMultipart(raw, headerText(req, 'content-type'));
		return { body: Reader.text(parsed.fields), files: parsed.files };
	}
	if (req.method === 'GET' || raw.length === 0) return { body: Reader.body({}), files: [] };
	let value: unknown;
	try {
		value = parseJson(raw.toString('utf8'));
	} catch (error) {
		throw new ApiError(ErrorCode.badRequest, `malformed JSON body: ${(error as Error).message}`);
	}
	return { body: Reader.body(value), files: [] };
}

function answer(sandbox: Sandbox, req: IncomingMessage, url: URL, raw: Buffer, match: RouteMatch, baseUrl: string): Outcome {
	const method = req.method ?? 'GET';
	if (match.kind === 'notFound') return fail(ErrorCode.notFound, `no such endpoint: ${method} ${url.pathname}`);
	if (match.kind === 'wrongMethod') {
		return fail(ErrorCode.methodNotAllowed, `method ${method} not allowed for ${url.pathname}; use ${match.allowed.join(' or ')}`);
	}
	const auth = checkAuth(req.headers, url.searchParams, url.pathname, sandbox.credentials, sandbox.now());
	if (!auth.ok) return fail(auth.code, auth.reason, auth);
	try {
		const { body, files } = parseBody(req, raw, match.route.multipart === true);
		const data = match.route.handle({
			store: sandbox.store, body, files, baseUrl, params: match.params,
			query: Reader.text(Object.fromEntries(url.searchParams)),
			userId: headerText(req, 'user-id')?.trim() || sandbox.credentials.userId,
		});
		if (match.route.thin) return { code: 0, text: stringifyJson(thinSuccess()), auth };
		return { code: 200, text: stringifyJson(success(data)), auth };
	} catch (error) {
		if (error instanceof ApiError) return fail(error.code, error.message, auth);
		return fail(ErrorCode.internal, `internal sandbox error: ${(error as Error).message}`, auth);
	}
}

/** What the request log keeps of the body: parsed JSON, multipart field/file summaries, or the raw text. */
function loggedBody(req: IncomingMessage, text: string, raw: Buffer): unknown {
	if (text.length === 0) return null;
	if (/^multipart\/form-data/i.test(headerText(req, 'content-type') ?? '')) {
		try {
			const parsed = parseMultipart(raw, headerText(req, 'content-type'));
			return { fields: parsed.fields, files: parsed.files.map((f) => ({ field: f.field, filename: f.filename, contentType: f.contentType, size: f.data.length })) };
		} catch {
			return '[unparseable multipart body]';
		}
	}
	try {
		return parseJson(text);
	} catch {
		return text;
	}
}

const REDACTED = '[REDACTED]';

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
	res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers });
	res.end(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers with the fault instead of the real outcome; returns the HTTP status (null when the socket is dropped). */
function applyFault(res: ServerResponse, fault: Fault, processed: Outcome | null): { status: number | null; code: number | null } {
	switch (fault.type) {
		case '429': {
			const text = stringifyJson(failure(429, 'too many requests (injected)'));
			sendText(res, 429, text, { 'Retry-After': String(fault.retryAfter ?? 1) });
			return { status: 429, code: 429 };
		}
		case '5xx': {
			const status = fault.status ?? 503;
			const text = `<html><body><h1>${status} Service Temporarily Unavailable</h1></body></html>`;
			res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': String(Buffer.byteLength(text)) });
			res.end(text);
			return { status, code: null };
		}
		case 'drop':
			res.socket?.destroy();
			return { status: null, code: null };
		case 'malformed': {
			const full = processed?.text ?? stringifyJson(success({ truncated: true }));
			sendText(res, 200, full.slice(0, Math.max(1, Math.floor(full.length / 2))));
			return { status: 200, code: null };
		}
		default: {
			const code = fault.code ?? ErrorCode.injected;
			sendText(res, 200, stringifyJson(failure(code, fault.msg ?? 'injected error')));
			return { status: 200, code };
		}
	}
}

export async function handlePandaPon(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse, raw: Buffer, url: URL, baseUrl: string): Promise<void> {
	const method = req.method ?? 'GET';
	const secret = sandbox.credentials.accessSecret;
	const text = raw.toString('utf8');
	const headerValues = Object.values(req.headers).flat().join('\n');
	const secretExposed = [text, url.href, headerValues].some((part) => part.includes(secret));
	const redact = (value: string) => (secretExposed ? value.split(secret).join(REDACTED) : value);
	const entry: Omit<RequestLogEntry, 'id'> = {
		at: new Date(sandbox.now()).toISOString(), method, path: url.pathname,
		query: Object.fromEntries([...url.searchParams].map(([k, v]) => [k, redact(v)])),
		headerNames: Object.keys(req.headers), userId: headerText(req, 'user-id') ?? null,
		body: loggedBody(req, redact(text), secretExposed ? Buffer.from(redact(text)) : raw),
		auth: null, code: null, httpStatus: null, fault: null, secretExposed,
	};
	const logged = sandbox.addLogEntry(entry);

	const match = sandbox.router.match(method, url.pathname);
	const fault = sandbox.faults.take(method, url.pathname);
	if (fault) logged.fault = fault.type;
	if (fault?.type === 'delay') await sleep(fault.delayMs ?? 1000);
	if (fault && fault.type !== 'delay' && !fault.process) {
		const result = applyFault(res, fault, null);
		Object.assign(logged, { httpStatus: result.status, code: result.code });
		return;
	}
	const outcome = answer(sandbox, req, url, raw, match, baseUrl);
	logged.auth = outcome.auth && { ok: outcome.auth.ok, code: outcome.auth.code, reason: outcome.auth.reason, timestampUnit: outcome.auth.timestampUnit };
	if (fault && fault.type !== 'delay') {
		const result = applyFault(res, fault, outcome);
		Object.assign(logged, { httpStatus: result.status, code: result.code ?? outcome.code });
		return;
	}
	sendText(res, 200, outcome.text);
	Object.assign(logged, { httpStatus: 200, code: outcome.code });
}
