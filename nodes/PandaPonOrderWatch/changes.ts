/**
 * What changed between the last state Order Watch saw of an order and the record in hand, and the item that
 * reports it. Items have the PandaPon Trigger's shape (`event`, `platform`, `eventId`, `pushedAt`, `message`,
 * `raw`) with the callback's message fields, so one downstream branch serves both triggers; Order Watch adds
 * `source`, `change`, `previous`, `current`, `order` and `detectedAt`.
 */
import { createHash } from 'crypto';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { PANDAPON_DATE_FORMAT, PANDAPON_ZONE } from '../PandaPon/actions/taobaoOrder/shared';
import { parsePandaPonTime, type Snapshot, type Watched, type WatchPlatform } from './snapshot';

export type ChangeKind = 'created' | 'status' | 'amount' | 'logistics' | 'refund';
export const CHANGE_KINDS: ChangeKind[] = ['created', 'status', 'amount', 'logistics', 'refund'];

export interface Change {
	kind: ChangeKind | 'sample';
	/** For refunds: the sub-order (Taobao) or order (1688) whose refund moved. */
	subject?: string;
	previous: string | number | null;
	current: string | number | null;
}

/** TaoBaoOrderStatusEnum constant names (reference section 5), as Taobao callbacks carry them in statusName. */
const TAOBAO_STATUS_NAMES: Record<string, string> = {
	12: 'ORDER_BULIDING',
	0: 'TAOBAO_ORDER_WAIT_BUYER_PAY',
	1: 'ORDER_PAY_STATUS',
	2: 'ORDER_FINANCE_PASS_STATUS',
	3: 'ORDER_FINANCE_REFUSE_STATUS',
	5: 'WAIT_FINANCE_PAY',
	10: 'WAIT_SELLER_SEND_GOODS',
	11: 'WAIT_BUYER_CONFIRM_GOODS',
	4: 'CANCEL',
	9: 'OTHER_STATUS',
};
/** 1688 trade status → the callbacks' orderStatus (Xportcn names; the receive/success ones are inferred). */
const ALIBABA_CALLBACK_STATUS: Record<string, string> = {
	waitbuyerpay: 'WAITING_FOR_PAYMENT',
	waitsellersend: 'WAITING_FOR_SENT',
	waitbuyerreceive: 'WAITING_FOR_RECEIVE',
	success: 'SUCCESS',
	cancel: 'CANCEL',
};
const CANCELLED = new Set(['4', 'cancel']);
const PAID = new Set(['1', 'waitsellersend']);

function refundMap(state: string | null): Map<string, string> {
	return new Map(
		(state ?? '')
			.split('|')
			.filter(Boolean)
			.map((entry) => {
				const at = entry.lastIndexOf(':');
				return [entry.slice(0, at), entry.slice(at + 1)] as [string, string];
			}),
	);
}

/**
 * Changes of the watched kinds. `previous` undefined means Order Watch has not seen this order within its
 * overlap: a new order is `created`; an older one that was modified is reported as a `status` change whose
 * earlier value is unknown (null), because the list shows only the present state.
 */
export function diff(
	previous: Watched | undefined,
	current: Snapshot,
	kinds: ChangeKind[],
	windowStartMs: number,
): Change[] {
	const wanted = new Set(kinds);
	if (previous === undefined) {
		const isNew = current.createdMs !== null && current.createdMs >= windowStartMs;
		if (isNew)
			return wanted.has('created')
				? [{ kind: 'created', previous: null, current: current.status }]
				: [];
		return wanted.has('status')
			? [{ kind: 'status', previous: null, current: current.status }]
			: [];
	}
	const changes: Change[] = [];
	if (wanted.has('status') && previous.status !== current.status) {
		changes.push({ kind: 'status', previous: previous.status, current: current.status });
	}
	if (wanted.has('amount') && previous.amount !== current.amount) {
		changes.push({ kind: 'amount', previous: previous.amount, current: current.amount });
	}
	if (wanted.has('logistics') && previous.logistics !== current.logistics) {
		changes.push({ kind: 'logistics', previous: previous.logistics, current: current.logistics });
	}
	if (wanted.has('refund') && previous.refund !== current.refund) {
		const before = refundMap(previous.refund);
		const after = refundMap(current.refund);
		for (const subject of new Set([...before.keys(), ...after.keys()])) {
			if (before.get(subject) === after.get(subject)) continue;
			changes.push({
				kind: 'refund',
				subject,
				previous: before.get(subject) ?? null,
				current: after.get(subject) ?? null,
			});
		}
	}
	return changes;
}

/** The callback message type PandaPon pushes for the same event (PandaPon Trigger's `event`). */
export function eventFor(change: Change): string {
	switch (change.kind) {
		case 'created':
			return 'ORDER_CREATE';
		case 'amount':
			return 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY';
		case 'refund':
			return 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND';
		case 'logistics':
			return 'ORDER_LOGISTICS_CHANGE'; // no callback exists for it: Order Watch's own name
		case 'sample':
			return 'ORDER_SAMPLE';
		default: {
			const to = String(change.current);
			if (CANCELLED.has(to)) return 'ORDER_CANCEL';
			if (PAID.has(to)) return 'ORDER_PAY_SUCCESS';
			return 'ORDER_STATUS_CHANGE';
		}
	}
}

const chinaTime = (ms: number | null) =>
	ms === null
		? null
		: DateTime.fromMillis(ms, { zone: PANDAPON_ZONE }).toFormat(PANDAPON_DATE_FORMAT);
const orNull = (value: unknown) => (value === undefined ? null : (value as IDataObject[string]));

/** The message body the callback would carry (sandbox/reference §3.1 field names). */
function messageFor(snapshot: Snapshot, change: Change): IDataObject {
	const r = snapshot.record;
	if (change.kind === 'refund') {
		const refund = {
			orderId: snapshot.orderId,
			orderNo: snapshot.orderNo,
			refundStatus: change.current,
		};
		return snapshot.platform === 'taobao'
			? { ...refund, subOrderId: change.subject ?? null }
			: refund;
	}
	if (snapshot.platform === 'taobao') {
		return {
			orderId: snapshot.orderId,
			orderNo: snapshot.orderNo,
			status: Number(snapshot.status),
			statusName: TAOBAO_STATUS_NAMES[snapshot.status] ?? snapshot.status,
			previousStatus:
				change.kind === 'status' && change.previous !== null ? Number(change.previous) : null,
			purchaseAmount: snapshot.amount,
			currency: 'CNY',
			sellerOrderNumber: orNull(r.sellerOrderNumber),
			orderSource: orNull(r.orderSource),
			createTime: orNull(r.createTime),
			payTime: orNull(r.payTime),
			updateTime: orNull(r.updateTime),
			closeReason: orNull(r.closeReason),
		};
	}
	const paidMs = parsePandaPonTime(r.payTime);
	return {
		orderId: snapshot.orderId,
		orderNo: snapshot.orderNo,
		orderStatus: ALIBABA_CALLBACK_STATUS[snapshot.status] ?? snapshot.status.toUpperCase(),
		tradeStatus: snapshot.status,
		payStatus: paidMs === null ? 1 : 2,
		totalAmount: snapshot.amount,
		closeReason: orNull(r.closeReason),
		tbCreateTime: chinaTime(snapshot.createdMs),
		payTime: chinaTime(paidMs),
	};
}

const PLATFORM_CODE: Record<WatchPlatform, number> = { taobao: 0, '1688': 1 };

/** Same order, same change, same new value → same id, so a repeated window is recognisable downstream. */
export function changeEventId(snapshot: Snapshot, change: Change): string {
	const identity = JSON.stringify([
		'orderWatch',
		snapshot.platform,
		snapshot.orderId,
		change.kind,
		change.subject ?? '',
		change.current,
	]);
	return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 32);
}

function watchedValues(watched: Watched): IDataObject {
	return {
		status: watched.status,
		amount: watched.amount,
		logistics: watched.logistics,
		refund: watched.refund,
	};
}

export function changeItem(
	snapshot: Snapshot,
	change: Change,
	previous: Watched | undefined,
	detectedAt: number,
): INodeExecutionData {
	const event = eventFor(change);
	return {
		json: {
			event,
			platform: snapshot.platform,
			eventId: changeEventId(snapshot, change),
			pushedAt: null,
			message: messageFor(snapshot, change),
			raw: {
				messageType: event,
				messagePlatform: PLATFORM_CODE[snapshot.platform],
				timestamp: null,
				messageBody: null,
			},
			source: 'orderWatch',
			change: {
				kind: change.kind,
				subject: change.subject ?? null,
				from: change.previous,
				to: change.current,
			},
			previous: previous === undefined ? null : watchedValues(previous),
			current: watchedValues(snapshot),
			order: snapshot.record,
			detectedAt: new Date(detectedAt).toISOString(),
		},
	};
}
