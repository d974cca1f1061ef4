/** A tiny HTTP server that answers from a script, for transport tests that need exact faults. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

export interface SeenRequest {
	method: string;
	url: string;
	headers: IncomingMessage['headers'];
	body: string;
}

export type Reply =
	| { status?: number; headers?: Record<string, string>; body: string | object; delayMs?: number }
	| { drop: true };

export interface ScriptedServer {
	url: string;
	seen: SeenRequest[];
	/** Highest number of requests being answered at the same time since the last script(). */
	maxInFlight(): number;
	/** Replies used in order; the last one repeats. */
	script(replies: Reply[]): void;
	close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
	let replies: Reply[] = [{ body: { code: 200, msg: 'ok', data: {} } }];
	const seen: SeenRequest[] = [];
	let inFlight = 0;
	let peak = 0;
	const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
			const reply = replies.length > 1 ? replies.shift()! : replies[0];
			if ('drop' in reply) {
				req.socket.destroy();
				return;
			}
			inFlight++;
			peak = Math.max(peak, inFlight);
			const answer = () => {
				inFlight--;
				res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
				res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
			};
			if (reply.delayMs) setTimeout(answer, reply.delayMs);
			else answer();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		seen,
		maxInFlight: () => peak,
		script(next) {
			replies = [...next];
			seen.length = 0;
			peak = 0;
		},
		async close() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
