// Bench 2: 2,000 product ids through Product → Get Many (batch check, up to 50 ids per call) against one call per id
// (Product → Get over the same ids, the workflow of bench 1).
import { expectEqual, measureWorkflows } from '../lib/measure.mjs';
import { perSecond } from '../lib/stats.mjs';
import { IDS, NODES } from '../lib/workflows.mjs';

export async function batchLookup(ctx, { perIdRun }) {
	const ids = ctx.itemIds;
	const n = ids.length;
	ctx.log(`Bench 2: ${n} ids, Product → Get Many`);
	const [batch] = await measureWorkflows(ctx, [
		{
			label: 'Get Many (batch)',
			workflowId: IDS.batchOurs,
			measured: [NODES.ours],
			countPath: '/open/product/batch/check',
			check: (result) => {
				const out = result.output(NODES.ours);
				expectEqual(out.length, n, 'Get Many output items');
				expectEqual(out.filter((item) => item.error !== undefined).length, 0, 'Get Many items reported as not available');
			},
		},
	]);
	return {
		ids: n,
		batch: { ...batch, idsPerSec: perSecond(n, batch.workMs) },
		// One call per id is exactly bench 1's PandaPon-node run (same ids, same workflow shape).
		perId: { ...perIdRun, idsPerSec: perSecond(n, perIdRun.workMs) },
	};
}
