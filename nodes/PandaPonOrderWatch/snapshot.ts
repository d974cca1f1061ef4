/**
 * One order list record reduced to the values Order Watch compares: status, amount (fen), logistics and refund
 * state, plus its times. Pure; the record itself travels on unchanged in the output.
 */
import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { PANDAPON_DATE_FORMAT, PANDAPON_ZONE } from '../PandaPon/actions/taobaoOrder/shared';

export type WatchPlatform = 'taobao' | '1688';

export interface Watched {
	status: string;
	/** Order total in fen (Taobao purchaseAmount; 1688 totalAmount, which lists give in yuan). */
	amount: number | null;
	/** Mail number (and carrier), when the record shows one. */
	logistics: string | null;
	/** Refund state per sub-order, `subOrderId:status` joined by `|`; null when none. */
	refund: string | null;
}

export interface Snapshot extends Watched {
	platform: WatchPlatform;
	orderId: string;
	orderNo: string | null;
	createdMs: number | null;
	modifiedMs: number | null;
	record: IDataObject;
}

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
	value === undefined || value === null || value === '' ? null : String(value);

/** PandaPon's `yyyy-MM-dd HH:mm:ss` (China time) or ISO 8601 with an offset (1688 records), in ms. */
export function parsePandaPonTime(value: unknown): number | null {
	if (typeof value !== 'string' || value.trim() === '') return null;
	const plain = DateTime.fromFormat(value.trim(), PANDAPON_DATE_FORMAT, { zone: PANDAPON_ZONE });
	const parsed = plain.isValid ? plain : DateTime.fromISO(value.trim(), { zone: PANDAPON_ZONE });
	return parsed.isValid ? parsed.toMillis() : null;
}

function yuanToFen(value: unknown): number | null {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value)
				: NaN;
	return Number.isFinite(number) ? Math.round(number * 100) : null;
}

function refundState(entries: Array<[unknown, unknown]>): string | null {
	const open = entries
		.filter(
			([, status]) =>
				status !== undefined && status !== null && String(status) !== '0' && String(status) !== '',
		)
		.map(([id, status]) => `${String(id)}:${String(status)}`)
		.sort();
	return open.length ? open.join('|') : null;
}

/** seed 004 record (`id`, `orderNo`, `status`, `purchaseAmount`, `subOrderVOS[].refundStatus`, `createTime`). */
export function taobaoSnapshot(record: IDataObject): Snapshot | undefined {
	const orderId = text(record.id);
	if (orderId === null) return undefined;
	const subs = Array.isArray(record.subOrderVOS) ? record.subOrderVOS.filter(isObject) : [];
	const amount = Number(record.purchaseAmount);
	return {
		platform: 'taobao',
		orderId,
		orderNo: text(record.orderNo),
		record,
		status: String(record.status ?? ''),
		amount: Number.isFinite(amount) ? amount : null,
		logistics: text(record.mailNo),
		refund: refundState(
			subs.map((sub) => [sub.subOrderId ?? sub.taobaoSubPurchaseId, sub.refundStatus]),
		),
		createdMs: parsePandaPonTime(record.createTime),
		modifiedMs: parsePandaPonTime(record.updateTime),
	};
}

/** `/v2/alibaba/order/page` record (`idOfStr`/`orderId`, `status`, `totalAmount` in yuan, `modifyTime`). */
export function alibabaSnapshot(record: IDataObject): Snapshot | undefined {
	const base = isObject(record.baseInfo) ? record.baseInfo : record;
	const orderId = text(base.idOfStr ?? record.idOfStr ?? record.orderId ?? base.id);
	if (orderId === null) return undefined;
	const mailNo = text(record.mailNo);
	const refund = text(base.refundStatus ?? record.refundStatus);
	return {
		platform: '1688',
		orderId,
		orderNo: text(record.orderNo ?? base.orderNo),
		record,
		status: String(base.status ?? ''),
		amount: yuanToFen(base.totalAmount),
		logistics:
			mailNo === null ? null : [text(record.logisticsCompany), mailNo].filter(Boolean).join(' '),
		refund: refund === null ? null : `${orderId}:${refund}`,
		createdMs: parsePandaPonTime(base.createTime),
		modifiedMs: parsePandaPonTime(base.modifyTime ?? base.gmtModified),
	};
}

export const snapshotOf = (platform: WatchPlatform, record: IDataObject) =>
	platform === 'taobao' ? taobaoSnapshot(record) : alibabaSnapshot(record);
