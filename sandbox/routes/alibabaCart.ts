/** 1688 shopping cart (reference 4.7), one cart per user. Previews follow 1688's own preview result. */
import { badRequest } from '../envelope';
import type { Route } from '../router';
import { buildAlibabaOrder, notifyAlibabaCreated, type CargoLine } from '../state/alibabaOrders';
import type { Store } from '../state/store';
import type { AlibabaCartRecord } from '../state/types';
import { alibabaOrderDetail, yuan } from '../views/alibaba';
import { cartRecords, cartUser, groupBySeller, offerFrom, readAlibabaAddress } from './common';

function linesOf(store: Store, records: AlibabaCartRecord[]) {
	return records.map((r) => ({ offerId: r.offerId, specId: r.specId, quantity: r.quantity, sellerOpenId: store.offerById.get(r.offerId)!.sellerOpenId }));
}

/** One seller's entry of 1688's `orderPreviewResuslt`: sums in fen, unit prices in yuan. */
export function alibabaPreview(store: Store, sellerOpenId: string, lines: CargoLine[]) {
	const cargoList = lines.map((line) => {
		const { offer, spec } = store.specById.get(line.specId)!;
		return {
			offerId: Number(offer.offerId), specId: spec.specId, skuId: Number(spec.skuId), quantity: line.quantity,
			amount: yuan(spec.price * line.quantity), finalUnitPrice: yuan(spec.price), resultCode: null, message: null, cargoPromotionList: [],
		};
	});
	const goods = lines.reduce((sum, line) => sum + store.specById.get(line.specId)!.spec.price * line.quantity, 0);
	const carriage = Math.max(...lines.map((line) => store.offerById.get(line.offerId)!.shippingFee));
	return {
		sellerOpenId, discountFee: 0, tradeModeNameList: ['assureTrade'], status: true, taoSampleSinglePromotion: false,
		sumPayment: goods + carriage, message: null, sumCarriage: carriage, resultCode: null, sumPaymentNoCarriage: goods,
		additionalFee: 0, flowFlag: 'general', cargoList, shopPromotionList: [],
	};
}

function cartView(store: Store, records: AlibabaCartRecord[]) {
	const groups = groupBySeller(records.map((r) => ({ ...r, sellerOpenId: store.offerById.get(r.offerId)!.sellerOpenId })));
	return [...groups.entries()].map(([sellerOpenId, group]) => ({
		sellerOpenId, sellerNickName: store.seller(sellerOpenId).loginId,
		cartItemInfos: group.map((r) => {
			const { offer, spec } = store.specById.get(r.specId)!;
			return {
				id: r.id, offerId: Number(offer.offerId), offerMapId: offer.offerMapId, specId: spec.specId, skuId: Number(spec.skuId),
				itemTitle: offer.subject, itemPic: offer.imageUrl, price: yuan(spec.price), quantity: r.quantity,
				amountOnSale: spec.amountOnSale, properties: JSON.stringify(spec.attributes),
			};
		}),
	}));
}

export const alibabaCartRoutes: Route[] = [
	{
		method: 'POST', path: '/alibaba/cart/add',
		handle: (ctx) => {
			const { store, body } = ctx;
			const offer = offerFrom(store, body);
			const specId = body.optString('specId') ?? offer.specs[0].specId;
			if (!offer.specs.some((spec) => spec.specId === specId)) throw badRequest(`specId: spec ${specId} does not belong to offer ${offer.offerId}`);
			const sellerOpenId = body.optString('sellerOpenId');
			if (sellerOpenId !== undefined && sellerOpenId !== offer.sellerOpenId) throw badRequest(`sellerOpenId: offer ${offer.offerId} is sold by ${offer.sellerOpenId}`);
			const quantity = body.int('quantity', { min: 1 });
			const userId = cartUser(ctx);
			const existing = [...store.alibabaCart.values()].find((r) => r.userId === userId && r.specId === specId);
			if (existing) {
				existing.quantity += quantity;
				return existing.id;
			}
			const id = store.nextCartId();
			store.alibabaCart.set(id, { id, userId, offerId: offer.offerId, specId, quantity });
			return id;
		},
	},
	{
		method: 'GET', path: '/v2/alibaba/cart/list',
		handle: ({ store, userId }) => ({
			enableList: cartView(store, [...store.alibabaCart.values()].filter((r) => r.userId === userId)),
			disableList: [],
		}),
	},
	{
		method: 'POST', path: '/alibaba/cart/delete',
		handle: (ctx) => {
			for (const record of cartRecords(ctx.store.alibabaCart, cartUser(ctx), ctx.body.intArray('ids'), 'ids')) ctx.store.alibabaCart.delete(record.id);
			return true;
		},
	},
	{
		method: 'POST', path: '/alibaba/cart/edit-quantity',
		handle: (ctx) => {
			const [record] = cartRecords(ctx.store.alibabaCart, cartUser(ctx), [ctx.body.int('id')], 'id');
			record.quantity = ctx.body.int('quantity', { min: 1 });
			return true;
		},
	},
	{
		method: 'POST', path: '/alibaba/cart/preview/order',
		handle: (ctx) => {
			if (ctx.body.has('addressParam')) readAlibabaAddress(ctx.body.object('addressParam'));
			const records = cartRecords(ctx.store.alibabaCart, cartUser(ctx), ctx.body.intArray('cartIds'), 'cartIds');
			return [...groupBySeller(linesOf(ctx.store, records)).entries()].map(([seller, lines]) => alibabaPreview(ctx.store, seller, lines));
		},
	},
	{
		method: 'POST', path: '/alibaba/cart/create/order',
		handle: (ctx) => {
			const { store, body } = ctx;
			const flow = body.string('flow');
			const address = readAlibabaAddress(body.object('addressParam'));
			const userId = cartUser(ctx);
			const records = cartRecords(store.alibabaCart, userId, body.intArray('cartIds'), 'cartIds');
			const orders = [...groupBySeller(linesOf(store, records)).entries()].map(([sellerOpenId, lines]) => {
				const order = buildAlibabaOrder(store, { userId, sellerOpenId, lines, address, flow, message: body.optString('message') ?? null, createdAt: store.now() });
				store.addAlibabaOrder(order);
				notifyAlibabaCreated(store, order);
				return order;
			});
			for (const record of records) store.alibabaCart.delete(record.id);
			return orders.map((order) => alibabaOrderDetail(store, order));
		},
	},
];
