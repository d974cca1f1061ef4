// A bounded load generator: a fixed number of POSTs, at most `concurrency` in flight, a hard deadline, and
// loopback only (it refuses any other host).
import { Agent, request } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function post(agent, url, body, headers, timeoutMs) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const done = (status, text) => resolve({ status, body: text, ms: Number(process.hrtime.bigint() - started) / 1e6 });
		const req = request(
			url,
			{ method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => done(res.statusCode ?? 0, text));
				res.on('error', () => done(0, ''));
			},
		);
		req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
		req.on('error', (error) => done(0, error.message));
		req.end(body);
	});
}

/**
 * @param {object} o
 * @param {string} o.url                      POST target (must be loopback)
 * @param {(i: number) => { body: string, headers?: Record<string, string> }} o.makeRequest
 * @param {number} o.count                    requests in total
 * @param {number} o.concurrency              requests in flight at most
 * @param {number} [o.deadlineMs]             stop starting new requests after this
 * @param {number} [o.requestTimeoutMs]
 * @returns {Promise<{ results: { status: number, body: string, ms: number }[], wallMs: number, unsent: number }>}
 */
export async function runLoad({ url, makeRequest, count, concurrency, deadlineMs = 120000, requestTimeoutMs = 10000 }) {
	const { hostname } = new URL(url);
	if (!LOOPBACK.has(hostname)) throw new Error(`load generator refuses non-loopback target ${hostname}`);
	const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
	const results = [];
	const started = Date.now();
	let next = 0;
	const worker = async () => {
		while (next < count && Date.now() - started < deadlineMs) {
			const index = next++;
			const { body, headers } = makeRequest(index);
			results.push({ index, ...(await post(agent, url, body, headers ?? {}, requestTimeoutMs)) });
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	const wallMs = Date.now() - started;
	agent.destroy();
	return { results, wallMs, unsent: count - results.length };
}
