// Bench 3: Return All over N seeded Taobao orders, our paging against HTTP Request pagination + Split Out.
import { expectEqual, measureWorkflows } from '../lib/measure.mjs';
import { seedOrders } from '../lib/sandbox.mjs';
import { IDS, NODES, pageHttpId } from '../lib/workflows.mjs';

const PATH = '/open/order/page';

function checkOrders(out, n, what) {
	expectEqual(out.length, n, `${what} output items`);
	expectEqual(new Set(out.map((order) => String(order.id))).size, n, `${what} distinct order ids`);
}

/**
 * @param {{ sizes: number[], ourPageSize: number, httpPageSizes: number[] }} options
 *        the first of `httpPageSizes` should equal `ourPageSize` (the like-for-like baseline)
 */
export async function returnAll(ctx, { sizes, ourPageSize, httpPageSizes }) {
	const rows = [];
	for (const n of sizes) {
		ctx.log(`Bench 3: Return All over ${n} orders`);
		await seedOrders(ctx.sandbox.admin, n);
		// Repeated: ours (both Simplify settings) and the same-page-size baseline. Other page sizes run once.
		const specs = [
			{
				label: `PandaPon node (${ourPageSize}/page, Simplify off)`,
				workflowId: IDS.pageOurs,
				measured: [NODES.ours],
				countPath: PATH,
				check: (result) => checkOrders(result.output(NODES.ours), n, 'PandaPon node'),
			},
			...httpPageSizes.map((pageSize, index) => ({
				label: `HTTP Request pagination (${pageSize}/page)`,
				workflowId: pageHttpId(pageSize),
				measured: [NODES.sign, NODES.http, NODES.splitOut],
				countPath: PATH,
				repeat: index === 0 ? ctx.repeat : 1,
				check: (result) => checkOrders(result.output(NODES.splitOut), n, 'HTTP Request + Split Out'),
			})),
			{
				label: 'PandaPon node (Simplify on, the default)',
				workflowId: IDS.pageOursSimple,
				measured: [NODES.ours],
				countPath: PATH,
				check: (result) => checkOrders(result.output(NODES.ours), n, 'PandaPon node (simplified)'),
			},
		];
		const [ours, ...rest] = await measureWorkflows(ctx, specs);
		const oursSimplified = rest.pop();
		const http = Object.fromEntries(httpPageSizes.map((pageSize, index) => [pageSize, rest[index]]));
		rows.push({ orders: n, ours, oursSimplified, http });
	}
	return { ourPageSize, httpPageSizes, rows };
}
