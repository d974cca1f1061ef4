/**
 * Seeded history: carts, addresses, orders in every status and a few refunds. The documented example ids are
 * included (seed 004 order, seed 003 / A-O8 1688 orders, cart records 75, 76 and 382, reverse order 110000235001).
 * Seeding sets statuses directly and sends no callbacks.
 */
import { buildAlibabaOrder, productAmount } from './alibabaOrders';
import type { Store } from './store';
import { buildTaobaoOrder } from './taobaoOrders';
import type { AlibabaAddress, AlibabaOrder, AlibabaStatus, Receiver, TaobaoOrder, TaobaoStatus } from './types';

/** Seeded history ends here; orders created at run time are newer. */
export const SEED_EPOCH = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

const NAMES = ['Nguyen Thi Tuyet', 'a测试aa', 'zhang', 'Ofir Birinbaum', 'Maria Santos', 'Tran Van Binh', 'Somchai K.'];

function receiver(store: Store): Receiver {
	return {
		name: store.random.pick(NAMES), phone: '', mobile_phone: `150${store.random.digits(8)}`, country: '中国',
		state: '浙江省', city: '杭州市', district: '余杭区', address: `测试地址${store.random.int(1, 999)}号`, zip: '11111',
	};
}

export function alibabaAddress(): AlibabaAddress {
	return {
		fullName: 'zhang', mobile: '18600888861', phone: '18600888861', postCode: '100000', provinceText: '浙江省',
		cityText: '杭州市', areaText: '西湖区', townText: '转塘', address: 'xxxxxxx', districtCode: '330106',
	};
}

export function seedCarts(store: Store): void {
	const userId = store.options.userId;
	const add = (id: number, itemIndex: number, quantity: number, itemMapId: string | null) => {
		const item = store.taobaoItems[itemIndex];
		const sku = item.skus[0];
		store.taobaoCart.set(id, {
			id, userId, platform: 1, itemId: item.itemId, itemMapId, skuId: sku.skuId, itemTitle: item.title,
			itemPic: item.picUrls[0], mpId: item.mpId, mpSkuId: sku.mpSkuId, price: sku.price,
			promotionPrice: sku.promotionPrice, properties: JSON.stringify(sku.properties), quantity, shopId: item.shopId,
			shopName: item.shopName, skuQuantity: sku.quantity, userNick: null,
		});
	};
	add(75, 4, 2, null);
	add(76, 5, 1, null);
	add(382, 0, 1, store.taobaoItems[0].itemMapId);
	const offers = store.offers;
	[[501, 0], [502, 1], [503, 2]].forEach(([id, index]) => {
		const offer = offers[index];
		store.alibabaCart.set(id, { id, userId, offerId: offer.offerId, specId: offer.specs[0].specId, quantity: offer.minOrderQuantity });
	});
}

export function seedAddresses(store: Store): void {
	const userId = store.options.userId;
	for (const [name, district] of [['a测试aa', '余杭区'], ['zhang', '西湖区']]) {
		store.addresses.push({
			id: ++store.counters.address, userId, name, province: '浙江省', city: '杭州市', district,
			address: '测试地址', phone: '15068763421',
		});
	}
}

const TAOBAO_MIX: [TaobaoStatus, number][] = [[0, 20], [1, 10], [2, 10], [10, 15], [11, 35], [4, 10]];
const ALIBABA_MIX: [AlibabaStatus, number][] = [['waitbuyerpay', 25], ['waitsellersend', 20], ['waitbuyerreceive', 20], ['success', 25], ['cancel', 10]];

function applyTaobaoStatus(store: Store, order: TaobaoOrder, status: TaobaoStatus): void {
	order.status = status;
	const t = order.createdAt;
	if (status !== 0 && status !== 4) order.paidAt = t + 3_600_000;
	if (status === 11) {
		order.shippedAt = t + 2 * DAY;
		order.mailNo = `SF${store.random.digits(13)}`;
	}
	if (status === 4) order.closeReason = 'buyer_cancel';
	order.updatedAt = order.shippedAt ?? order.paidAt ?? t;
}

/** The order shown in seed 004, kept as documented. */
function seed004Order(store: Store): void {
	const order = buildTaobaoOrder(store, {
		userId: store.options.userId, receiver: { ...receiver(store), name: 'Nguyen Thi Tuyet' }, purchaseAmount: 400,
		orderSource: 'lazada', sellerOrderNumber: '1', createdAt: Date.UTC(2023, 8, 22, 5, 50, 59),
		lines: [
			{ orderLineNo: '1', itemId: '600126245031041190', skuId: '5016042822039', quantity: 200, price: 1, currency: 'CNY' },
			{ orderLineNo: '1', itemId: '600129202197070073', skuId: '4860968496626', quantity: 200, price: 1, currency: 'CNY' },
		],
	});
	order.id = '1022505290408395575';
	order.orderNo = '1022505290345480832';
	store.addTaobaoOrder(order);
}

export function seedTaobaoOrders(store: Store, count: number): void {
	if (count > 0) seed004Order(store);
	const spacing = Math.max(60_000, Math.floor((365 * DAY) / Math.max(count, 1)));
	for (let i = 1; i < count; i++) {
		const createdAt = SEED_EPOCH - (count - i) * spacing;
		const lines = Array.from({ length: store.random.int(1, 3) }, (_, n) => {
			const item = store.random.pick(store.taobaoItems);
			const sku = store.random.pick(item.skus);
			return { orderLineNo: String(n + 1), itemId: item.itemId, skuId: sku.skuId, quantity: store.random.int(1, 5), price: sku.promotionPrice, currency: 'CNY' };
		});
		const total = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
		const order = buildTaobaoOrder(store, {
			userId: store.options.userId, receiver: receiver(store), lines, purchaseAmount: total,
			orderSource: store.random.pick(['lazada', 'shopee', 'tiktok', null]), sellerOrderNumber: `SO${100000 + i}`, createdAt,
		});
		applyTaobaoStatus(store, order, store.random.weighted(TAOBAO_MIX));
		store.addTaobaoOrder(order);
	}
}

function applyAlibabaStatus(store: Store, order: AlibabaOrder, status: AlibabaStatus): void {
	order.status = status;
	const t = order.createdAt;
	const index = ['waitsellersend', 'waitbuyerreceive', 'success'].indexOf(status);
	if (index >= 0) order.paidAt = t + 3_600_000;
	if (index >= 1) {
		order.shippedAt = t + DAY;
		order.mailNo = `YT${store.random.digits(13)}`;
		order.logisticsCompany = '圆通速递';
	}
	if (index >= 2) order.completedAt = t + 5 * DAY;
	if (status === 'cancel') order.closeReason = 'buyer_cancel';
	order.modifiedAt = order.completedAt ?? order.shippedAt ?? order.paidAt ?? t;
}

/** The orders shown in seed 003 (batch create) and the A-O8 cancel example, awaiting payment. */
function documentedAlibabaOrders(store: Store): void {
	const examples: [string, number][] = [['2542285634920880794', 1], ['2540608320348880794', 0]];
	for (const [id, offerIndex] of examples) {
		const offer = store.offers[offerIndex];
		const order = buildAlibabaOrder(store, {
			userId: store.options.userId, sellerOpenId: offer.sellerOpenId, address: alibabaAddress(), flow: 'general',
			message: null, createdAt: Date.UTC(2025, 3, 23, 6, 13, 44) + offerIndex * 1000,
			lines: [{ offerId: offer.offerId, specId: offer.specs[0].specId, quantity: offer.minOrderQuantity }],
		});
		order.id = id;
		order.items[0].subItemId = id;
		store.addAlibabaOrder(order);
	}
}

export function seedAlibabaOrders(store: Store, count: number): void {
	if (count >= 2) documentedAlibabaOrders(store);
	const spacing = Math.max(60_000, Math.floor((365 * DAY) / Math.max(count, 1)));
	for (let i = 2; i < count; i++) {
		const first = store.random.pick(store.offers);
		const sameSeller = store.offers.filter((offer) => offer.sellerOpenId === first.sellerOpenId);
		const lines = Array.from({ length: store.random.int(1, 2) }, () => {
			const offer = store.random.pick(sameSeller);
			return { offerId: offer.offerId, specId: store.random.pick(offer.specs).specId, quantity: offer.minOrderQuantity * store.random.int(1, 4) };
		});
		const order = buildAlibabaOrder(store, {
			userId: store.options.userId, sellerOpenId: first.sellerOpenId, lines, address: alibabaAddress(), flow: 'general',
			message: null, createdAt: SEED_EPOCH - (count - i) * spacing + 30_000,
		});
		applyAlibabaStatus(store, order, store.random.weighted(ALIBABA_MIX));
		store.addAlibabaOrder(order);
	}
}

export function seedRefunds(store: Store): void {
	const shippedTaobao = store.taobaoOrders.filter((order) => order.status === 11).slice(0, 12);
	shippedTaobao.forEach((order, i) => {
		const sub = order.subOrders[0];
		const status = ([10, 20, 100, -20] as const)[i % 4];
		sub.refundStatus = status;
		store.addTaobaoRefund({
			refundId: i === 0 ? '110000235001' : store.ids.taobaoRefund.next(store.random), orderId: order.id,
			subOrderId: sub.subOrderId, refundType: i % 2 === 0 ? 1 : 2, goodsStatus: 2, reasonId: 2, reasonDesc: '商品质量问题',
			refundFee: sub.price * sub.quantity, refundDesc: '商品有破损', images: [], status,
			createdAt: (order.shippedAt ?? order.createdAt) + 3 * DAY, updatedAt: (order.shippedAt ?? order.createdAt) + 3 * DAY,
			messages: [{ id: ++store.counters.message, content: '商品有破损', images: [], sender: 'buyer', createdAt: (order.shippedAt ?? order.createdAt) + 3 * DAY }],
			returnLogistics: null,
		});
	});
	const received = store.alibabaOrders.filter((order) => order.status === 'success').slice(0, 12);
	received.forEach((order, i) => {
		const status = (['waitselleragree', 'refundsuccess', 'refundclose'] as const)[i % 3];
		const at = (order.completedAt ?? order.createdAt) + DAY;
		store.addAlibabaRefund({
			refundId: `TQ${store.ids.alibabaRefund.next(store.random)}`, orderId: order.id, orderEntryIds: [order.items[0].subItemId],
			disputeRequest: 'refund', applyPayment: productAmount(order), applyCarriage: 0, applyReasonId: 20007,
			applyReason: '质量问题', description: '质量问题', goodsStatus: 'aftersaleBuyerReceived', vouchers: [], status,
			createdAt: at, updatedAt: at, freightBill: null, logisticsCompanyNo: null,
		});
	});
}
