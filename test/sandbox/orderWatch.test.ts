/** What Order Watch needs from the sandbox: modification times on order records and range filters on them. */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call, ok } from './client';
import { takeOrder, resetTaken } from './fixtures';

/** `yyyy-MM-dd HH:mm:ss` in China time (UTC+8), PandaPon's format for the Taobao list filters. */
const chinaTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

describe('sandbox: order modification times and ranges (Order Watch)', () => {
	// Close to the real clock: signed requests must stay within 600 s of it.
	let clock = Math.floor(Date.now() / 1000) * 1000;
	let sandbox: SandboxHandle;

	beforeAll(async () => {
		sandbox = await startSandbox({ now: () => clock });
	});
	afterAll(() => sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		resetTaken();
	});

	it('Taobao: an admin state change moves updateTime, and beginDateTime/endDateTime select by it', async () => {
		const order = takeOrder(sandbox, 'taobao', 0);
		clock += 60_000;
		sandbox.advanceOrder('taobao', order.id);
		const range = { beginDateTime: chinaTime(clock - 1000), endDateTime: chinaTime(clock + 1000) };
		const page = await ok(sandbox, 'GET', '/open/order/page', { query: { pageNum: 1, pageSize: 50, ...range } });
		expect(page.total).toBe(1);
		expect(page.data[0]).toMatchObject({ id: order.id, status: 1, updateTime: chinaTime(clock) });
		const before = await ok(sandbox, 'GET', '/open/order/page', {
			query: { pageNum: 1, pageSize: 50, beginDateTime: chinaTime(clock - 120_000), endDateTime: chinaTime(clock - 1000) },
		});
		expect(before.data.map((o: { id: string }) => o.id)).not.toContain(order.id);
	});

	it('Taobao: a refund step changes the order record (sub-order refundStatus) and its updateTime', async () => {
		const refund = sandbox.sandbox.store.taobaoRefunds.find((r) => r.status === 10);
		if (!refund) throw new Error('the seed has no Taobao reverse order in status 10');
		const refundId = refund.refundId;
		clock += 120_000;
		sandbox.advanceRefund('taobao', refundId);
		const page = await ok(sandbox, 'GET', '/open/order/page', {
			query: { pageNum: 1, pageSize: 50, beginDateTime: chinaTime(clock), endDateTime: chinaTime(clock) },
		});
		expect(page.total).toBe(1);
		expect(page.data[0]).toMatchObject({ id: refund.orderId, updateTime: chinaTime(clock) });
		expect(page.data[0].subOrderVOS).toContainEqual(expect.objectContaining({ subOrderId: refund.subOrderId, refundStatus: 20 }));
	});

	it('1688: records carry modifyTime, and modifyStartTime/modifyEndTime select by it', async () => {
		const order = takeOrder(sandbox, '1688', 'waitbuyerpay');
		clock += 180_000;
		sandbox.modifyPrice(order.id, 12345);
		const page = await ok(sandbox, 'POST', '/v2/alibaba/order/page', {
			body: { pageNo: 1, pageSize: 50, modifyStartTime: chinaTime(clock - 1000), modifyEndTime: chinaTime(clock + 1000) },
		});
		expect(page.totalRecords).toBe(1);
		expect(page.data[0]).toMatchObject({ idOfStr: order.id, totalAmount: 123.45, modifyTime: expect.stringMatching(/\+08:00$/) });
		expect(Date.parse(page.data[0].modifyTime)).toBe(clock);
	});

	it('rejects a range that is not PandaPon\'s date format, naming the field', async () => {
		const bad = await call(sandbox, 'POST', '/v2/alibaba/order/page', { body: { pageNo: 1, pageSize: 10, modifyStartTime: '2026-01-10T12:00:00Z' } });
		expect(bad.json).toMatchObject({ code: 400, msg: expect.stringContaining('modifyStartTime') });
	});
});
