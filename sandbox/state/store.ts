/**
 * All sandbox state in one place: the catalogue, carts, orders, refunds, addresses, uploads and freight previews,
 * with lookup indexes. Built deterministically from a seed; `notify` is wired to the callback dispatcher.
 */
import { createAlibabaOffers, createSellers, createTaobaoItems } from './catalogue';
import { IdSequence, Random } from './random';
import { seedAddresses, seedAlibabaOrders, seedCarts, seedRefunds, seedTaobaoOrders } from './seed';
import type {
	Address, AlibabaCartRecord, AlibabaOffer, AlibabaOrder, AlibabaRefund, AlibabaSpec, FreightPreview, Seller,
	StoredFile, TaobaoCartRecord, TaobaoItem, TaobaoOrder, TaobaoRefund, TaobaoSku, TaobaoSubOrder,
} from './types';

export type Platform = 0 | 1;
export const TAOBAO: Platform = 0;
export const ALIBABA: Platform = 1;

export interface Notification {
	messageType: string;
	platform: Platform;
	body: Record<string, unknown>;
}

export interface SeedOptions {
	seed: number;
	taobaoOrders: number;
	alibabaOrders: number;
	userId: string;
	catalogueSize: number;
}

export const DEFAULT_SEED: SeedOptions = { seed: 20240802, taobaoOrders: 120, alibabaOrders: 120, userId: '2100007340000', catalogueSize: 40 };

/** Keeps order lists sorted by creation time (oldest first), so listings need no sort per request. */
function insertByCreation<T extends { createdAt: number }>(list: T[], entry: T): void {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (list[mid].createdAt <= entry.createdAt) low = mid + 1;
		else high = mid;
	}
	list.splice(low, 0, entry);
}

export class Store {
	readonly random: Random;
	readonly taobaoItems: TaobaoItem[];
	readonly taobaoItemById = new Map<string, TaobaoItem>();
	readonly taobaoSkuById = new Map<string, { item: TaobaoItem; sku: TaobaoSku }>();
	readonly sellers: Seller[];
	readonly sellerById = new Map<string, Seller>();
	readonly offers: AlibabaOffer[];
	readonly offerById = new Map<string, AlibabaOffer>();
	readonly offerByMapId = new Map<string, AlibabaOffer>();
	readonly specById = new Map<string, { offer: AlibabaOffer; spec: AlibabaSpec }>();

	readonly taobaoCart = new Map<number, TaobaoCartRecord>();
	readonly alibabaCart = new Map<number, AlibabaCartRecord>();
	readonly taobaoOrders: TaobaoOrder[] = [];
	readonly taobaoOrderById = new Map<string, TaobaoOrder>();
	/** Keyed by subOrderId and by taobaoSubPurchaseId (logistics and refunds use either). */
	readonly subOrderIndex = new Map<string, { order: TaobaoOrder; sub: TaobaoSubOrder }>();
	readonly alibabaOrders: AlibabaOrder[] = [];
	readonly alibabaOrderById = new Map<string, AlibabaOrder>();
	readonly taobaoRefunds: TaobaoRefund[] = [];
	readonly taobaoRefundById = new Map<string, TaobaoRefund>();
	readonly alibabaRefunds: AlibabaRefund[] = [];
	readonly alibabaRefundById = new Map<string, AlibabaRefund>();
	readonly addresses: Address[] = [];
	readonly files = new Map<string, StoredFile>();
	readonly freightPreviews = new Map<string, FreightPreview>();
	readonly domesticLogistics: Record<string, unknown>[] = [];

	/** Monotonic sequences starting near the documented example ids, so generated ids look like real ones. */
	readonly ids = {
		taobaoOrder: new IdSequence('1031992847890383164'),
		taobaoOrderNo: new IdSequence('1031992847781331418'),
		taobaoSubOrder: new IdSequence('1031992851828834889'),
		taobaoPurchase: new IdSequence('200027842447'),
		alibabaOrder: new IdSequence('2540608320348', '880794'),
		taobaoRefund: new IdSequence('110000235001'),
		alibabaRefund: new IdSequence('22100210016290201'),
	};
	readonly counters = { cart: 1000, address: 0, freight: 0, bookings: 0, file: 0, message: 0, alibabaOrderNo: 0 };

	notify: (notification: Notification) => void = () => undefined;

	constructor(
		readonly options: SeedOptions,
		readonly now: () => number,
	) {
		this.random = new Random(options.seed);
		this.taobaoItems = createTaobaoItems(this.random, options.catalogueSize);
		for (const item of this.taobaoItems) {
			this.taobaoItemById.set(item.itemId, item);
			for (const sku of item.skus) this.taobaoSkuById.set(sku.skuId, { item, sku });
		}
		this.sellers = createSellers(this.random);
		for (const seller of this.sellers) this.sellerById.set(seller.sellerOpenId, seller);
		this.offers = createAlibabaOffers(this.random, this.sellers, options.catalogueSize);
		for (const offer of this.offers) {
			this.offerById.set(offer.offerId, offer);
			this.offerByMapId.set(offer.offerMapId, offer);
			for (const spec of offer.specs) this.specById.set(spec.specId, { offer, spec });
		}
		seedCarts(this);
		seedAddresses(this);
		seedTaobaoOrders(this, options.taobaoOrders);
		seedAlibabaOrders(this, options.alibabaOrders);
		seedRefunds(this);
	}

	addTaobaoOrder(order: TaobaoOrder): void {
		insertByCreation(this.taobaoOrders, order);
		this.taobaoOrderById.set(order.id, order);
		for (const sub of order.subOrders) {
			this.subOrderIndex.set(sub.subOrderId, { order, sub });
			this.subOrderIndex.set(sub.taobaoSubPurchaseId, { order, sub });
		}
	}

	addAlibabaOrder(order: AlibabaOrder): void {
		insertByCreation(this.alibabaOrders, order);
		this.alibabaOrderById.set(order.id, order);
	}

	addTaobaoRefund(refund: TaobaoRefund): void {
		this.taobaoRefunds.push(refund);
		this.taobaoRefundById.set(refund.refundId, refund);
	}

	addAlibabaRefund(refund: AlibabaRefund): void {
		this.alibabaRefunds.push(refund);
		this.alibabaRefundById.set(refund.refundId, refund);
	}

	seller(sellerOpenId: string): Seller {
		return this.sellerById.get(sellerOpenId) ?? this.sellers[0];
	}

	nextCartId(): number {
		return ++this.counters.cart;
	}

	/** `PO202605200001`-style platform order number (Xportcn callback examples). */
	nextAlibabaOrderNo(day: string): string {
		return `PO${day}${String(++this.counters.alibabaOrderNo).padStart(4, '0')}`;
	}
}
