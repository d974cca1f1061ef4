/**
 * n8n's Retry On Fail runs the node's execute() again in the same process for the same execution. A write batch
 * that fails halfway must not pay anything twice on those tries, and its error must say what went through.
 * Runs in n8n's real engine (WorkflowExecute honours retryOnFail / maxTries / waitBetweenTries) against the sandbox,
 * whose request log counts the pay requests per order.
 */
import type { INodeExecutionData } from 'n8n-workflow';

import { byId, startFaultHarness, type FaultHarness } from './harness';

jest.setTimeout(60_000);

let h: FaultHarness;
beforeAll(async () => {
	h = await startFaultHarness({ seedOrders: { taobao: 300, alibaba: 0 } });
});
afterAll(async () => await h.close());
beforeEach(() => h.clear());

const PAY = '/open/order/pay';
const RETRY = { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 };
const taken = new Set<string>();

function unpaidOrders(count: number): string[] {
	const orders = h.sandbox.sandbox.store.taobaoOrders.filter((order) => order.status === 0 && !taken.has(order.id)).slice(0, count);
	if (orders.length < count) throw new Error('not enough unpaid orders');
	for (const order of orders) taken.add(order.id);
	return orders.map((order) => order.id);
}

const payItems = (orderIds: string[]): INodeExecutionData[] => orderIds.map((orderId) => ({ json: { orderId } }));
const payParameters = { resource: 'taobaoOrder', operation: 'pay', orderId: byId('={{ $json.orderId }}') };
const paysOf = (orderId: string) => h.requestsTo(PAY).filter((entry) => (entry.body as { orderId?: string })?.orderId === orderId).length;
const statusOf = (orderId: string) => h.sandbox.sandbox.store.taobaoOrderById.get(orderId)?.status;
const failOn = (orderId: string, fault: Parameters<FaultHarness['faultWhen']>[1]) =>
	h.faultWhen((entry) => entry.path === PAY && (entry.body as { orderId?: string })?.orderId === orderId, fault);

describe('Taobao Order → Pay over six items with Retry On Fail (3 tries)', () => {
	it.each([
		['HTTP 500 before acting', { type: '5xx' as const, status: 500, path: PAY }],
		['HTTP 502 after acting', { type: '5xx' as const, status: 502, path: PAY, process: true }],
		['a dropped connection after acting', { type: 'drop' as const, path: PAY, process: true }],
	])('%s on item 2: every order gets at most one pay request, and the error tells what went through', async (_name, fault) => {
		const orders = unpaidOrders(6);
		failOn(orders[2], fault);

		const { items, error } = await h.run(payParameters, payItems(orders), false, RETRY);

		expect(items).toEqual([]);
		expect(orders.map(paysOf)).toEqual([1, 1, 1, 0, 0, 0]);
		expect(statusOf(orders[0])).toBe(1);
		expect(statusOf(orders[1])).toBe(1);
		expect(statusOf(orders[3])).toBe(0);
		expect(error?.message).toContain('may or may not have been processed');
		expect(error?.message).not.toMatch(/retry the request immediately/i);
		const description = String(error?.description);
		expect(description).toContain(`Went through: item 0 (orderId ${orders[0]}`);
		expect(description).toContain(`item 1 (orderId ${orders[1]}`);
		expect(description).toMatch(/Failed: item 2: .*may or may not have been processed/);
		expect(description).toContain('Not sent: items 3–5.');
		expect(description).toContain('Check the state in PandaPon');
	});

	it('a pay PandaPon clearly refused (an API error code) is sent again by the next try and goes through', async () => {
		const orders = unpaidOrders(3);
		failOn(orders[1], { type: 'errorCode', code: 50001, msg: 'busy, try again', path: PAY });

		const { items, error } = await h.run(payParameters, payItems(orders), false, RETRY);

		expect(error).toBeUndefined();
		expect(orders.map(paysOf)).toEqual([1, 2, 1]);
		expect(items.map((item) => item.json.orderId)).toEqual(orders);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(orders.map(statusOf)).toEqual([1, 1, 1]);
	});

	it('with Continue On Fail, a failure on item 0 makes n8n retry the node; the others are paid once and still come out', async () => {
		const orders = unpaidOrders(4);
		failOn(orders[0], { type: '5xx', status: 500, path: PAY });

		const { items, error } = await h.run(payParameters, payItems(orders), true, RETRY);

		expect(error).toBeUndefined();
		expect(orders.map(paysOf)).toEqual([1, 1, 1, 1]);
		expect(items).toHaveLength(4);
		expect(items[0].json.error).toContain('may or may not have been processed');
		expect(items[0].json.description).toContain('Not sent again');
		expect(items.slice(1).map((item) => item.json.orderId)).toEqual(orders.slice(1));
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
	});

	it('a new execution is a new decision: the same pay in the next run is sent (the record is per execution)', async () => {
		const [orderId] = unpaidOrders(1);
		failOn(orderId, { type: '5xx', status: 503, path: PAY });
		await h.run(payParameters, payItems([orderId]), false, RETRY);
		expect(paysOf(orderId)).toBe(1);

		const second = await h.run(payParameters, payItems([orderId]));

		expect(second.error).toBeUndefined();
		expect(paysOf(orderId)).toBe(2);
	});
});
