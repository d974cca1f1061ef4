/**
 * Reads ride out 429 with Retry-After, 5xx bursts and dropped connections, and still return complete, correct data:
 * every page of a Return All exactly once, every batch of a Get Many, every item of a per-item Get.
 */
import { pagingOf } from '../../nodes/PandaPon/transport';
import { enlargeCatalogue } from './catalogue';
import { itemsOf, startFaultHarness, type FaultHarness } from './harness';

const orderPaging = pagingOf('taobaoOrder.getAll');

jest.setTimeout(60_000);

const ORDERS = 1_000;
const ORDER_PAGE = '/open/order/page';

let h: FaultHarness;
beforeAll(async () => {
	h = await startFaultHarness({ seedOrders: { taobao: ORDERS, alibaba: 0 } });
});
afterAll(async () => await h.close());
beforeEach(() => h.clear());

const pageOf = (entry: { path: string; query: Record<string, string> }, page: number) =>
	entry.path === ORDER_PAGE && entry.query.pageNum === String(page);

describe('Taobao Order → Get Many (Return All) with faults mid-way', () => {
	it('returns every seeded order exactly once and asks again only for the pages that failed', async () => {
		// Four pages spread over the listing (ORDERS / page size pages in all).
		const lastPage = Math.ceil(ORDERS / orderPaging.maxPageSize);
		const [p429, p503, pDrop, p502] = [0.2, 0.45, 0.7, 0.95].map((at) => Math.max(2, Math.round(at * lastPage)));
		expect(new Set([p429, p503, pDrop, p502]).size).toBe(4);
		h.faultWhen((entry) => pageOf(entry, p429), { type: '429', path: ORDER_PAGE, retryAfter: 1 });
		h.faultWhen((entry) => pageOf(entry, p503), { type: '5xx', path: ORDER_PAGE, status: 503 });
		h.faultWhen((entry) => pageOf(entry, pDrop), { type: 'drop', path: ORDER_PAGE });
		h.faultWhen((entry) => pageOf(entry, p502), { type: '5xx', path: ORDER_PAGE, status: 502 });

		const { items, error } = await h.run({ resource: 'taobaoOrder', operation: 'getAll', returnAll: true, simplify: true });

		expect(error).toBeUndefined();
		const ids = items.map((item) => String(item.json.id));
		const seeded = h.sandbox.sandbox.store.taobaoOrders.map((order) => order.id);
		expect(seeded).toHaveLength(ORDERS);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual([...seeded].sort());

		const requests = h.requestsTo(ORDER_PAGE);
		const faulted = requests.filter((entry) => entry.fault !== null).map((entry) => [entry.query.pageNum, entry.fault]);
		expect(faulted).toEqual([[String(p429), '429'], [String(p503), '5xx'], [String(pDrop), 'drop'], [String(p502), '5xx']]);
		// Each faulted page was asked for exactly twice, every other page once.
		const pages = requests.map((entry) => Number(entry.query.pageNum));
		expect(Math.max(...pages)).toBe(lastPage);
		for (let page = 1; page <= lastPage; page++) {
			expect([page, pages.filter((value) => value === page).length]).toEqual([page, [p429, p503, pDrop, p502].includes(page) ? 2 : 1]);
		}
	});

	it('keeps 19-digit order ids exact through retries', async () => {
		h.faultWhen((entry) => pageOf(entry, 1), { type: '5xx', path: ORDER_PAGE, status: 500 });
		const { items } = await h.run({ resource: 'taobaoOrder', operation: 'getAll', returnAll: false, limit: 5 });
		const expected = [...h.sandbox.sandbox.store.taobaoOrders].reverse().slice(0, 5).map((order) => order.id);
		expect(items.map((item) => item.json.id)).toEqual(expected);
		expect(expected.every((id) => /^\d{19}$/.test(id))).toBe(true);
	});

	it('stops with a clear error when a page keeps failing, instead of returning a partial list', async () => {
		h.faultWhen((entry) => pageOf(entry, 3), { type: '5xx', path: ORDER_PAGE, status: 503, times: -1 });
		const { items, error } = await h.run({ resource: 'taobaoOrder', operation: 'getAll', returnAll: true });
		expect(items).toEqual([]);
		expect(error?.message).toBe('PandaPon answered HTTP 503');
		expect(error?.description).toContain('failed after 4 attempt(s)');
		const pages = h.requestsTo(ORDER_PAGE).map((entry) => entry.query.pageNum);
		expect(pages).toEqual(['1', '2', '3', '3', '3', '3']);
	});
});

describe('Product → Get Many (batches of 50) with faults', () => {
	const ITEMS = 130;
	const BATCH = '/open/product/batch/check';
	let itemIds: string[];
	beforeAll(() => {
		itemIds = enlargeCatalogue(h.sandbox.sandbox.store, ITEMS);
	});

	it('answers every input item in order when the second batch meets a 503 and the third a dropped connection', async () => {
		// The log entry is recorded before `when` runs: the count is this request's position.
		const nth = (n: number) => () => h.requestsTo(BATCH).length === n;
		h.faultWhen(nth(2), { type: '5xx', path: BATCH, status: 503 });
		h.faultWhen(nth(4), { type: 'drop', path: BATCH });

		const { items, error } = await h.run(
			{ resource: 'product', platform: 'taobao', operation: 'getMany', itemId: '={{ $json.itemId }}' },
			itemsOf(itemIds.map((itemId) => ({ itemId }))),
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(ITEMS);
		expect(items.map((item) => String(item.json.itemId))).toEqual(itemIds);
		expect(items.every((item) => item.json.error === undefined)).toBe(true);
		expect(items.map((item) => item.pairedItem)).toEqual(itemIds.map((_id, index) => ({ item: index })));
		const requests = h.requestsTo(BATCH);
		expect(requests.map((entry) => entry.fault)).toEqual([null, '5xx', null, 'drop', null]);
		// The retried batch carries the same ids as the failed one.
		expect(requests[2].body).toEqual(requests[1].body);
		expect(requests[4].body).toEqual(requests[3].body);
	});
});

describe('Product → Get per item with sporadic faults', () => {
	it('returns all items, each the product asked for, through a 429, a 5xx burst and a drop', async () => {
		const itemIds = h.sandbox.sandbox.store.taobaoItems.slice(0, 12).map((item) => item.itemId);
		const PATH = '/open/product/get';
		const asked = (index: number) => (entry: { path: string; query: Record<string, string> }) =>
			entry.path === PATH && entry.query.itemId === itemIds[index];
		h.faultWhen(asked(2), { type: '429', path: PATH, retryAfter: 1 });
		h.faultWhen(asked(5), { type: '5xx', path: PATH, status: 502, times: 2 });
		h.faultWhen(asked(8), { type: 'drop', path: PATH });

		const { items, error } = await h.run(
			{ resource: 'product', platform: 'taobao', operation: 'get', itemId: '={{ $json.itemId }}' },
			itemsOf(itemIds.map((itemId) => ({ itemId }))),
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => String(item.json.itemId))).toEqual(itemIds);
		expect(h.requestsTo(PATH)).toHaveLength(itemIds.length + 4);
	});

	it('does not wait for a Retry-After longer than 30 s: it stops with a rate-limit error', async () => {
		h.sandbox.addFault({ type: '429', path: '/open/product/get', retryAfter: 120 });
		const { error } = await h.run({ resource: 'product', platform: 'taobao', operation: 'get', itemId: '672991141190' });
		expect(error?.message).toBe('PandaPon is rate limiting requests (HTTP 429)');
		expect(h.requestsTo('/open/product/get')).toHaveLength(1);
	});
});
