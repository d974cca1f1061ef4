/**
 * Money is real: Taobao Order → Create, Cancel and Pay are attempted exactly once under 5xx, 429, dropped
 * connections and "done but the answer was lost" (the sandbox's request log proves the count, its state proves the
 * effect), and the error says the request was not retried.
 */
import type { INodeParameters } from 'n8n-workflow';

import type { FaultSpec } from '../../sandbox/server';
import { byId, itemsOf, NOT_RETRIED, startFaultHarness, type FaultHarness } from './harness';

jest.setTimeout(60_000);

let h: FaultHarness;
beforeAll(async () => {
	h = await startFaultHarness({ seedOrders: { taobao: 300, alibaba: 0 } });
});
afterAll(async () => await h.close());
beforeEach(() => h.clear());

const store = () => h.sandbox.sandbox.store;
const taken = new Set<string>();
/** A fresh order awaiting payment (status 0), never used by another test. */
function unpaidOrder(): string {
	const order = store().taobaoOrders.find((candidate) => candidate.status === 0 && !taken.has(candidate.id));
	if (!order) throw new Error('no unpaid order left');
	taken.add(order.id);
	return order.id;
}
const statusOf = (orderId: string) => store().taobaoOrderById.get(orderId)?.status;

const RECEIVER = { name: 'a测试aa', mobile_phone: '15068763421', country: '中国', state: '浙江省', city: '杭州市', district: '余杭区', address: '测试地址', zip: '11111' };

interface Write {
	path: string;
	parameters: () => { parameters: INodeParameters; orderId?: string };
	/** The order's status after the write took effect. */
	doneStatus?: number;
}

const writes: Record<string, Write> = {
	create: {
		path: '/open/order',
		parameters: () => {
			const item = store().taobaoItems[0];
			const line = { itemId: item.itemId, skuId: item.skus[0].skuId, quantity: 1, price: item.skus[0].promotionPrice };
			return {
				parameters: {
					resource: 'taobaoOrder', operation: 'create', receiverMode: 'json', receiverJson: JSON.stringify(RECEIVER),
					orderLinesMode: 'json', orderLinesJson: JSON.stringify([line]), purchaseAmount: 100_000,
				},
			};
		},
	},
	cancel: {
		path: '/open/order/cancel',
		doneStatus: 4,
		parameters: () => {
			const orderId = unpaidOrder();
			return { orderId, parameters: { resource: 'taobaoOrder', operation: 'cancel', orderId: byId(orderId) } };
		},
	},
	pay: {
		path: '/open/order/pay',
		doneStatus: 1,
		parameters: () => {
			const orderId = unpaidOrder();
			return { orderId, parameters: { resource: 'taobaoOrder', operation: 'pay', orderId: byId(orderId) } };
		},
	},
};

const lostBeforeActing: [string, Omit<FaultSpec, 'path'>][] = [
	['HTTP 503', { type: '5xx', status: 503, times: -1 }],
	['HTTP 500', { type: '5xx', status: 500, times: -1 }],
	['HTTP 429 with Retry-After: 1', { type: '429', retryAfter: 1, times: -1 }],
	['a dropped connection', { type: 'drop', times: -1 }],
];

const lostAfterActing: [string, Omit<FaultSpec, 'path'>][] = [
	['a dropped connection after the server acted', { type: 'drop', process: true, times: -1 }],
	['HTTP 502 after the server acted', { type: '5xx', status: 502, process: true, times: -1 }],
];

describe.each(Object.entries(writes))('Taobao Order → %s', (_name, write) => {
	it.each(lostBeforeActing)('under %s: one attempt, nothing changed, and the error says it was not retried', async (_fault, fault) => {
		const ordersBefore = store().taobaoOrders.length;
		const { parameters, orderId } = write.parameters();
		h.sandbox.addFault({ ...fault, path: write.path });

		const { items, error } = await h.run(parameters);

		expect(items).toEqual([]);
		expect(error?.description).toContain(NOT_RETRIED);
		const attempts = h.requestsTo(write.path);
		expect(attempts).toHaveLength(1);
		expect(attempts[0].fault).toBe(fault.type);
		expect(store().taobaoOrders.length).toBe(ordersBefore);
		if (orderId) expect(statusOf(orderId)).toBe(0);
	});

	it.each(lostAfterActing)('under %s: one attempt, the effect happened once, and the error says so', async (_fault, fault) => {
		const ordersBefore = store().taobaoOrders.length;
		const { parameters, orderId } = write.parameters();
		h.sandbox.addFault({ ...fault, path: write.path });

		const { error } = await h.run(parameters);

		expect(error?.description).toContain(NOT_RETRIED);
		expect(error?.description).toContain('Check the state in PandaPon');
		// One plain statement, not n8n's "You can retry the request immediately" next to "check the state first".
		expect(error?.message).toMatch(/The request may or may not have been processed\.$/);
		expect(`${error?.message} ${error?.description}`).not.toMatch(/retry the request immediately|Retry on Fail/i);
		expect(h.requestsTo(write.path)).toHaveLength(1);
		if (orderId) expect(statusOf(orderId)).toBe(write.doneStatus);
		else expect(store().taobaoOrders.length).toBe(ordersBefore + 1);
	});
});

describe('several input items with Continue On Fail', () => {
	it('a 503 on the first cancel fails only that item; every order is attempted exactly once', async () => {
		const orderIds = [unpaidOrder(), unpaidOrder(), unpaidOrder()];
		h.faultWhen((entry) => entry.path === '/open/order/cancel' && (entry.body as { orderId?: string })?.orderId === orderIds[0], {
			type: '5xx',
			path: '/open/order/cancel',
			status: 503,
		});

		const { items, error } = await h.run(
			{ resource: 'taobaoOrder', operation: 'cancel', orderId: byId('={{ $json.orderId }}') },
			itemsOf(orderIds.map((orderId) => ({ orderId }))),
			true,
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json.error).toBe('PandaPon answered HTTP 503 (POST /open/order/cancel). The request may or may not have been processed.');
		expect(String(items[0].json.description)).toContain(NOT_RETRIED);
		expect(items.slice(1).map((item) => item.json)).toEqual(orderIds.slice(1).map((orderId) => ({ success: true, orderId })));
		const bodies = h.requestsTo('/open/order/cancel').map((entry) => (entry.body as { orderId: string }).orderId);
		expect(bodies).toEqual(orderIds);
		expect(orderIds.map(statusOf)).toEqual([0, 4, 4]);
	});
});
