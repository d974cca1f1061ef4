/**
 * Answers that are not data give clear errors: HTTP 200 with an error code, a body that is not JSON, and a request
 * that never gets an answer. None of them leaks the access secret.
 */
import { REQUEST_TIMEOUT_MS } from '../../nodes/PandaPon/transport';
import { byId, NOT_RETRIED, startFaultHarness, type FaultHarness } from './harness';

// One test waits out the transport's 30 s request timeout.
jest.setTimeout(REQUEST_TIMEOUT_MS + 30_000);

let h: FaultHarness;
beforeAll(async () => {
	h = await startFaultHarness({ seedOrders: { taobao: 100, alibaba: 0 } });
});
afterAll(async () => await h.close());
beforeEach(() => h.clear());

const GET = '/open/product/get';
const getProduct = { resource: 'product', platform: 'taobao', operation: 'get', itemId: '672991141190' };
const unpaidOrders = () => h.sandbox.sandbox.store.taobaoOrders.filter((order) => order.status === 0).map((order) => order.id);

function expectNoSecret(value: unknown): void {
	expect(JSON.stringify(value)).not.toContain(h.sandbox.credentials.accessSecret);
}

describe('HTTP 200 with an error code', () => {
	it('becomes a NodeApiError with PandaPon code, msg and requestId, and a read is not retried for it', async () => {
		h.sandbox.addFault({ type: 'errorCode', path: GET, code: 40007, msg: '商品已下架 / item is off the shelf' });

		const { items, error } = await h.run(getProduct);

		expect(items).toEqual([]);
		expect(error?.message).toBe('PandaPon error 40007: 商品已下架 / item is off the shelf');
		expect(error?.description).toMatch(/requestId: [0-9a-f]{32} \(GET \/open\/product\/get\)/);
		expect(h.requestsTo(GET)).toHaveLength(1);
		expectNoSecret(error);
	});

	it('with Continue On Fail, lands on the item as error, code and requestId', async () => {
		h.sandbox.addFault({ type: 'errorCode', path: GET, code: 500, msg: 'system busy' });

		const { items } = await h.run(getProduct, undefined, true);

		expect(items[0].json).toMatchObject({ error: 'PandaPon error 500: system busy', code: '500' });
		expect(items[0].json.requestId).toMatch(/^[0-9a-f]{32}$/);
	});
});

describe('a body that is not JSON', () => {
	it('on a read: says so and shows the first characters', async () => {
		h.sandbox.addFault({ type: 'malformed', path: GET, times: -1 });

		const { error } = await h.run(getProduct);

		expect(error?.message).toBe('PandaPon returned a response that is not valid JSON (GET /open/product/get)');
		expect(error?.description).toMatch(/^First characters: \{"requestId"/);
		expectNoSecret(error);
	});

	it('on a write the server carried out: says so, sends once, and says it was not retried', async () => {
		const orderId = unpaidOrders()[0];
		h.sandbox.addFault({ type: 'malformed', path: '/open/order/pay', process: true, times: -1 });

		const { error } = await h.run({ resource: 'taobaoOrder', operation: 'pay', orderId: byId(orderId) });

		expect(error?.message).toBe('PandaPon returned a response that is not valid JSON (POST /open/order/pay)');
		expect(error?.description).toContain(NOT_RETRIED);
		expect(h.requestsTo('/open/order/pay')).toHaveLength(1);
		expect(h.sandbox.sandbox.store.taobaoOrderById.get(orderId)?.status).toBe(1);
	});
});

describe('no answer at all', () => {
	const DELAY_MS = REQUEST_TIMEOUT_MS + 500;
	let result: Awaited<ReturnType<FaultHarness['run']>>;
	let orderId: string;
	let attempts: number;
	beforeAll(async () => {
		h.clear();
		orderId = unpaidOrders()[1];
		// Only this single write waits: writes are never retried, so the suite waits one timeout, not four.
		h.sandbox.addFault({ type: 'delay', path: '/open/order/cancel', delayMs: DELAY_MS });
		const started = Date.now();
		result = await h.run({ resource: 'taobaoOrder', operation: 'cancel', orderId: byId(orderId) });
		attempts = h.requestsTo('/open/order/cancel').length;
		// Let the sandbox's delayed answer go out before the server closes (it is logged once the handler has run);
		// a fixed sleep raced the sandbox's own timer on a loaded machine.
		const deadline = started + DELAY_MS + 10_000;
		while (h.requestsTo('/open/order/cancel')[0]?.httpStatus == null && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	});

	it('a write that times out is attempted once, names the call, and says it was not retried', () => {
		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe(
			'POST /open/order/cancel was sent to PandaPon, but no answer came within 30 s (timed out). The request may or may not have been processed.',
		);
		expect(result.error?.description).toContain(NOT_RETRIED);
		expect(attempts).toBe(1);
		// The sandbox acted after the client gave up, as a slow server would: cancelled once, which is why the
		// error tells the user to check before running it again rather than retrying.
		expect(h.sandbox.sandbox.store.taobaoOrderById.get(orderId)?.status).toBe(4);
		expect(result.error?.description).toContain('Check the state in PandaPon');
		expectNoSecret(result.error);
	});

	// n8n maps axios' "timeout of 30000ms exceeded" to "The connection was aborted, perhaps the server is offline";
	// the transport names the timeout so that a user can tell it from a refused connection.
	it('says that PandaPon did not answer in time', () => {
		expect(`${result.error?.message} ${result.error?.description}`).toMatch(/time(d)? ?out|did not answer|within 30/i);
	});
});
