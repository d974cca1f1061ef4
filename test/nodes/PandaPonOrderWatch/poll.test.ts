/** Order Watch's poll() in n8n-core's PollContext against the in-process sandbox, over real signed HTTP. */
import { useSandbox } from '../../helpers/sandboxNode';
import { watcher } from './pollHarness';
import { CURSOR_KEY } from '../../../nodes/PandaPonOrderWatch/cursor';

const TAOBAO_LIST = '/open/order/page';
const ALIBABA_LIST = '/v2/alibaba/order/page';
/** The PandaPon Trigger's item fields: Order Watch must have them all, so one downstream branch serves both. */
const TRIGGER_FIELDS = ['event', 'platform', 'eventId', 'pushedAt', 'message', 'raw'];

describe('PandaPon Order Watch: poll()', () => {
	const ctx = useSandbox({ resetEachTest: true });
	const orderIn = (platform: 'taobao' | '1688', status: string | number) =>
		String(ctx.sandbox.findOrders(platform, { status: String(status), limit: 1 })[0].id);

	it('first poll records a baseline and emits nothing; later polls emit each change once', async () => {
		const watch = watcher(ctx.credentials, {});
		expect(await watch.poll()).toEqual([]);
		expect(watch.committed()[CURSOR_KEY]).toMatchObject({ version: 1, platforms: { taobao: { since: expect.any(Number) } } });

		const taobaoId = orderIn('taobao', 0);
		const alibabaId = orderIn('1688', 'waitbuyerpay');
		ctx.sandbox.advanceOrder('taobao', taobaoId);
		ctx.sandbox.advanceOrder('1688', alibabaId);
		const second = await watch.poll();
		expect(second.map((item) => [item.platform, (item.message as { orderId: string }).orderId, item.event])).toEqual([
			['taobao', taobaoId, 'ORDER_PAY_SUCCESS'],
			['1688', alibabaId, 'ORDER_PAY_SUCCESS'],
		]);
		expect(second[0]).toMatchObject({ source: 'orderWatch', change: { kind: 'status', from: null, to: '1' }, previous: null });
		expect(second[1]).toMatchObject({ current: { status: 'waitsellersend' }, message: { orderStatus: 'WAITING_FOR_SENT', payStatus: 2 } });

		// Same window again (overlap): nothing new. Then a second step of the same order: previous is known now.
		expect(await watch.poll()).toEqual([]);
		ctx.sandbox.advanceOrder('taobao', taobaoId);
		const third = await watch.poll();
		expect(third).toHaveLength(1);
		expect(third[0]).toMatchObject({
			event: 'ORDER_STATUS_CHANGE', change: { kind: 'status', from: '1', to: '2' },
			previous: { status: '1' }, current: { status: '2' }, message: { orderId: taobaoId, status: 2, previousStatus: 1 },
		});
	});

	it('items carry every PandaPon Trigger field, with the callback message fields and 19-digit ids as text', async () => {
		const watch = watcher(ctx.credentials, {});
		await watch.poll();
		const id = orderIn('taobao', 0);
		ctx.sandbox.advanceOrder('taobao', id, 4);
		const [item] = await watch.poll();
		for (const field of TRIGGER_FIELDS) expect(item).toHaveProperty(field);
		expect(item).toMatchObject({
			event: 'ORDER_CANCEL', platform: 'taobao', pushedAt: null, raw: { messageType: 'ORDER_CANCEL', messagePlatform: 0 },
			message: { orderId: id, statusName: 'CANCEL', status: 4, closeReason: 'admin_cancel' },
			order: { id, status: 4 },
		});
		expect(id).toMatch(/^\d{19}$/);
		expect(item.eventId).toMatch(/^[0-9a-f]{32}$/);
	});

	it('a poll that dies before n8n commits repeats its window: the same items, nothing lost', async () => {
		const watch = watcher(ctx.credentials, {});
		await watch.poll();
		ctx.sandbox.advanceOrder('1688', orderIn('1688', 'waitbuyerpay'));
		const lost = await watch.poll({ crash: true });
		expect(lost).toHaveLength(1);
		const repeated = await watch.poll();
		expect(repeated.map((item) => item.eventId)).toEqual(lost.map((item) => item.eventId));
		expect(await watch.poll()).toEqual([]);
	});

	it('reports amount and refund changes with from/to, and only the kinds chosen', async () => {
		const watch = watcher(ctx.credentials, { changes: ['amount', 'refund'] });
		await watch.poll();
		const alibabaId = orderIn('1688', 'waitbuyerpay');
		ctx.sandbox.advanceOrder('1688', alibabaId); // status only: not watched
		expect(await watch.poll()).toEqual([]);

		const repriced = orderIn('1688', 'waitbuyerpay');
		ctx.sandbox.modifyPrice(repriced, 100);
		expect(await watch.poll()).toEqual([]); // first sight in the window: its earlier amount is unknown, so recorded only
		ctx.sandbox.modifyPrice(repriced, 250);
		const [amount] = await watch.poll();
		expect(amount).toMatchObject({ event: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY', change: { kind: 'amount', from: 100, to: 250 } });

		const refund = ctx.sandbox.sandbox.store.taobaoRefunds.find((candidate) => candidate.status === 10)!;
		ctx.sandbox.advanceRefund('taobao', refund.refundId);
		await watch.poll(); // first sight of the order: recorded
		ctx.sandbox.advanceRefund('taobao', refund.refundId, refund.refundType === 2 ? 30 : 100);
		const [refundItem] = await watch.poll();
		expect(refundItem).toMatchObject({
			event: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND', platform: 'taobao',
			change: { kind: 'refund', subject: refund.subOrderId, from: '20' },
			message: { orderId: refund.orderId, subOrderId: refund.subOrderId },
		});
	});

	it('asks each list once per poll with the modification range in China time (yyyy-MM-dd HH:mm:ss)', async () => {
		const watch = watcher(ctx.credentials, {});
		await watch.poll();
		ctx.sandbox.clearRequests();
		await watch.poll();
		const [taobao] = ctx.requestsTo(TAOBAO_LIST);
		const [alibaba] = ctx.requestsTo(ALIBABA_LIST);
		expect(ctx.requestsTo(TAOBAO_LIST)).toHaveLength(1);
		expect(ctx.requestsTo(ALIBABA_LIST)).toHaveLength(1);
		expect(taobao.query).toMatchObject({ beginDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
		expect(alibaba.body).toMatchObject({ modifyStartTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
		const china = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 13).replace('T', ' ');
		expect(String(taobao.query.endDateTime).slice(0, 13)).toBe(china);
	});

	it('retries a failed list read, signed afresh, and loses nothing', async () => {
		const watch = watcher(ctx.credentials, {});
		await watch.poll();
		const id = orderIn('taobao', 0);
		ctx.sandbox.advanceOrder('taobao', id);
		ctx.sandbox.clearRequests();
		ctx.sandbox.addFault({ type: '5xx', path: TAOBAO_LIST, times: 1 });
		const items = await watch.poll();
		expect(items.map((item) => (item.message as { orderId: string }).orderId)).toEqual([id]);
		const attempts = ctx.requestsTo(TAOBAO_LIST);
		expect(attempts.map((entry) => entry.fault !== null && entry.fault !== undefined)).toEqual([true, false]);
		expect(attempts[1].auth?.ok).toBe(true);
	});

	it('with the poll budget used up, a source is not started and its window waits for the next poll', async () => {
		const watch = watcher(ctx.credentials, {});
		await watch.poll();
		const cursorBefore = structuredClone(watch.committed());
		const id = orderIn('1688', 'waitbuyerpay');
		ctx.sandbox.advanceOrder('1688', id);
		ctx.sandbox.clearRequests();
		expect(await watch.poll({ budgetMs: -1 })).toEqual([]);
		expect(ctx.sandbox.requests()).toHaveLength(0);
		expect(watch.committed()).toEqual(cursorBefore);
		const items = await watch.poll();
		expect(items.map((item) => (item.message as { orderId: string }).orderId)).toEqual([id]);
	});

	it('history is off by default; "Emit History on First Poll" emits what changed in the past hours', async () => {
		const id = orderIn('taobao', 0);
		ctx.sandbox.advanceOrder('taobao', id);
		expect(await watcher(ctx.credentials, {}).poll()).toEqual([]);
		const withHistory = await watcher(ctx.credentials, { options: { historyHours: 1 } }).poll();
		expect(withHistory.map((item) => (item.message as { orderId: string }).orderId)).toEqual([id]);
	});

	it('a manual test run returns the newest real orders and leaves the cursor alone', async () => {
		const watch = watcher(ctx.credentials, { sources: ['1688'] });
		const sample = await watch.poll({ mode: 'manual' });
		expect(sample).toHaveLength(3);
		const newest = ctx.sandbox.findOrders('1688', { limit: 3 }).map((order) => String(order.id));
		expect(sample.map((item) => (item.message as { orderId: string }).orderId)).toEqual(newest);
		expect(sample[0]).toMatchObject({ source: 'orderWatch', change: { kind: 'sample' } });
		expect(watch.committed()).toEqual({});
	});

	it('without sources it fails with the field named, before any request', async () => {
		await expect(watcher(ctx.credentials, { sources: [] }).poll()).rejects.toThrow('Sources: choose at least one order list');
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
