/** 1688 after-sales (reference 4.9): refund reasons, create (`TQ…` ids), vouchers, return waybill, detail, carriers. */
import { badRequest, illegalState, notFound } from '../envelope';
import type { Route } from '../router';
import { productAmount } from '../state/alibabaOrders';
import {
	ALIBABA_GOODS_STATUSES, ALIBABA_REFUND_REASONS, isAlibabaRefundOpen, notifyAlibabaRefund, setAlibabaRefundStatus,
} from '../state/refunds';
import type { Store } from '../state/store';
import type { AlibabaOrder, AlibabaRefund } from '../state/types';
import { formatIso } from '../time';
import type { Reader } from '../validate';
import { alibabaOrder, storeUpload } from './common';

const LOGISTICS_COMPANIES = [
	{ companyNo: 'SF', companyName: '顺丰速运' }, { companyNo: 'YTO', companyName: '圆通速递' }, { companyNo: 'ZTO', companyName: '中通快递' },
	{ companyNo: 'STO', companyName: '申通快递' }, { companyNo: 'YUNDA', companyName: '韵达快递' }, { companyNo: 'EMS', companyName: 'EMS' },
];
const REFUNDABLE = new Set(['waitsellersend', 'waitbuyerreceive', 'success']);

function refundOf(store: Store, id: string): AlibabaRefund {
	const refund = store.alibabaRefundById.get(id);
	if (!refund) throw notFound(`refund ${id} not found`);
	return refund;
}

function readEntries(body: Reader, order: AlibabaOrder): string[] {
	const ids = body.ids('orderEntryIds');
	for (const id of ids) {
		if (!order.items.some((item) => item.subItemId === id)) throw badRequest(`orderEntryIds: ${id} is not an entry of order ${order.id}`);
	}
	return ids;
}

function readRefundOrder(store: Store, body: Reader): AlibabaOrder {
	const order = alibabaOrder(store, body.id('orderId'));
	if (!REFUNDABLE.has(order.status)) throw illegalState(`order ${order.id} cannot be refunded: status is ${order.status}`);
	return order;
}

/** `AlibabaRefundInfo` (reference 4.9, A-A1): the documented leading fields plus status and amounts. */
function refundInfo(store: Store, refund: AlibabaRefund) {
	const order = store.alibabaOrderById.get(refund.orderId);
	return {
		id: refund.refundId, refundId: refund.refundId, createBy: 'pandaponpp2023', createById: null, createTime: formatIso(refund.createdAt),
		updateBy: null, updateById: null, updateTime: formatIso(refund.updatedAt), remark: null, alipayPaymentId: null,
		applyCarriage: refund.applyCarriage, applyExpect: refund.applyPayment + refund.applyCarriage, applyPayment: refund.applyPayment,
		applyReason: refund.applyReason, applyReasonId: refund.applyReasonId, applySubReason: null, applySubReasonId: null,
		buyerAlipayId: null, buyerLogisticsName: refund.logisticsCompanyNo && LOGISTICS_COMPANIES.find((c) => c.companyNo === refund.logisticsCompanyNo)?.companyName,
		buyerMemberId: 'b2b-2217011889407ed2e0', buyerSendGoods: refund.freightBill !== null, buyerUserId: null,
		orderId: refund.orderId, orderEntryIds: refund.orderEntryIds, disputeRequest: refund.disputeRequest, goodsStatus: refund.goodsStatus,
		description: refund.description, vouchers: refund.vouchers, status: refund.status, freightBill: refund.freightBill,
		logisticsCompanyNo: refund.logisticsCompanyNo, sellerOpenId: order?.sellerOpenId ?? null,
	};
}

export const alibabaAfterSalesRoutes: Route[] = [
	{
		method: 'POST', path: '/alibaba/refund/reasons',
		handle: ({ store, body }) => {
			const order = readRefundOrder(store, body);
			readEntries(body, order);
			body.oneOf('goodsStatus', ALIBABA_GOODS_STATUSES);
			return ALIBABA_REFUND_REASONS;
		},
	},
	{
		method: 'POST', path: '/v2/alibaba/refund/detail/create',
		handle: ({ store, body }) => {
			const order = readRefundOrder(store, body);
			const orderEntryIds = readEntries(body, order);
			const disputeRequest = body.oneOf('disputeRequest', ['refund', 'returnRefund'] as const);
			if (disputeRequest === 'returnRefund' && order.status === 'waitsellersend') {
				throw illegalState(`order ${order.id} is not shipped yet; only disputeRequest "refund" is possible`);
			}
			const applyPayment = body.int('applyPayment', { min: 0, max: productAmount(order) + order.adjustFee });
			const applyCarriage = body.int('applyCarriage', { min: 0, max: order.shippingFee });
			const applyReasonId = body.int('applyReasonId');
			const reason = ALIBABA_REFUND_REASONS.find((r) => r.id === applyReasonId);
			if (!reason) throw badRequest(`applyReasonId: expected one of ${ALIBABA_REFUND_REASONS.map((r) => r.id).join(', ')}, got ${applyReasonId}`);
			const description = body.string('description');
			const goodsStatus = body.oneOf('goodsStatus', ALIBABA_GOODS_STATUSES);
			const vouchers = body.has('vouchers') ? body.stringArray('vouchers') : [];
			if (reason.needVoucher && vouchers.length === 0) throw badRequest(`vouchers: reason ${applyReasonId} (${reason.name}) needs at least one voucher`);
			for (const entry of body.has('orderEntryCountList') ? body.objects('orderEntryCountList') : []) {
				entry.id('id');
				entry.int('count', { min: 1 });
			}
			const open = store.alibabaRefunds.find((r) => r.orderId === order.id && isAlibabaRefundOpen(r));
			if (open) throw illegalState(`order ${order.id} already has open refund ${open.refundId} (${open.status})`);
			const now = store.now();
			const refund: AlibabaRefund = {
				refundId: `TQ${store.ids.alibabaRefund.next(store.random)}`, orderId: order.id, orderEntryIds, disputeRequest, applyPayment,
				applyCarriage, applyReasonId, applyReason: reason.name, description, goodsStatus, vouchers, status: 'waitselleragree',
				createdAt: now, updatedAt: now, freightBill: null, logisticsCompanyNo: null,
			};
			store.addAlibabaRefund(refund);
			notifyAlibabaRefund(store, refund);
			return { refundId: refund.refundId };
		},
	},
	{
		method: 'POST', path: '/alibaba/refund/voucher/upload', multipart: true,
		handle: (ctx) => {
			const upload = storeUpload(ctx);
			return { imageDomain: ctx.baseUrl, imageRelativeUrl: upload.relative, url: upload.url };
		},
	},
	{
		method: 'POST', path: '/alibaba/refund/goods/return',
		handle: ({ store, body }) => {
			const refundId = body.string('refundId');
			if (!refundId.startsWith('TQ')) throw badRequest(`refundId: expected a 1688 refund id starting with TQ, got "${refundId}"`);
			const refund = refundOf(store, refundId);
			const companyNo = body.string('logisticsCompanyNo');
			if (!LOGISTICS_COMPANIES.some((c) => c.companyNo === companyNo)) {
				throw badRequest(`logisticsCompanyNo: expected one of ${LOGISTICS_COMPANIES.map((c) => c.companyNo).join(', ')} (see the logistics companies endpoint), got "${companyNo}"`);
			}
			const freightBill = body.string('freightBill');
			body.optString('description');
			if (body.has('vouchers')) body.stringArray('vouchers');
			if (refund.status !== 'waitbuyersend') throw illegalState(`refund ${refund.refundId} cannot take a return waybill: status is ${refund.status}, expected waitbuyersend`);
			Object.assign(refund, { freightBill, logisticsCompanyNo: companyNo });
			setAlibabaRefundStatus(store, refund, 'waitsellerreceive');
			return true;
		},
	},
	{
		method: 'POST', path: '/alibaba/refund/info',
		handle: ({ store, body }) => refundInfo(store, refundOf(store, body.string('refundId'))),
	},
	{
		method: 'GET', path: '/alibaba/refund/logistics/companies',
		handle: () => LOGISTICS_COMPANIES,
	},
];
