// The ceiling: a plain Node HTTP client calling GET /open/product/get with hand-made signatures, keep-alive sockets.
import { Agent, request } from 'node:http';
import { signedHeaders } from './signing.mjs';

function getJson(agent, url, headers) {
	return new Promise((resolve, reject) => {
		const req = request(url, { method: 'GET', agent, headers: { accept: 'application/json', ...headers } }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (text += chunk));
			res.on('end', () => {
				try {
					resolve(JSON.parse(text));
				} catch (error) {
					reject(error);
				}
			});
		});
		req.setTimeout(30000, () => req.destroy(new Error('timeout')));
		req.on('error', reject);
		req.end();
	});
}

/** Fetches every id with at most `concurrency` requests in flight; returns elapsed ms. Throws on any non-200 code. */
export async function rawProductLoop({ sandboxUrl, account, itemIds, concurrency }) {
	const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
	const started = process.hrtime.bigint();
	let next = 0;
	const worker = async () => {
		while (next < itemIds.length) {
			const itemId = itemIds[next++];
			const envelope = await getJson(agent, `${sandboxUrl}/open/product/get?itemId=${itemId}`, signedHeaders(account));
			if (envelope.code !== 200) throw new Error(`raw client: item ${itemId} answered code ${envelope.code} ${envelope.msg}`);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	agent.destroy();
	return ms;
}
