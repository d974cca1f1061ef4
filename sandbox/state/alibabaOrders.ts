/**
 * 1688 orders: creation and the trade-status machine (reference section 5):
 *   waitbuyerpay → waitsellersend → waitbuyerreceive → success;  waitbuyerpay → cancel.
 * Cancel only from waitbuyerpay, confirm receipt only from waitbuyerreceive. Every change notifies with a
 * Xportcn-style body (reference 3.1: orderId as a string, money in fen).
 */
import { illegalState } from '../envelope';
import { formatDateTime, formatDay } from '../time';
import { ALIBABA, type Store } from './store';
import type { AlibabaAddress, AlibabaOrder, AlibabaOrderItem, AlibabaStatus } from './types';

export const ALIBABA_STATUSES: AlibabaStatus[] = ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success', 'cancel'];

/** Every 1688 trade status of reference §5; the sandbox never moves an order into the last two, but filters accept them. */
export const ALIBABA_LIST_STATUSES: string[] = [...ALIBABA_STATUSES, 'confirm_goods', 'terminated'];
const FORWARD: AlibabaStatus[] = ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success'];
export const ALIBABA_STATUS_TEXT: Record<AlibabaStatus, string> = {
	waitbuyerpay: '等待买家付款', waitsellersend: '等待卖家发货', waitbuyerreceive: '等待买家收货', success: '交易成功', cancel: '交易取消',
};
/** `orderStatus` in callbacks: the first three and CANCEL are Xportcn's; the receive/success names are inferred. */
const CALLBACK_STATUS: Record<AlibabaStatus, string> = {
	waitbuyerpay: 'WAITING_FOR_PAYMENT', waitsellersend: 'WAITING_FOR_SENT', waitbuyerreceive: 'WAITING_FOR_RECEIVE',
	success: 'SUCCESS', cancel: 'CANCEL',
};
const LOGISTICS_COMPANIES = ['顺丰速运', '圆通速递', '中通快递', '韵达快递'];

export interface CargoLine {
	offerId: string;
	specId: string;
	quantity: number;
}

export const productAmount = (order: AlibabaOrder) => order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
export const totalAmount = (order: AlibabaOrder) => productAmount(order) + order.shippingFee + order.adjustFee;

export function buildAlibabaOrder(
	store: Store,
	input: { userId: string; sellerOpenId: string; lines: CargoLine[]; address: AlibabaAddress; flow: string; message: string | null; createdAt: number },
): AlibabaOrder {
	const id = store.ids.alibabaOrder.next(store.random);
	const items: AlibabaOrderItem[] = input.lines.map((line, i) => {
		const { offer, spec } = store.specById.get(line.specId) ?? { offer: store.offerById.get(line.offerId)!, spec: undefined };
		const chosen = spec ?? offer.specs[0];
		return {
			subItemId: i === 0 ? id : store.ids.alibabaOrder.next(store.random),
			offerId: offer.offerId, specId: chosen.specId, skuId: chosen.skuId, name: offer.subject, imageUrl: offer.imageUrl,
			unit: offer.unit, cargoNumber: offer.productCargoNumber, attributes: chosen.attributes, price: chosen.price,
			quantity: line.quantity,
		};
	});
	const shippingFee = Math.max(...items.map((item) => store.offerById.get(item.offerId)?.shippingFee ?? 0));
	return {
		id, orderNo: store.nextAlibabaOrderNo(formatDay(input.createdAt)), userId: input.userId,
		sellerOpenId: input.sellerOpenId, status: 'waitbuyerpay', items, shippingFee, adjustFee: 0, address: input.address,
		flow: input.flow, message: input.message, createdAt: input.createdAt, modifiedAt: input.createdAt, paidAt: null,
		shippedAt: null, completedAt: null, closeReason: null, mailNo: null, logisticsCompany: null,
	};
}

export function alibabaCallbackBody(store: Store, order: AlibabaOrder): Record<string, unknown> {
	const refunded = store.alibabaRefunds
		.filter((refund) => refund.orderId === order.id && refund.status === 'refundsuccess')
		.reduce((sum, refund) => sum + refund.applyPayment + refund.applyCarriage, 0);
	return {
		orderId: order.id, orderNo: order.orderNo, orderStatus: CALLBACK_STATUS[order.status],
		payStatus: order.paidAt === null ? 1 : 2, totalAmount: totalAmount(order), shippingFee: order.shippingFee,
		productAmount: productAmount(order) + order.adjustFee, refundAmount: refunded, refundStatus: null,
		closeReason: order.closeReason, tbCreateTime: formatDateTime(order.createdAt),
		payTime: order.paidAt === null ? null : formatDateTime(order.paidAt),
	};
}

function notify(store: Store, order: AlibabaOrder, messageType: string): void {
	store.notify({ messageType, platform: ALIBABA, body: alibabaCallbackBody(store, order) });
}

export const notifyAlibabaCreated = (store: Store, order: AlibabaOrder) => notify(store, order, 'ORDER_CREATE');

function setStatus(store: Store, order: AlibabaOrder, to: AlibabaStatus): void {
	const now = store.now();
	order.status = to;
	order.modifiedAt = now;
	if (to === 'waitsellersend') order.paidAt = now;
	if (to === 'waitbuyerreceive') {
		order.shippedAt = now;
		order.mailNo ??= `YT${store.random.digits(13)}`;
		order.logisticsCompany ??= store.random.pick(LOGISTICS_COMPANIES);
	}
	if (to === 'success') order.completedAt = now;
	const messageType = to === 'cancel' ? 'ORDER_CANCEL' : to === 'waitsellersend' ? 'ORDER_PAY_SUCCESS' : 'ORDER_STATUS_CHANGE';
	notify(store, order, messageType);
}

function requireStatus(order: AlibabaOrder, expected: AlibabaStatus, action: string): void {
	if (order.status !== expected) {
		throw illegalState(`order ${order.id} cannot be ${action}: status is ${order.status}, expected ${expected}`);
	}
}

export function payAlibabaOrder(store: Store, order: AlibabaOrder): void {
	requireStatus(order, 'waitbuyerpay', 'paid');
	setStatus(store, order, 'waitsellersend');
}

export function cancelAlibabaOrder(store: Store, order: AlibabaOrder, reason: string): void {
	requireStatus(order, 'waitbuyerpay', 'cancelled');
	order.closeReason = reason;
	setStatus(store, order, 'cancel');
}

export function confirmAlibabaReceipt(store: Store, order: AlibabaOrder): void {
	requireStatus(order, 'waitbuyerreceive', 'confirmed as received');
	setStatus(store, order, 'success');
}

/** Admin (seller side): change the order's price before payment; notifies ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY. */
export function modifyAlibabaPrice(store: Store, order: AlibabaOrder, totalFen: number): void {
	requireStatus(order, 'waitbuyerpay', 'repriced');
	order.adjustFee = totalFen - productAmount(order) - order.shippingFee;
	order.modifiedAt = store.now();
	notify(store, order, 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY');
}

/** Admin: one step forward, up to `to`, or to `cancel`. */
export function advanceAlibabaOrder(store: Store, order: AlibabaOrder, to?: AlibabaStatus): void {
	if (to === 'cancel') return cancelAlibabaOrder(store, order, 'admin_cancel');
	const position = FORWARD.indexOf(order.status);
	const target = to ?? FORWARD[position + 1];
	const targetPosition = FORWARD.indexOf(target);
	if (position < 0 || targetPosition <= position) {
		throw illegalState(`order ${order.id} cannot move from ${order.status} to ${target ?? 'a later status'}`);
	}
	for (const step of FORWARD.slice(position + 1, targetPosition + 1)) setStatus(store, order, step);
}
