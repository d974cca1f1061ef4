/**
 * Taobao after-sales: reverse orders (reference 4.4). refundType 1 = refund only, 2 = return and refund;
 * goodsStatus 1 = not received, 2 = received (values not documented; our choice, see README). Money in fen.
 */
import { badRequest, illegalState, notFound } from '../envelope';
import type { Route } from '../router';
import { isTaobaoRefundOpen, notifyTaobaoRefund, setTaobaoRefundStatus, TAOBAO_REFUND_REASONS } from '../state/refunds';
import type { Store } from '../state/store';
import type { TaobaoOrder, TaobaoRefund, TaobaoSubOrder } from '../state/types';
import { readPage, slicePage, type Reader } from '../validate';
import { newestFirst } from './common';

const DISTRIBUTOR_ID = '1223655000541';
const RETURN_COMPANIES = [{ code: 'SF', name: '顺丰快递' }, { code: 'YTO', name: '圆通速递' }, { code: 'ZTO', name: '中通快递' }, { code: 'YUNDA', name: '韵达快递' }];
const PAID_STATUSES = new Set([1, 2, 10, 11]);

function refundOf(store: Store, id: string): TaobaoRefund {
	const refund = store.taobaoRefundById.get(id);
	if (!refund) throw notFound(`reverse order ${id} not found`);
	return refund;
}

function subOrderOf(store: Store, body: Reader): { order: TaobaoOrder; sub: TaobaoSubOrder } {
	const id = body.id('subOrderId');
	const entry = store.subOrderIndex.get(id);
	if (!entry) throw notFound(`subOrderId: sub order ${id} not found`);
	return entry;
}

function readRefundKind(body: Reader, sub: TaobaoSubOrder, order: TaobaoOrder) {
	const refundType = body.int('refundType', { min: 1, max: 2 });
	const goodsStatus = body.int('goodsStatus', { min: 1, max: 2 });
	if (refundType === 2 && order.status !== 11) throw illegalState(`order ${order.id} is not shipped (status ${order.status}); only refundType 1 (refund only) is possible`);
	return { refundType, goodsStatus, max: sub.price * sub.quantity };
}

function readReason(body: Reader): { reasonId: number; reasonDesc: string } {
	const reasonId = body.int('reasonId');
	const reason = TAOBAO_REFUND_REASONS.find((r) => r.reasonId === reasonId);
	if (!reason) throw badRequest(`reasonId: expected one of ${TAOBAO_REFUND_REASONS.map((r) => r.reasonId).join(', ')} (see the render endpoint), got ${reasonId}`);
	return { reasonId, reasonDesc: reason.reasonDesc };
}

function refundView(store: Store, refund: TaobaoRefund) {
	const entry = store.subOrderIndex.get(refund.subOrderId);
	return {
		refundId: refund.refundId, orderId: refund.orderId, orderNo: entry?.order.orderNo ?? null, subOrderId: refund.subOrderId,
		purchaseOrderId: entry?.sub.taobaoPurchaseId ?? null, subPurchaseOrderId: entry?.sub.taobaoSubPurchaseId ?? null,
		refundType: refund.refundType, goodsStatus: refund.goodsStatus, refundStatus: refund.status, reasonId: refund.reasonId,
		reasonDesc: refund.reasonDesc, refundFee: refund.refundFee, currency: 'CNY', refundDesc: refund.refundDesc, images: refund.images,
		itemTitle: entry?.sub.title ?? null, itemImageUrl: entry?.sub.picUrl ?? null, quantity: entry?.sub.quantity ?? null,
		returnLogistics: refund.returnLogistics, createTime: refund.createdAt, updateTime: refund.updatedAt,
	};
}

export const taobaoAfterSalesRoutes: Route[] = [
	{
		method: 'POST', path: '/open/order/refund/queryList',
		handle: ({ store, body }) => {
			const pageSize = body.int('pageSize', { min: 1, max: 100 });
			const { page } = readPage(body, 'pageNo', { pageSize, maxPageSize: 100 });
			const refundId = body.optId('refundId');
			const purchaseOrderId = body.optId('purchaseOrderId');
			const salesOrderId = body.optString('salesOrderId');
			const status = body.optInt('refundStatus');
			const from = body.optInt('refundStartTime');
			const to = body.optInt('refundEndTime');
			const hits = newestFirst(store.taobaoRefunds, (r) => {
				const entry = store.subOrderIndex.get(r.subOrderId);
				return (refundId === undefined || r.refundId === refundId) && (status === undefined || r.status === status)
					&& (purchaseOrderId === undefined || r.orderId === purchaseOrderId || entry?.sub.taobaoPurchaseId === purchaseOrderId)
					&& (salesOrderId === undefined || entry?.order.sellerOrderNumber === salesOrderId || entry?.order.orderNo === salesOrderId)
					&& (from === undefined || r.createdAt >= from) && (to === undefined || r.createdAt <= to);
			});
			return { total: hits.length, pageNo: page, pageSize, data: slicePage(hits, page, pageSize).map((r) => refundView(store, r)) };
		},
	},
	{
		method: 'POST', path: '/v2/taobao/order/refund/render',
		handle: ({ store, body }) => {
			const { order, sub } = subOrderOf(store, body);
			const { refundType, goodsStatus, max } = readRefundKind(body, sub, order);
			return {
				refundOrderTemplate: {
					refundReasons: TAOBAO_REFUND_REASONS, goodsStatusList: [1, 2],
					refundOrder: {
						goodsStatus, refundDesc: '', refundStatus: null, refundType, timeoutDate: null, feeTips: '', timeoutType: null,
						refundId: null, payOrderId: sub.taobaoPurchaseId, reasonId: null, canEditFee: true, sellerRefuseReasonDescribe: null,
						remainingTime: null, reasonDesc: null, sellerRefuseReason: null, refundFee: max,
					},
					maxRefundFee: { minRefundFee: 1, feeTips: `最多可退 ${(max / 100).toFixed(2)} 元`, refundFee: max, canEditRefundFee: true },
				},
				distributorId: DISTRIBUTOR_ID, currency: 'CNY', saleFlag: PAID_STATUSES.has(order.status) && sub.refundStatus === 0,
			};
		},
	},
	{
		method: 'POST', path: '/open/order/refund/submit',
		handle: ({ store, body }) => {
			const { order, sub } = subOrderOf(store, body);
			if (!PAID_STATUSES.has(order.status)) throw illegalState(`order ${order.id} is not paid (status ${order.status}); cancel it instead of refunding`);
			const open = store.taobaoRefunds.find((r) => r.subOrderId === sub.subOrderId && (isTaobaoRefundOpen(r) || r.status === 100));
			if (open) throw illegalState(`sub order ${sub.subOrderId} already has reverse order ${open.refundId} (status ${open.status})`);
			const { refundType, goodsStatus, max } = readRefundKind(body, sub, order);
			const refundFee = body.int('refundFee', { min: 1, max });
			const now = store.now();
			const refund: TaobaoRefund = {
				refundId: store.ids.taobaoRefund.next(store.random), orderId: order.id, subOrderId: sub.subOrderId, refundType, goodsStatus,
				...readReason(body), refundFee, refundDesc: body.optString('refundDesc') ?? '', images: body.has('images') ? body.stringArray('images') : [],
				status: 10, createdAt: now, updatedAt: now, messages: [], returnLogistics: null,
			};
			store.addTaobaoRefund(refund);
			sub.refundStatus = 10;
			notifyTaobaoRefund(store, refund);
			return { refundId: refund.refundId };
		},
	},
	{
		method: 'POST', path: '/open/order/refund/modify',
		handle: ({ store, body }) => {
			const refund = refundOf(store, body.id('refundId'));
			if (refund.status !== 10 && refund.status !== -10) throw illegalState(`reverse order ${refund.refundId} cannot be modified: status is ${refund.status}`);
			const entry = store.subOrderIndex.get(refund.subOrderId)!;
			if (body.has('refundType')) refund.refundType = body.int('refundType', { min: 1, max: 2 });
			if (body.has('goodsStatus')) refund.goodsStatus = body.int('goodsStatus', { min: 1, max: 2 });
			if (body.has('reasonId')) Object.assign(refund, readReason(body));
			if (body.has('refundFee')) refund.refundFee = body.int('refundFee', { min: 1, max: entry.sub.price * entry.sub.quantity });
			if (body.has('refundDesc')) refund.refundDesc = body.string('refundDesc');
			setTaobaoRefundStatus(store, refund, 10);
			return true;
		},
	},
	{
		method: 'GET', path: '/open/order/refund/cancel/{refundId}',
		handle: ({ store, params }) => {
			if (!/^\d+$/.test(params.refundId)) throw badRequest(`refundId: expected a numeric reverse order id, got "${params.refundId}"`);
			const refund = refundOf(store, params.refundId);
			if (!isTaobaoRefundOpen(refund) || refund.status === 30) throw illegalState(`reverse order ${refund.refundId} cannot be cancelled: status is ${refund.status}`);
			setTaobaoRefundStatus(store, refund, -20);
			const entry = store.subOrderIndex.get(refund.subOrderId)!;
			return {
				cancelSuccess: true, currency: 'CNY', distributorId: DISTRIBUTOR_ID,
				refundOrderAggregate: {
					logistics: refund.returnLogistics && { logisticsNo: refund.returnLogistics.logisticsNo, logisticsCompany: { logisticCompanyCode: refund.returnLogistics.companyCode, logisticsCompanyName: RETURN_COMPANIES.find((c) => c.code === refund.returnLogistics!.companyCode)?.name ?? '' } },
					purchaseOrderLine: { createTime: entry.order.createdAt, currency: 'CNY', itemImageUrl: entry.sub.picUrl, itemTitle: entry.sub.title, postFee: 0, quantity: entry.sub.quantity, price: entry.sub.price },
				},
			};
		},
	},
	{
		method: 'GET', path: '/v2/taobao/order/refund/query',
		handle: ({ store, query }) => refundView(store, refundOf(store, query.id('refundId'))),
	},
	{
		method: 'GET', path: '/open/order/refund/logistics/render',
		handle: ({ store, query }) => {
			const refund = refundOf(store, query.id('refundId'));
			if (refund.refundType !== 2) throw illegalState(`reverse order ${refund.refundId} is refund only (refundType 1); nothing to return`);
			return {
				refundId: refund.refundId, logisticsCompanies: RETURN_COMPANIES,
				receiverAddress: { receiver: '退货仓', phone: '18123594991', detailAddress: '浙江省杭州市余杭区仓前街道退货仓 1 号' },
			};
		},
	},
	{
		method: 'POST', path: '/open/order/refund/logistics/submit',
		handle: ({ store, body }) => {
			const refund = refundOf(store, body.id('refundId'));
			const companyCode = body.string('logisticsCompanyCode');
			if (!RETURN_COMPANIES.some((c) => c.code === companyCode)) throw badRequest(`logisticsCompanyCode: expected one of ${RETURN_COMPANIES.map((c) => c.code).join(', ')}, got "${companyCode}"`);
			const logisticsNo = body.string('logisticsNo');
			if (refund.refundType !== 2 || refund.status !== 20) {
				throw illegalState(`reverse order ${refund.refundId} cannot take return logistics: needs refundType 2 and status 20 (seller agreed), has ${refund.refundType} / ${refund.status}`);
			}
			refund.returnLogistics = { companyCode, logisticsNo };
			setTaobaoRefundStatus(store, refund, 30);
			return true;
		},
	},
	{
		method: 'POST', path: '/open/order/refund/message/list',
		handle: ({ store, body }) => {
			const refund = refundOf(store, body.id('refundId'));
			const { page, pageSize } = readPage(body, 'pageNo', { pageSize: 20, maxPageSize: 100 });
			const messages = [...refund.messages].reverse();
			return {
				total: messages.length, pageNo: page, pageSize,
				data: slicePage(messages, page, pageSize).map((m) => ({ id: m.id, refundId: refund.refundId, content: m.content, images: m.images, sender: m.sender, createTime: m.createdAt })),
			};
		},
	},
	{
		method: 'POST', path: '/open/order/refund/submit/message',
		handle: ({ store, body }) => {
			const refund = refundOf(store, body.id('refundId'));
			const content = body.string('refundMessage');
			const images = (body.optString('refundImages') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
			refund.messages.push({ id: ++store.counters.message, content, images, sender: 'buyer', createdAt: store.now() });
			return true;
		},
	},
];
