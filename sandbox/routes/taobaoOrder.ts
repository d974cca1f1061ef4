/** Taobao orders (reference 4.2; seeds 002 and 004) and their status machine (state/taobaoOrders.ts). */
import { badRequest, illegalState, notFound } from '../envelope';
import type { Route } from '../router';
import {
	addTaobaoVoucher, buildTaobaoOrder, cancelTaobaoOrder, describeTaobaoStatus, notifyTaobaoCreated, payTaobaoOrder,
	TAOBAO_STATUSES, type OrderLineInput,
} from '../state/taobaoOrders';
import type { Store } from '../state/store';
import type { TaobaoStatus } from '../state/types';
import { parseDateTime } from '../time';
import { Reader, readPage, slicePage } from '../validate';
import { taobaoCreateResult, taobaoLogisticsDetail, taobaoOrderRecord } from '../views/taobao';
import { newestFirst, readReceiver, storeUpload, taobaoOrder } from './common';

function readLines(store: Store, body: Reader): OrderLineInput[] {
	const lines = Reader.nested(body.jsonString('orderLineList', 'array') as unknown[], 'orderLineList');
	return lines.map((line) => {
		const itemId = line.id('itemId');
		const skuId = line.id('skuId');
		const item = store.taobaoItemById.get(itemId);
		if (!item) throw notFound(`${line.path('itemId')}: item ${itemId} not found`);
		if (!item.skus.some((sku) => sku.skuId === skuId)) throw notFound(`${line.path('skuId')}: sku ${skuId} not found in item ${itemId}`);
		return {
			orderLineNo: String(line.raw('orderLineNo') ?? ''), itemId, skuId, quantity: line.intText('quantity', { min: 1 }),
			price: line.intText('price', { min: 0 }), currency: line.optString('currency') ?? 'CNY',
		};
	});
}

const inRange = (ms: number, begin: number | undefined, end: number | undefined) =>
	(begin === undefined || ms >= begin) && (end === undefined || ms <= end);

export function readDate(query: Reader, key: string): number | undefined {
	const text = query.optString(key);
	if (text === undefined) return undefined;
	const ms = parseDateTime(text);
	if (ms === undefined) throw badRequest(`${key}: expected "yyyy-MM-dd HH:mm:ss", got "${text}"`);
	return ms;
}

export const taobaoOrderRoutes: Route[] = [
	{
		method: 'POST', path: '/open/order',
		handle: ({ store, body, userId }) => {
			const receiver = readReceiver(Reader.nestedObject(body.jsonString('receiver', 'object') as Record<string, unknown>, 'receiver'));
			const lines = readLines(store, body);
			const purchaseAmount = body.int('purchaseAmount', { min: 1 });
			const total = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
			if (purchaseAmount < total) {
				throw badRequest(`purchaseAmount: budget ${purchaseAmount} fen is below the order lines' total of ${total} fen`);
			}
			const order = buildTaobaoOrder(store, {
				userId, receiver, lines, purchaseAmount, orderSource: body.optString('orderSource') ?? null,
				sellerOrderNumber: body.optString('sellerOrderNumber') ?? null, createdAt: store.now(),
			});
			store.addTaobaoOrder(order);
			notifyTaobaoCreated(store, order);
			return taobaoCreateResult(order);
		},
	},
	{
		method: 'GET', path: '/open/order/page',
		handle: ({ store, query }) => {
			const { page, pageSize } = readPage(query, 'pageNum', { pageSize: 10, maxPageSize: 100 });
			const status = query.optInt('status');
			if (status !== undefined && !TAOBAO_STATUSES.includes(status as TaobaoStatus)) {
				throw badRequest(`status: expected one of ${TAOBAO_STATUSES.join(', ')}, got ${status}`);
			}
			const orderNo = query.optString('orderNo');
			const id = query.optString('id');
			const sellerNick = query.optString('sellerNick');
			// Which time the range filters on is undocumented (reference 4.2). Our reading: an order matches when it was
			// created or last modified (`updateTime`) within the range; creation alone would hide changes to older orders.
			const begin = readDate(query, 'beginDateTime');
			const end = readDate(query, 'endDateTime');
			const hits = newestFirst(store.taobaoOrders, (o) => (status === undefined || o.status === status)
				&& (orderNo === undefined || o.orderNo === orderNo) && (id === undefined || o.id === id)
				&& (sellerNick === undefined || o.subOrders.some((sub) => sub.shopNick === sellerNick))
				&& (inRange(o.createdAt, begin, end) || inRange(o.updatedAt, begin, end)));
			return { total: hits.length, data: slicePage(hits, page, pageSize).map(taobaoOrderRecord) };
		},
	},
	{
		method: 'GET', path: '/open/order/detail',
		handle: ({ store, query }) => taobaoOrderRecord(taobaoOrder(store, query.id('orderId'))),
	},
	{
		method: 'POST', path: '/open/order/cancel',
		handle: ({ store, body }) => {
			cancelTaobaoOrder(store, taobaoOrder(store, body.id('orderId')), body.optString('cancelReason') ?? null);
			return true;
		},
	},
	{
		method: 'POST', path: '/open/order/pay',
		handle: ({ store, body }) => {
			const order = taobaoOrder(store, body.id('orderId'));
			payTaobaoOrder(store, order);
			return { orderId: order.id, status: order.status };
		},
	},
	{
		method: 'POST', path: '/open/order/voucher/upload', multipart: true,
		handle: (ctx) => {
			const order = taobaoOrder(ctx.store, ctx.body.id('orderId'));
			const upload = storeUpload(ctx);
			addTaobaoVoucher(ctx.store, order, upload.url);
			return { orderId: order.id, status: order.status, voucherUrl: upload.url };
		},
	},
	{
		method: 'POST', path: '/open/order/updateWarehouse',
		handle: ({ store, body }) => {
			const order = taobaoOrder(store, body.id('orderId'));
			const warehouseName = body.string('warehouseName');
			const warehouseAddress = body.string('warehouseAddress');
			if (order.status === 11 || order.status === 4) {
				throw illegalState(`order ${order.id} cannot change its warehouse: status is ${describeTaobaoStatus(order.status)}`);
			}
			Object.assign(order, { warehouseName, warehouseAddress, updatedAt: store.now() });
			return { orderId: order.id, warehouseName, warehouseAddress };
		},
	},
	{
		method: 'POST', path: '/open/order/page/link/get',
		handle: ({ body }) => {
			// The doc's schema (loginName/password/pageName/pageParamMap) contradicts its example (sourceType/bizId): accept both.
			for (const key of ['sourceType', 'loginName', 'password', 'pageName']) body.optString(key);
			const bizId = body.has('bizId') ? body.id('bizId') : undefined;
			if (bizId === undefined && !body.has('pageName')) throw badRequest('bizId: required (or pageName)');
			const params = new URLSearchParams({ loginToken: 'sandbox-token', sourceType: body.optString('sourceType') ?? 'item', bizId: bizId ?? '' });
			return `https://distributor.taobao.global/apps/open/imchat?${params.toString()}`;
		},
	},
	{
		method: 'GET', path: '/v2/taobao/order/logistics/detail/get',
		handle: ({ store, query }) => {
			const id = query.id('subPurchaseOrderId');
			const entry = store.subOrderIndex.get(id);
			if (!entry) throw notFound(`sub purchase order ${id} not found`);
			return taobaoLogisticsDetail(entry.order, entry.sub, store.now());
		},
	},
];
