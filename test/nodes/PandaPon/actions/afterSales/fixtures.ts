/** Sandbox records the after-sales tests start from: orders that can still be refunded. */
import type { SandboxHandle } from '../../../../../sandbox/server';

/** A shipped Taobao order line with no reverse order yet (refund only and return-and-refund are both possible). */
export function refundableTaobaoLine(sandbox: SandboxHandle, skip = 0) {
	const store = sandbox.sandbox.store;
	const orders = store.taobaoOrders.filter(
		(order) =>
			order.status === 11 &&
			order.subOrders.every((sub) => sub.refundStatus === 0) &&
			!store.taobaoRefunds.some((refund) => refund.orderId === order.id),
	);
	const order = orders[skip];
	const sub = order.subOrders[0];
	return { order, sub, maxFee: sub.price * sub.quantity };
}

/** The 1688 refund parameters of a return and refund of received goods (amounts in fen). */
export const RETURN_REFUND = {
	disputeRequest: 'returnRefund',
	goodsStatus: 'aftersaleBuyerReceived',
	applyReasonId: 20007,
	applyPayment: 100,
	applyCarriage: 0,
	description: '质量问题',
};

/** A received 1688 order with no open refund. */
export function refundableAlibabaOrder(sandbox: SandboxHandle, skip = 0) {
	const store = sandbox.sandbox.store;
	const orders = store.alibabaOrders.filter(
		(order) =>
			(order.status === 'waitbuyerreceive' || order.status === 'success') &&
			!store.alibabaRefunds.some((refund) => refund.orderId === order.id),
	);
	return orders[skip];
}
