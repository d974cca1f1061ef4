// Bench 1: per-item throughput of "get Taobao product" for every input item.
import { expectEqual, measureWorkflows } from '../lib/measure.mjs';
import { rawProductLoop } from '../lib/rawClient.mjs';
import { perSecond } from '../lib/stats.mjs';
import { IDS, NODES } from '../lib/workflows.mjs';

const RAW_CONCURRENCY = 16;

export async function perItemThroughput(ctx) {
	const ids = ctx.itemIds;
	const n = ids.length;
	ctx.log(`Bench 1: ${n} × Product → Get`);

	const [ours, http] = await measureWorkflows(ctx, [
		{
			label: 'PandaPon node',
			workflowId: IDS.getOurs,
			measured: [NODES.ours],
			countPath: '/open/product/get',
			check: (result) => {
				const out = result.output(NODES.ours);
				expectEqual(out.length, n, 'PandaPon node output items');
				const wrong = out.findIndex((item, index) => String(item.itemId) !== ids[index]);
				if (wrong !== -1) throw new Error(`PandaPon node item ${wrong} has itemId ${out[wrong].itemId}, expected ${ids[wrong]}`);
			},
		},
		{
			label: 'Code signer + HTTP Request',
			workflowId: IDS.getHttp,
			measured: [NODES.sign, NODES.http],
			countPath: '/open/product/get',
			check: (result) => {
				const out = result.output(NODES.http);
				expectEqual(out.length, n, 'HTTP Request output items');
				expectEqual(out.filter((item) => item.code !== 200).length, 0, 'HTTP Request envelopes with code != 200');
			},
		},
	]);

	const account = ctx.account;
	const rawSequentialMs = await rawProductLoop({ sandboxUrl: ctx.sandbox.url, account, itemIds: ids, concurrency: 1 });
	const rawConcurrentMs = await rawProductLoop({ sandboxUrl: ctx.sandbox.url, account, itemIds: ids, concurrency: RAW_CONCURRENCY });
	ctx.log(`  raw client: sequential ${rawSequentialMs.toFixed(0)} ms, ${RAW_CONCURRENCY} in flight ${rawConcurrentMs.toFixed(0)} ms`);

	return {
		items: n,
		ours: { ...ours, itemsPerSec: perSecond(n, ours.workMs) },
		http: { ...http, itemsPerSec: perSecond(n, http.workMs) },
		rawSequential: { workMs: rawSequentialMs, itemsPerSec: perSecond(n, rawSequentialMs) },
		rawConcurrent: { workMs: rawConcurrentMs, itemsPerSec: perSecond(n, rawConcurrentMs), concurrency: RAW_CONCURRENCY },
	};
}
