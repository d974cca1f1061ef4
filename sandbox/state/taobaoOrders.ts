/**
 * Taobao purchase orders: creation and the status machine of reference section 5 / seed 004.
 *   0 awaiting payment → 1 paid (pay or payment voucher) → 2 finance approved → 10 awaiting shipment → 11 shipped
 *   0/1/2/3/5/12 → 4 cancelled; 1 → 3 finance rejected (admin); 3 → 1 on a new voucher.
 * Every change notifies (callbacks): 0→1 ORDER_PAY_SUCCESS, →4 ORDER_CANCEL, anything else ORDER_STATUS_CHANGE.
 */
import { illegalState } from '../envelope';
import { formatDateTime } from '../time';
import { TAOBAO, type Store } from './store';
import type { Receiver, TaobaoOrder, TaobaoStatus, TaobaoSubOrder } from './types';

export const TAOBAO_STATUS_NAMES: Record<TaobaoStatus, string> = {
	12: 'ORDER_BULIDING', 0: 'TAOBAO_ORDER_WAIT_BUYER_PAY', 1: 'ORDER_PAY_STATUS', 2: 'ORDER_FINANCE_PASS_STATUS',
	3: 'ORDER_FINANCE_REFUSE_STATUS', 5: 'WAIT_FINANCE_PAY', 10: 'WAIT_SELLER_SEND_GOODS', 11: 'WAIT_BUYER_CONFIRM_GOODS',
	4: 'CANCEL', 9: 'OTHER_STATUS',
};
/** Short status codes seen in `subOrderResult.status` (seed 004) and the enum's third column. */
export const TAOBAO_SUB_STATUS: Record<TaobaoStatus, string> = {
	12: 'BULIDING', 0: 'WAIT_BUYER_P', 1: 'ORDER_PAY_STATUS', 2: 'ORDER_FINANCE_PASS_STATUS',
	3: 'ORDER_FINANCE_REFUSE_STATUS', 5: 'WAIT_FINANCE_PAY', 10: 'WAIT_SELLER_SEND_GOODS', 11: 'WAIT_BUYER_CONFIRM_GOODS',
	4: 'TRADE_CLOSED', 9: 'Unenumerated',
};
const DESCRIPTIONS: Record<TaobaoStatus, string> = {
	12: 'being created', 0: 'awaiting payment', 1: 'paid, awaiting finance confirmation', 2: 'finance approved',
	3: 'finance rejected', 5: 'awaiting finance payment', 10: 'awaiting shipment', 11: 'shipped', 4: 'cancelled', 9: 'other',
};
export const TAOBAO_STATUSES = Object.keys(TAOBAO_STATUS_NAMES).map(Number) as TaobaoStatus[];
const FORWARD: TaobaoStatus[] = [0, 1, 2, 10, 11];
const CANCELLABLE = new Set<TaobaoStatus>([0, 1, 2, 3, 5, 12]);
const PAYABLE = new Set<TaobaoStatus>([0, 3]);

export const describeTaobaoStatus = (status: TaobaoStatus) => `${status} (${DESCRIPTIONS[status]})`;

export interface OrderLineInput {
	orderLineNo: string;
	itemId: string;
	skuId: string;
	quantity: number;
	price: number;
	currency: string;
}

export interface NewTaobaoOrder {
	userId: string;
	receiver: Receiver;
	lines: OrderLineInput[];
	purchaseAmount: number;
	orderSource: string | null;
	sellerOrderNumber: string | null;
	createdAt: number;
}

export function buildTaobaoOrder(store: Store, input: NewTaobaoOrder): TaobaoOrder {
	const orderNo = store.ids.taobaoOrderNo.next(store.random);
	const purchaseId = store.ids.taobaoPurchase.next(store.random);
	const subOrders: TaobaoSubOrder[] = input.lines.map((line) => {
		const found = store.taobaoSkuById.get(line.skuId);
		const item = store.taobaoItemById.get(line.itemId) ?? found?.item;
		return {
			subOrderId: store.ids.taobaoSubOrder.next(store.random),
			orderLineNo: line.orderLineNo, itemId: line.itemId, skuId: line.skuId,
			title: item?.title ?? '', picUrl: found?.sku.picUrl ?? item?.picUrls[0] ?? '',
			quantity: line.quantity, price: line.price, currency: line.currency, shopNick: item?.userNick ?? '',
			taobaoPurchaseId: purchaseId, taobaoSubPurchaseId: store.ids.taobaoPurchase.next(store.random),
			refundStatus: 0,
		};
	});
	return {
		id: store.ids.taobaoOrder.next(store.random), orderNo, userId: input.userId, userName: input.receiver.name,
		sellerOrderNumber: input.sellerOrderNumber, orderSource: input.orderSource, status: 0,
		purchaseAmount: input.purchaseAmount, receiver: input.receiver, subOrders,
		createdAt: input.createdAt, updatedAt: input.createdAt, paidAt: null, shippedAt: null, closeReason: null,
		warehouseName: null, warehouseAddress: null, voucherUrls: [], mailNo: null,
	};
}

export function taobaoCallbackBody(order: TaobaoOrder, previousStatus: TaobaoStatus | null): Record<string, unknown> {
	return {
		orderId: order.id, orderNo: order.orderNo, status: order.status, statusName: TAOBAO_STATUS_NAMES[order.status],
		previousStatus, purchaseAmount: order.purchaseAmount, currency: 'CNY', sellerOrderNumber: order.sellerOrderNumber,
		orderSource: order.orderSource, createTime: formatDateTime(order.createdAt),
		payTime: order.paidAt === null ? null : formatDateTime(order.paidAt),
		updateTime: formatDateTime(order.updatedAt), closeReason: order.closeReason,
	};
}

function messageTypeFor(from: TaobaoStatus, to: TaobaoStatus): string {
	if (to === 4) return 'ORDER_CANCEL';
	if (from === 0 && to === 1) return 'ORDER_PAY_SUCCESS';
	return 'ORDER_STATUS_CHANGE';
}

function setStatus(store: Store, order: TaobaoOrder, to: TaobaoStatus): void {
	const from = order.status;
	const now = store.now();
	order.status = to;
	order.updatedAt = now;
	if (to === 1 && order.paidAt === null) order.paidAt = now;
	if (to === 11) {
		order.shippedAt = now;
		order.mailNo ??= `SF${store.random.digits(13)}`;
	}
	store.notify({ messageType: messageTypeFor(from, to), platform: TAOBAO, body: taobaoCallbackBody(order, from) });
}

export function notifyTaobaoCreated(store: Store, order: TaobaoOrder): void {
	store.notify({ messageType: 'ORDER_CREATE', platform: TAOBAO, body: taobaoCallbackBody(order, null) });
}

export function payTaobaoOrder(store: Store, order: TaobaoOrder): void {
	if (!PAYABLE.has(order.status)) {
		throw illegalState(`order ${order.id} cannot be paid: status is ${describeTaobaoStatus(order.status)}`);
	}
	setStatus(store, order, 1);
}

export function addTaobaoVoucher(store: Store, order: TaobaoOrder, voucherUrl: string): void {
	if (!PAYABLE.has(order.status) && order.status !== 1) {
		throw illegalState(`order ${order.id} cannot take a payment voucher: status is ${describeTaobaoStatus(order.status)}`);
	}
	order.voucherUrls.push(voucherUrl);
	order.updatedAt = store.now();
	if (order.status !== 1) setStatus(store, order, 1);
}

export function cancelTaobaoOrder(store: Store, order: TaobaoOrder, reason: string | null): void {
	if (!CANCELLABLE.has(order.status)) {
		throw illegalState(`order ${order.id} cannot be cancelled: status is ${describeTaobaoStatus(order.status)}`);
	}
	order.closeReason = reason ?? 'buyer_cancel';
	setStatus(store, order, 4);
}

/** Admin: move along 0 → 1 → 2 → 10 → 11 (one step, or up to `to`), or to 4 (cancel) / 3 (finance rejected). */
export function advanceTaobaoOrder(store: Store, order: TaobaoOrder, to?: TaobaoStatus): void {
	if (to === 4) return cancelTaobaoOrder(store, order, 'admin_cancel');
	if (to === 3) {
		if (order.status !== 1) throw illegalState(`order ${order.id} cannot be rejected by finance: status is ${describeTaobaoStatus(order.status)}`);
		return setStatus(store, order, 3);
	}
	const position = FORWARD.indexOf(order.status);
	const target = to === undefined ? FORWARD[position + 1] : to;
	const targetPosition = FORWARD.indexOf(target);
	if (position < 0 || targetPosition <= position) {
		const wanted = target === undefined ? 'a later status' : describeTaobaoStatus(target);
		throw illegalState(`order ${order.id} cannot move from ${describeTaobaoStatus(order.status)} to ${wanted}`);
	}
	for (const step of FORWARD.slice(position + 1, targetPosition + 1)) setStatus(store, order, step);
}
