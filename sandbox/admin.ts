/**
 * The admin API under `/__sandbox/` (JSON in, JSON out, no signature): reset, request log, faults, order and
 * refund advancing, state summary, callbacks and reseeding. Plain HTTP statuses here, not PandaPon envelopes.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { parseJson, stringifyJson } from './json';
import { AdminError, type Sandbox } from './sandbox';

type Json = Record<string, unknown>;
type AdminHandler = (sandbox: Sandbox, params: string[], body: Json, query: URLSearchParams) => unknown;

const routes: { method: string; pattern: RegExp; handle: AdminHandler }[] = [
	{ method: 'POST', pattern: /^reset$/, handle: (s) => (s.reset(), { ok: true }) },
	{
		method: 'GET', pattern: /^requests$/,
		handle: (s, _p, _b, q) => s.log.filter((e) => (!q.get('path') || e.path === q.get('path')) && (!q.get('method') || e.method === q.get('method'))),
	},
	{ method: 'DELETE', pattern: /^requests$/, handle: (s) => ((s.log = []), { ok: true }) },
	{ method: 'GET', pattern: /^faults$/, handle: (s) => s.faults.list() },
	{
		method: 'POST', pattern: /^faults$/,
		handle: (s, _p, body) => {
			try {
				return Array.isArray(body.faults) ? body.faults.map((f) => s.faults.add(f)) : s.faults.add(body);
			} catch (error) {
				throw new AdminError(400, (error as Error).message);
			}
		},
	},
	{ method: 'DELETE', pattern: /^faults$/, handle: (s) => (s.faults.clear(), { ok: true }) },
	{ method: 'GET', pattern: /^state$/, handle: (s) => s.summary() },
	{
		method: 'GET', pattern: /^orders\/(taobao|1688)$/,
		handle: (s, [platform], _b, q) => s.findOrders(platform, { status: q.get('status') ?? undefined, limit: Number(q.get('limit') ?? 20) }),
	},
	{ method: 'POST', pattern: /^orders\/(taobao|1688)\/(\d+)\/advance$/, handle: (s, [platform, id], body) => s.advanceOrder(platform, id, body.to) },
	{ method: 'POST', pattern: /^orders\/1688\/(\d+)\/price$/, handle: (s, [id], body) => s.modifyPrice(id, body.totalAmount) },
	{ method: 'POST', pattern: /^refunds\/(taobao|1688)\/(\w+)\/advance$/, handle: (s, [platform, id], body) => s.advanceRefund(platform, id, body.to) },
	{
		method: 'POST', pattern: /^callback-url$/,
		handle: (s, _p, body) => {
			try {
				s.callbacks.setUrl(body.url === null || body.url === undefined || body.url === '' ? null : String(body.url));
			} catch (error) {
				throw new AdminError(400, (error as Error).message);
			}
			return { url: s.callbacks.getUrl() };
		},
	},
	{ method: 'POST', pattern: /^callbacks\/send$/, handle: (s, _p, body) => s.sendCallback(body) },
	{
		method: 'POST', pattern: /^callbacks\/(\d+)\/redeliver$/,
		handle: async (s, [id]) => {
			try {
				return await s.callbacks.redeliver(Number(id));
			} catch (error) {
				throw new AdminError(404, (error as Error).message);
			}
		},
	},
	{ method: 'GET', pattern: /^callbacks$/, handle: (s) => s.callbacks.deliveries() },
	{ method: 'DELETE', pattern: /^callbacks$/, handle: (s) => (s.callbacks.clear(), { ok: true }) },
	{ method: 'POST', pattern: /^seed$/, handle: (s, _p, body) => (s.reseed(body), s.summary()) },
];

function send(res: ServerResponse, status: number, value: unknown): void {
	const text = stringifyJson(value);
	res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(text)) });
	res.end(text);
}

export async function handleAdmin(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse, raw: Buffer, url: URL): Promise<void> {
	const route = url.pathname.slice('/__sandbox/'.length);
	const file = /^files\/([\w.-]+)$/.exec(route);
	if (file && req.method === 'GET') {
		const stored = sandbox.store.files.get(file[1]);
		if (!stored) return send(res, 404, { error: `file ${file[1]} not found` });
		res.writeHead(200, { 'Content-Type': stored.contentType, 'Content-Length': String(stored.data.length) });
		res.end(stored.data);
		return;
	}
	const candidates = routes.filter((r) => r.pattern.test(route));
	const found = candidates.find((r) => r.method === req.method);
	if (!found) {
		if (candidates.length > 0) return send(res, 405, { error: `use ${candidates.map((c) => c.method).join(' or ')} for /__sandbox/${route}` });
		return send(res, 404, { error: `no admin endpoint /__sandbox/${route}` });
	}
	let body: Json = {};
	if (raw.length > 0) {
		try {
			body = parseJson(raw.toString('utf8')) as Json;
		} catch (error) {
			return send(res, 400, { error: `malformed JSON body: ${(error as Error).message}` });
		}
	}
	try {
		const params = (found.pattern.exec(route) ?? []).slice(1);
		send(res, 200, await found.handle(sandbox, params, body ?? {}, url.searchParams));
	} catch (error) {
		send(res, error instanceof AdminError ? error.status : 500, { error: (error as Error).message });
	}
}
