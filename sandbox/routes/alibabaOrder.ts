/** 1688 orders (reference 4.8; seed 003) and their status machine (state/alibabaOrders.ts). */
import { badRequest, illegalState } from '../envelope';
import { exactNumber } from '../json';
import type { Route } from '../router';
import {
	ALIBABA_LIST_STATUSES, buildAlibabaOrder, cancelAlibabaOrder, confirmAlibabaReceipt, notifyAlibabaCreated, payAlibabaOrder,
	totalAmount,
} from '../state/alibabaOrders';
import type { Store } from '../state/store';
import type { AlibabaOrder, AlibabaStatus } from '../state/types';
import { Reader, readPage } from '../validate';
import { alibabaLogisticsTrace, alibabaOrderDetail, alibabaOrderRecord } from '../views/alibaba';
import { alibabaPreview } from './alibabaCart';
import { readDate } from './taobaoOrder';
import { alibabaOrder, alibabaPage, groupBySeller, newestFirst, readAlibabaAddress, readCargo } from './common';

function readWebSite(body: Reader, required: boolean): void {
	if (!required && !body.has('webSite')) return;
	body.oneOf('webSite', ['1688']);
}

function singleSeller(store: Store, body: Reader) {
	const lines = readCargo(store, body);
	const sellers = new Set(lines.map((line) => line.sellerOpenId));
	if (sellers.size > 1) throw badRequest('cargoParamList: items from several sellers; use the batch endpoints for different merchants');
	return { sellerOpenId: lines[0].sellerOpenId, lines };
}

function createOrders(store: Store, body: Reader, userId: string, groups: Map<string, ReturnType<typeof readCargo>>): AlibabaOrder[] {
	const flow = body.string('flow');
	const address = readAlibabaAddress(body.object('addressParam'));
	const message = body.optString('message') ?? null;
	return [...groups.entries()].map(([sellerOpenId, lines]) => {
		const order = buildAlibabaOrder(store, { userId, sellerOpenId, lines, address, flow, message, createdAt: store.now() });
		store.addAlibabaOrder(order);
		notifyAlibabaCreated(store, order);
		return order;
	});
}

export const alibabaOrderRoutes: Route[] = [
	{
		method: 'POST', path: '/v2/alibaba/order/create/preview',
		handle: ({ store, body }) => {
			if (body.has('addressParam')) readAlibabaAddress(body.object('addressParam'));
			const { sellerOpenId, lines } = singleSeller(store, body);
			return [alibabaPreview(store, sellerOpenId, lines)];
		},
	},
	{
		method: 'POST', path: '/v2/alibaba/order/create',
		handle: ({ store, body, userId }) => {
			const { sellerOpenId, lines } = singleSeller(store, body);
			const [order] = createOrders(store, body, userId, new Map([[sellerOpenId, lines]]));
			// 1688's own create result; orderId as a string (19 digits).
			return { totalSuccessAmount: totalAmount(order), orderId: order.id, postFee: order.shippingFee, accountPeriod: null, failedOfferList: [] };
		},
	},
	{
		method: 'POST', path: '/v2/alibaba/order/batch/create/preview',
		handle: ({ store, body }) => {
			if (body.has('addressParam')) readAlibabaAddress(body.object('addressParam'));
			return [...groupBySeller(readCargo(store, body)).entries()].map(([seller, lines]) => alibabaPreview(store, seller, lines));
		},
	},
	{
		method: 'POST', path: '/v2/alibaba/order/batch/create',
		handle: ({ store, body, userId }) => {
			const groups = groupBySeller(readCargo(store, body));
			return createOrders(store, body, userId, groups).map((order) => alibabaOrderDetail(store, order));
		},
	},
	{
		method: 'POST', path: '/alibaba/order/batch/submit/to/pay',
		handle: ({ store, body }) => {
			const orders = body.ids('orderIds').map((id) => alibabaOrder(store, id));
			const unpayable = orders.find((order) => order.status !== 'waitbuyerpay');
			// All or nothing: money is real, so a batch with one bad order pays none of them.
			if (unpayable) throw illegalState(`order ${unpayable.id} cannot be paid: status is ${unpayable.status}, expected waitbuyerpay; no order was paid`);
			for (const order of orders) payAlibabaOrder(store, order);
			return { success: true, paidOrderIds: orders.map((order) => order.id) };
		},
	},
	{
		method: 'POST', path: '/v2/alibaba/order/page',
		handle: ({ store, body }) => {
			const { page, pageSize } = readPage(body, 'pageNo', { pageSize: 20, maxPageSize: 100 });
			const status = body.has('status') ? body.oneOf('status', ALIBABA_LIST_STATUSES) : undefined;
			// Not documented by PandaPon: 1688's own buyer order list names its modification range modifyStartTime /
			// modifyEndTime. Sent and read here as PandaPon's Taobao format (yyyy-MM-dd HH:mm:ss, China time).
			const from = readDate(body, 'modifyStartTime');
			const to = readDate(body, 'modifyEndTime');
			const hits = newestFirst(store.alibabaOrders, (order) => (status === undefined || order.status === (status as AlibabaStatus))
				&& (from === undefined || order.modifiedAt >= from) && (to === undefined || order.modifiedAt <= to));
			return alibabaPage(hits, page, pageSize, (order) => alibabaOrderRecord(store, order));
		},
	},
	{
		method: 'POST', path: '/alibaba/order/detail',
		handle: ({ store, body }) => {
			readWebSite(body, false);
			return alibabaOrderDetail(store, alibabaOrder(store, body.id('orderId')));
		},
	},
	{
		method: 'POST', path: '/v2/alibaba/order/cancel',
		handle: ({ store, body }) => {
			readWebSite(body, true);
			const order = alibabaOrder(store, body.id('orderId'));
			body.optString('remark');
			cancelAlibabaOrder(store, order, body.optString('cancelReason') ?? 'buyer_cancel');
			return true;
		},
	},
	{
		method: 'GET', path: '/v2/alibaba/order/pay/url',
		handle: ({ store, query }) => {
			const ids = query.string('orderId').split(',').map((id) => id.trim());
			const malformed = ids.find((id) => !/^\d+$/.test(id));
			if (malformed !== undefined) throw badRequest(`orderId: expected numeric order ids separated by commas, got "${malformed}"`);
			const orders = ids.map((id) => alibabaOrder(store, id));
			const payable = orders.filter((order) => order.status === 'waitbuyerpay');
			return {
				orderId: ids.join(','), protocolPaySuccess: false,
				payUrl: payable.length === 0 ? null : `https://trade.1688.com/order/cashier.htm?orderIdList=${payable.map((o) => o.id).join(',')}`,
				cantPayOrderList: orders.filter((order) => order.status !== 'waitbuyerpay').map((order) => exactNumber(order.id)),
			};
		},
	},
	{
		method: 'POST', path: '/alibaba/order/receivegoods',
		handle: ({ store, body }) => {
			const order = alibabaOrder(store, body.id('orderId'));
			if (body.has('orderEntryIds')) {
				for (const entryId of body.ids('orderEntryIds')) {
					if (!order.items.some((item) => item.subItemId === entryId)) throw badRequest(`orderEntryIds: ${entryId} is not an entry of order ${order.id}`);
				}
			}
			confirmAlibabaReceipt(store, order);
			return { success: true, errorInfo: '', errorCode: '' };
		},
	},
	{
		method: 'GET', path: '/alibaba/order/logistics/trace',
		handle: ({ store, query }) => alibabaLogisticsTrace(alibabaOrder(store, query.id('orderId')), store.now()),
	},
];
