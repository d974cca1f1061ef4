// What each manual example must produce, checked against the sandbox's own view (its order list and request log).
import assert from 'node:assert/strict';
import {
	ALIBABA_LIFECYCLE_EXAMPLE,
	BATCH_EXAMPLE,
	ORDER_SHEET_ROWS,
	TAOBAO_CART_EXAMPLE,
} from '../../scripts/e2e/examples.mjs';
import { nodeOutput } from '../../scripts/e2e/n8n.mjs';

/** Every request was signed correctly, answered with code 200, and never carried the secret. */
function assertCleanRequests(requests) {
	for (const request of requests) {
		assert.equal(request.auth?.ok, true, `${request.method} ${request.path}: signature refused (${request.auth?.reason})`);
		assert.equal(request.code, 200, `${request.method} ${request.path}: code ${request.code}`);
		assert.equal(request.secretExposed, false, `${request.method} ${request.path} carried the access secret`);
	}
}

const calls = (requests) => requests.map((request) => `${request.method} ${request.path}`);

/** The one output item of a node. */
function single(run, nodeName) {
	const items = nodeOutput(run, nodeName);
	assert.equal(items?.length, 1, `${nodeName} should output one item, got ${JSON.stringify(items)}`);
	return items[0];
}

export const exampleChecks = [
	{
		workflowId: TAOBAO_CART_EXAMPLE.workflowId,
		title: '1. Taobao cart to order: the cart line becomes an order the sandbox holds, unpaid',
		async verify({ run, sandbox }) {
			const requests = await sandbox.requests();
			assert.deepEqual(calls(requests), [
				'GET /open/product/get',
				'POST /open/cart/add',
				'POST /open/cart/create/order',
				'GET /open/order/detail',
			]);
			assertCleanRequests(requests);
			const cartLine = single(run, 'Add to cart');
			assert.deepEqual(requests[2].body.ids, [cartLine.id], 'the order was not made from the line just added');
			const created = single(run, 'Order what is in the cart');
			const [newest] = await sandbox.orders('taobao', { limit: 1 });
			assert.equal(created.id, newest.id, 'the order in the output is not the sandbox newest order');
			const fetched = single(run, 'Get the new order');
			assert.equal(fetched.id, newest.id);
			assert.equal(fetched.status, newest.status);
			assert.equal(newest.status, 0, 'a new Taobao order waits for payment (status 0)');
			assert.deepEqual(
				fetched.subOrderVOS.map((line) => line.skuId),
				['3452545926724'],
			);
		},
	},
	{
		workflowId: ALIBABA_LIFECYCLE_EXAMPLE.workflowId,
		title: '2. 1688 order lifecycle: previewed, created, paid; the sandbox order waits for the seller to ship',
		async verify({ run, sandbox }) {
			const requests = await sandbox.requests();
			assert.deepEqual(calls(requests), [
				'POST /v2/alibaba/order/create/preview',
				'POST /v2/alibaba/order/create',
				'GET /v2/alibaba/order/pay/url',
				'POST /alibaba/order/batch/submit/to/pay',
				'POST /alibaba/order/detail',
			]);
			assertCleanRequests(requests);
			const { orderId } = single(run, 'Create the order');
			assert.match(orderId, /^\d{19}$/, 'a 1688 order id keeps its 19 digits as text');
			const [newest] = await sandbox.orders('1688', { limit: 1 });
			assert.equal(newest.id, orderId);
			assert.equal(newest.status, 'waitsellersend');
			assert.deepEqual(requests[3].body.orderIds, [orderId]);
			const paid = single(run, 'Pay with the PandaPon balance');
			assert.deepEqual(paid.paidOrderIds, [orderId]);
			const status = single(run, 'Get the order status');
			assert.equal(status.orderId, orderId);
			assert.equal(status.status, newest.status);
		},
	},
	{
		workflowId: BATCH_EXAMPLE.workflowId,
		title: '3. one Taobao order per spreadsheet row: every row has its own sandbox order and reference',
		async verify({ run, sandbox }) {
			const requests = await sandbox.requests();
			assert.deepEqual(calls(requests), ORDER_SHEET_ROWS.map(() => 'POST /open/order'));
			assertCleanRequests(requests);
			assert.deepEqual(
				requests.map((request) => request.body.sellerOrderNumber),
				ORDER_SHEET_ROWS.map((row) => row.reference),
			);
			const results = nodeOutput(run, BATCH_EXAMPLE.resultNode);
			assert.deepEqual(
				results.map((result) => result.reference),
				ORDER_SHEET_ROWS.map((row) => row.reference),
			);
			const sandboxOrders = await sandbox.orders('taobao', { limit: ORDER_SHEET_ROWS.length });
			assert.deepEqual(
				results.map((result) => result.orderId).sort(),
				sandboxOrders.map((order) => order.id).sort(),
				'the orders in the output are not the ones the sandbox created last',
			);
			assert.equal(new Set(results.map((result) => result.orderId)).size, ORDER_SHEET_ROWS.length);
			assert.ok(sandboxOrders.every((order) => order.status === 0));
		},
	},
];
