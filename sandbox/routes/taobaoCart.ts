/** Taobao shopping cart (reference 4.3; seeds 000, 001), one cart per user (`userId` in the body, else `user-id`). */
import type { Route } from '../router';
import { buildTaobaoOrder, notifyTaobaoCreated } from '../state/taobaoOrders';
import type { TaobaoCartRecord } from '../state/types';
import { taobaoCreateResult } from '../views/taobao';
import { cartRecords, cartUser, readReceiver } from './common';

/** seed 001 `cartItemInfos[]` entry. */
function cartItemInfo(record: TaobaoCartRecord) {
	return {
		id: record.id, itemId: record.itemId, itemMapId: record.itemMapId, skuId: record.skuId, itemTitle: record.itemTitle,
		itemPic: record.itemPic, mpId: record.mpId, mpSkuId: record.mpSkuId, price: record.price,
		promotionPrice: record.promotionPrice, properties: record.properties, quantity: record.quantity,
		skuQuantity: record.skuQuantity, userNick: record.userNick, shopId: record.shopId, shopName: record.shopName,
		priceRanges: null, quoteType: null, productNo: null,
	};
}

const fen = (amount: number) => ({ amount: String(amount), currency: 'CNY' });

function preview(records: TaobaoCartRecord[]) {
	const shops = new Map<number, TaobaoCartRecord[]>();
	for (const record of records) shops.set(record.shopId, [...(shops.get(record.shopId) ?? []), record]);
	const confirmOrders = [...shops.values()].map((group) => ({
		shopId: group[0].shopId, shopName: group[0].shopName, userNick: group[0].userNick, mainlandShippingFee: fen(0),
		orderFee: fen(group.reduce((sum, r) => sum + r.promotionPrice * r.quantity, 0)), cartItemInfos: group.map(cartItemInfo),
	}));
	return {
		totalRealPayPrice: fen(records.reduce((sum, r) => sum + r.promotionPrice * r.quantity, 0)),
		confirmOrders,
	};
}

export const taobaoCartRoutes: Route[] = [
	{
		method: 'POST', path: '/open/cart/add',
		handle: (ctx) => {
			const { store, body } = ctx;
			const userId = cartUser(ctx);
			const itemId = body.id('itemId');
			const skuId = body.string('skuId');
			const quantity = body.int('quantity', { min: 1 });
			const existing = [...store.taobaoCart.values()].find((r) => r.userId === userId && r.itemId === itemId && r.skuId === skuId);
			if (existing) {
				existing.quantity += quantity;
				return existing.id;
			}
			const known = store.taobaoSkuById.get(skuId);
			const record: TaobaoCartRecord = {
				id: store.nextCartId(), userId, platform: body.optInt('platform') ?? 1, itemId, itemMapId: known?.item.itemMapId ?? null, skuId,
				itemTitle: body.optString('itemTitle') ?? known?.item.title ?? '', itemPic: body.optString('itemPic') ?? known?.item.picUrls[0] ?? '',
				mpId: body.id('mpId'), mpSkuId: body.id('mpSkuId'), price: body.int('price', { min: 0 }),
				promotionPrice: body.optInt('promotionPrice', { min: 0 }) ?? body.int('price'),
				properties: body.optString('properties') ?? '[]', quantity, shopId: body.optInt('shopId') ?? known?.item.shopId ?? 0,
				shopName: body.optString('shopName') ?? known?.item.shopName ?? '',
				skuQuantity: Number(body.optId('skuQuantity') ?? known?.sku.quantity ?? 0), userNick: body.optString('userNick') ?? null,
			};
			if (body.has('properties')) body.jsonString('properties', 'array');
			store.taobaoCart.set(record.id, record);
			return record.id;
		},
	},
	{
		method: 'GET', path: '/open/cart/list',
		handle: ({ store, userId }) => [...store.taobaoCart.values()].filter((r) => r.userId === userId).map(cartItemInfo),
	},
	{
		method: 'POST', path: '/open/cart/delete',
		handle: (ctx) => {
			const records = cartRecords(ctx.store.taobaoCart, cartUser(ctx), ctx.body.intArray('ids'), 'ids');
			for (const record of records) ctx.store.taobaoCart.delete(record.id);
			return true;
		},
	},
	{
		method: 'POST', path: '/open/cart/edit-quantity',
		handle: (ctx) => {
			const [record] = cartRecords(ctx.store.taobaoCart, cartUser(ctx), [ctx.body.int('id')], 'id');
			record.quantity = ctx.body.int('quantity', { min: 1 });
			return true;
		},
	},
	{
		method: 'POST', path: '/v2/taobao/cart/confirm/order',
		handle: (ctx) => {
			const userId = cartUser(ctx);
			if (ctx.body.has('orderAddress')) readReceiver(ctx.body.object('orderAddress'));
			const records = ctx.body.has('ids')
				? cartRecords(ctx.store.taobaoCart, userId, ctx.body.intArray('ids'), 'ids')
				: [...ctx.store.taobaoCart.values()].filter((r) => r.userId === userId);
			return preview(records);
		},
	},
	{
		method: 'POST', path: '/open/cart/create/order',
		handle: (ctx) => {
			const { store, body } = ctx;
			const userId = cartUser(ctx);
			const records = cartRecords(store.taobaoCart, userId, body.intArray('ids'), 'ids');
			const receiver = readReceiver(body.object('orderAddress'));
			const lines = records.map((r) => ({ orderLineNo: String(r.id), itemId: r.itemId, skuId: r.skuId, quantity: r.quantity, price: r.promotionPrice, currency: 'CNY' }));
			const order = buildTaobaoOrder(store, {
				userId, receiver, lines, purchaseAmount: lines.reduce((sum, l) => sum + l.price * l.quantity, 0),
				orderSource: null, sellerOrderNumber: null, createdAt: store.now(),
			});
			store.addTaobaoOrder(order);
			for (const record of records) store.taobaoCart.delete(record.id);
			notifyTaobaoCreated(store, order);
			return taobaoCreateResult(order);
		},
	},
];
