/**
 * After-sales: Taobao reverse orders and 1688 refunds (`TQ…`), with their status machines.
 * Taobao (documented refundStatus values, reference section 5):
 *   10 applied → 20 seller agreed → 100 refunded (refund only, refundType 1)
 *   10 applied → 20 seller agreed → 30 return shipped, awaiting seller → 100 (return and refund, refundType 2)
 *   10 → -10 seller refused (buyer may modify → 10);  10/20/-10 → -20 closed (buyer cancel)
 * 1688 (1688 refund API names): waitselleragree → refundsuccess (refund)
 *   or waitselleragree → waitbuyersend → waitsellerreceive → refundsuccess (returnRefund); any open → refundclose.
 * Every change notifies ORDER_BUYER_VIEW_ORDER_BUYER_REFUND on the refund's platform.
 */
import { illegalState } from '../envelope';
import { formatDateTime } from '../time';
import { ALIBABA, TAOBAO, type Store } from './store';
import type { AlibabaRefund, AlibabaRefundStatus, TaobaoRefund, TaobaoRefundStatus } from './types';

export const TAOBAO_REFUND_REASONS = [
	{ reasonId: 1, reasonDesc: '不想要了', tips: '' },
	{ reasonId: 2, reasonDesc: '商品质量问题', tips: '请上传商品问题照片' },
	{ reasonId: 3, reasonDesc: '尺码不合适', tips: '' },
	{ reasonId: 4, reasonDesc: '未按约定时间发货', tips: '' },
	{ reasonId: 5, reasonDesc: '商品与描述不符', tips: '请上传商品照片' },
];
export const ALIBABA_REFUND_REASONS = [
	{ id: 20006, name: '不想买了', needVoucher: false },
	{ id: 20007, name: '质量问题', needVoucher: true },
	{ id: 20008, name: '商品与描述不符', needVoucher: true },
	{ id: 20009, name: '未按约定时间发货', needVoucher: false },
	{ id: 20010, name: '少件/漏发', needVoucher: true },
];
/** goodsStatus values of 1688's refund API. */
export const ALIBABA_GOODS_STATUSES = [
	'refundWaitSellerSend', 'refundWaitBuyerReceive', 'refundBuyerReceived', 'aftersaleBuyerNotReceived', 'aftersaleBuyerReceived',
] as const;

const REFUND_MESSAGE = 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND';
const TAOBAO_OPEN = new Set<TaobaoRefundStatus>([10, 20, 30, -10]);
const ALIBABA_OPEN = new Set<AlibabaRefundStatus>(['waitselleragree', 'waitbuyersend', 'waitsellerreceive']);

export function isTaobaoRefundOpen(refund: TaobaoRefund): boolean {
	return TAOBAO_OPEN.has(refund.status);
}

export function isAlibabaRefundOpen(refund: AlibabaRefund): boolean {
	return ALIBABA_OPEN.has(refund.status);
}

export function taobaoRefundBody(store: Store, refund: TaobaoRefund): Record<string, unknown> {
	const order = store.taobaoOrderById.get(refund.orderId);
	return {
		refundId: refund.refundId, orderId: refund.orderId, orderNo: order?.orderNo ?? null, subOrderId: refund.subOrderId,
		refundStatus: refund.status, refundType: refund.refundType, goodsStatus: refund.goodsStatus,
		refundFee: refund.refundFee, currency: 'CNY', updateTime: formatDateTime(refund.updatedAt),
	};
}

/** Xportcn-style refund body (reference 3.1): refundId `TQ…`, orderId as a string, money in fen. */
export function alibabaRefundBody(refund: AlibabaRefund): Record<string, unknown> {
	return {
		refundId: refund.refundId, orderId: refund.orderId, refundStatus: refund.status,
		disputeRequest: refund.disputeRequest, refundAmount: refund.applyPayment + refund.applyCarriage,
		applyPayment: refund.applyPayment, applyCarriage: refund.applyCarriage,
		tbCreateTime: formatDateTime(refund.createdAt), updateTime: formatDateTime(refund.updatedAt),
	};
}

export function notifyTaobaoRefund(store: Store, refund: TaobaoRefund): void {
	store.notify({ messageType: REFUND_MESSAGE, platform: TAOBAO, body: taobaoRefundBody(store, refund) });
}

export function notifyAlibabaRefund(store: Store, refund: AlibabaRefund): void {
	store.notify({ messageType: REFUND_MESSAGE, platform: ALIBABA, body: alibabaRefundBody(refund) });
}

export function setTaobaoRefundStatus(store: Store, refund: TaobaoRefund, status: TaobaoRefundStatus): void {
	refund.status = status;
	refund.updatedAt = store.now();
	const entry = store.subOrderIndex.get(refund.subOrderId);
	if (entry) {
		entry.sub.refundStatus = status;
		entry.order.updatedAt = refund.updatedAt; // the order record shows the sub-order's refundStatus: it changed
	}
	notifyTaobaoRefund(store, refund);
}

export function setAlibabaRefundStatus(store: Store, refund: AlibabaRefund, status: AlibabaRefundStatus): void {
	refund.status = status;
	refund.updatedAt = store.now();
	notifyAlibabaRefund(store, refund);
}

function refuse(id: string, status: string | number, action: string): never {
	throw illegalState(`refund ${id} cannot be ${action}: status is ${status}`);
}

/** Admin (seller side): one step forward, or to a given status. */
export function advanceTaobaoRefund(store: Store, refund: TaobaoRefund, to?: TaobaoRefundStatus): void {
	const next: Partial<Record<TaobaoRefundStatus, TaobaoRefundStatus>> = {
		10: 20, 20: refund.refundType === 2 ? 30 : 100, 30: 100,
	};
	const target = to ?? next[refund.status];
	const allowed: Record<number, TaobaoRefundStatus[]> = { 10: [20, -10, -20], 20: [30, 100, -20], 30: [100], [-10]: [10, -20] };
	if (target === undefined || !(allowed[refund.status] ?? []).includes(target)) {
		refuse(refund.refundId, refund.status, `moved to ${target ?? 'a later status'}`);
	}
	if (target === 30 && refund.refundType !== 2) refuse(refund.refundId, refund.status, 'moved to 30 (refund only, nothing to return)');
	setTaobaoRefundStatus(store, refund, target);
}

export function advanceAlibabaRefund(store: Store, refund: AlibabaRefund, to?: AlibabaRefundStatus): void {
	const next: Partial<Record<AlibabaRefundStatus, AlibabaRefundStatus>> = {
		waitselleragree: refund.disputeRequest === 'returnRefund' ? 'waitbuyersend' : 'refundsuccess',
		waitbuyersend: 'waitsellerreceive', waitsellerreceive: 'refundsuccess',
	};
	const target = to ?? next[refund.status];
	const legal = target !== undefined && ALIBABA_OPEN.has(refund.status) && (target === 'refundclose' || target === next[refund.status]);
	if (!legal) refuse(refund.refundId, refund.status, `moved to ${target ?? 'a later status'}`);
	setAlibabaRefundStatus(store, refund, target as AlibabaRefundStatus);
}
