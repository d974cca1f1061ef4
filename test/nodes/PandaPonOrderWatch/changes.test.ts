/** The pure parts of Order Watch: record snapshots, diffs, event names, cursor pruning and range formatting. */
import { diff, eventFor, changeEventId } from '../../../nodes/PandaPonOrderWatch/changes';
import { prune, readCursor, toEntry, CURSOR_KEY } from '../../../nodes/PandaPonOrderWatch/cursor';
import { alibabaSnapshot, parsePandaPonTime, taobaoSnapshot } from '../../../nodes/PandaPonOrderWatch/snapshot';
import { rangeParameters } from '../../../nodes/PandaPonOrderWatch/sources';

const SEED_004_RECORD = {
	id: '1022505290408395575', orderNo: '1022505290345480832', createTime: '2023-09-22 13:50:59', payTime: null,
	purchaseAmount: 400, status: 0, subOrderVOS: [{ subOrderId: null, status: null }],
};

describe('Order Watch snapshots', () => {
	it('reads the seed 004 record (no updateTime, no mail number) with its China-time creation', () => {
		expect(taobaoSnapshot(SEED_004_RECORD)).toMatchObject({
			platform: 'taobao', orderId: '1022505290408395575', status: '0', amount: 400, logistics: null, refund: null,
			createdMs: Date.UTC(2023, 8, 22, 5, 50, 59), modifiedMs: null,
		});
	});

	it('reads a 1688 list record: yuan to fen, ISO modifyTime with offset', () => {
		const snapshot = alibabaSnapshot({
			idOfStr: '2542285634920880794', status: 'waitbuyerreceive',
			totalAmount: 23.1, createTime: '2025-04-23T14:13:44.000+08:00', modifyTime: '2025-04-23T14:13:45.000+08:00',
			mailNo: 'YT123', logisticsCompany: '圆通速递',
		});
		expect(snapshot).toMatchObject({ orderId: '2542285634920880794', amount: 2310, logistics: '圆通速递 YT123', modifiedMs: Date.UTC(2025, 3, 23, 6, 13, 45) });
	});

	it('refund state lists only sub-orders with a refund, sorted', () => {
		const record = { ...SEED_004_RECORD, subOrderVOS: [{ subOrderId: 'b', refundStatus: 20 }, { subOrderId: 'a', refundStatus: 0 }, { subOrderId: 'c', refundStatus: -10 }] };
		expect(taobaoSnapshot(record)?.refund).toBe('b:20|c:-10');
	});

	it('parses both PandaPon time formats and rejects anything else', () => {
		expect(parsePandaPonTime('2023-09-22 13:50:59')).toBe(Date.UTC(2023, 8, 22, 5, 50, 59));
		expect(parsePandaPonTime('2025-04-23T14:13:44.000+08:00')).toBe(Date.UTC(2025, 3, 23, 6, 13, 44));
		expect(parsePandaPonTime('yesterday')).toBeNull();
		expect(parsePandaPonTime(null)).toBeNull();
	});
});

describe('Order Watch diffs', () => {
	const snapshot = taobaoSnapshot({ ...SEED_004_RECORD, status: 1 })!;
	const all = ['created', 'status', 'amount', 'logistics', 'refund'] as const;

	it('an unseen order created in the window is "created"; an older one a status change from unknown', () => {
		expect(diff(undefined, snapshot, [...all], snapshot.createdMs!)).toEqual([{ kind: 'created', previous: null, current: '1' }]);
		expect(diff(undefined, snapshot, [...all], snapshot.createdMs! + 1)).toEqual([{ kind: 'status', previous: null, current: '1' }]);
		expect(diff(undefined, snapshot, ['amount'], 0)).toEqual([]);
	});

	it('a seen order: one change per watched field that differs, refunds per sub-order', () => {
		const previous = { status: '0', amount: 300, logistics: null, refund: 'x:10' };
		const current = { ...snapshot, refund: 'x:20|y:10' };
		expect(diff(previous, current, [...all], 0)).toEqual([
			{ kind: 'status', previous: '0', current: '1' },
			{ kind: 'amount', previous: 300, current: 400 },
			{ kind: 'refund', subject: 'x', previous: '10', current: '20' },
			{ kind: 'refund', subject: 'y', previous: null, current: '10' },
		]);
		expect(diff({ status: '1', amount: 400, logistics: null, refund: null }, snapshot, [...all], 0)).toEqual([]);
	});

	it('names events as the callbacks do', () => {
		expect(eventFor({ kind: 'status', previous: '0', current: '1' })).toBe('ORDER_PAY_SUCCESS');
		expect(eventFor({ kind: 'status', previous: 'waitbuyerpay', current: 'cancel' })).toBe('ORDER_CANCEL');
		expect(eventFor({ kind: 'status', previous: '10', current: '11' })).toBe('ORDER_STATUS_CHANGE');
		expect(eventFor({ kind: 'amount', previous: 1, current: 2 })).toBe('ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY');
		expect(eventFor({ kind: 'created', previous: null, current: '0' })).toBe('ORDER_CREATE');
	});

	it('the event id depends on order, change and new value only', () => {
		const change = { kind: 'status' as const, previous: '0', current: '1' };
		expect(changeEventId(snapshot, change)).toBe(changeEventId({ ...snapshot, record: {} }, { ...change, previous: null }));
		expect(changeEventId(snapshot, change)).not.toBe(changeEventId(snapshot, { ...change, current: '2' }));
	});
});

describe('Order Watch cursor', () => {
	it('keeps only entries that a later window can bring back unmodified', () => {
		const seen = { a: toEntry({ status: '1', amount: 1, logistics: null, refund: null }, 1000), b: toEntry({ status: '2', amount: 1, logistics: null, refund: null }, 5000) };
		expect(Object.keys(prune(seen, 2000))).toEqual(['b']);
	});

	it('an unknown or damaged cursor reads as empty (a new baseline, never a flood)', () => {
		expect(readCursor({})).toEqual({ version: 1, platforms: {} });
		expect(readCursor({ [CURSOR_KEY]: { version: 7, platforms: { taobao: { since: 1, seen: {} } } } })).toEqual({ version: 1, platforms: {} });
		expect(readCursor({ [CURSOR_KEY]: { version: 1, platforms: { taobao: { since: 'x' } } } })).toEqual({ version: 1, platforms: {} });
	});
});

describe('Order Watch ranges', () => {
	it('formats the window in China time, start rounded down and end up to whole seconds', () => {
		const start = Date.UTC(2026, 0, 10, 16, 30, 5, 700); // 2026-01-11 00:30:05.700 in China
		expect(rangeParameters('taobaoOrder.getAll', start, start + 60_000)).toEqual({
			beginDateTime: '2026-01-11 00:30:05', endDateTime: '2026-01-11 00:31:06',
		});
		expect(Object.keys(rangeParameters('alibabaOrder.getAll', start, start))).toEqual(['modifyStartTime', 'modifyEndTime']);
	});
});
