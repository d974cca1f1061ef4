/**
 * The sandbox without its HTTP server: credentials, state, request log, faults and callbacks, plus the admin
 * operations (also exposed over `/__sandbox/*` and as methods on the handle).
 */
import type { SandboxCredentials } from './auth';
import { CALLBACK_VARIANTS, CallbackDispatcher, PANDAPON_POLICY, type CallbackPolicy, type CallbackVariant, type DeliveryAttempt } from './callbacks';
import { FaultRegistry } from './faults';
import { Router } from './router';
import { pandaPonRoutes } from './routes';
import { advanceAlibabaOrder, alibabaCallbackBody, ALIBABA_STATUSES, modifyAlibabaPrice } from './state/alibabaOrders';
import { advanceAlibabaRefund, advanceTaobaoRefund, alibabaRefundBody, taobaoRefundBody } from './state/refunds';
import { ALIBABA, DEFAULT_SEED, Store, TAOBAO, type Notification, type Platform } from './state/store';
import { advanceTaobaoOrder, describeTaobaoStatus, taobaoCallbackBody, TAOBAO_STATUSES } from './state/taobaoOrders';
import type { AlibabaRefundStatus, AlibabaStatus, TaobaoRefundStatus, TaobaoStatus } from './state/types';

export interface SandboxOptions {
	/** Default 127.0.0.1. */
	host?: string;
	/** Default 0 (a free port) for `startSandbox`; the CLI defaults to 8787. */
	port?: number;
	accessKey?: string;
	accessSecret?: string;
	userId?: string;
	callbackUrl?: string;
	callbackPolicy?: Partial<CallbackPolicy>;
	/** PRNG seed of the catalogue and history. */
	seed?: number;
	seedOrders?: { taobao?: number; alibaba?: number };
	/** Clock for timestamps and the 600 s window (tests). */
	now?: () => number;
}

export interface RequestLogEntry {
	id: number;
	at: string;
	method: string;
	path: string;
	query: Record<string, string>;
	headerNames: string[];
	userId: string | null;
	body: unknown;
	auth: { ok: boolean; code: number; reason: string; timestampUnit?: string } | null;
	code: number | null;
	httpStatus: number | null;
	fault: string | null;
	/** True when the access secret itself appeared in the request (it is redacted from this entry). */
	secretExposed: boolean;
}

export type PlatformName = 'taobao' | '1688';

export const DEFAULT_CREDENTIALS: SandboxCredentials = {
	accessKey: 'sandbox-access-key', accessSecret: 'sandbox-access-secret', userId: '2100007340000',
};

export class AdminError extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

const MESSAGE_TYPES = [
	'ORDER_CREATE', 'ORDER_PAY_SUCCESS', 'ORDER_CANCEL', 'ORDER_STATUS_CHANGE', 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY', 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND',
];

export function platformOf(name: string): Platform {
	if (name === 'taobao' || name === '0') return TAOBAO;
	if (name === '1688' || name === 'alibaba' || name === '1') return ALIBABA;
	throw new AdminError(400, `platform: expected taobao or 1688, got "${name}"`);
}

export class Sandbox {
	readonly credentials: SandboxCredentials;
	readonly router = new Router(pandaPonRoutes);
	readonly faults = new FaultRegistry();
	readonly callbacks: CallbackDispatcher;
	readonly now: () => number;
	store: Store;
	log: RequestLogEntry[] = [];
	private logCount = 0;
	private seedCounts: { taobao: number; alibaba: number };

	constructor(private readonly options: SandboxOptions = {}) {
		this.credentials = {
			accessKey: options.accessKey ?? DEFAULT_CREDENTIALS.accessKey,
			accessSecret: options.accessSecret ?? DEFAULT_CREDENTIALS.accessSecret,
			userId: options.userId ?? DEFAULT_CREDENTIALS.userId,
		};
		this.now = options.now ?? Date.now;
		this.callbacks = new CallbackDispatcher(() => this.credentials.accessSecret, { ...PANDAPON_POLICY, ...options.callbackPolicy }, this.now);
		this.callbacks.setUrl(options.callbackUrl ?? null);
		this.seedCounts = {
			taobao: options.seedOrders?.taobao ?? DEFAULT_SEED.taobaoOrders,
			alibaba: options.seedOrders?.alibaba ?? DEFAULT_SEED.alibabaOrders,
		};
		this.store = this.buildStore();
	}

	private buildStore(): Store {
		const store = new Store(
			{ ...DEFAULT_SEED, seed: this.options.seed ?? DEFAULT_SEED.seed, userId: this.credentials.userId, taobaoOrders: this.seedCounts.taobao, alibabaOrders: this.seedCounts.alibaba },
			this.now,
		);
		store.notify = (notification: Notification) => this.callbacks.publish(notification);
		return store;
	}

	addLogEntry(entry: Omit<RequestLogEntry, 'id'>): RequestLogEntry {
		const full = { id: ++this.logCount, ...entry };
		this.log.push(full);
		return full;
	}

	/** Back to the start: state reseeded with the current counts, logs, faults and pending retries cleared. */
	reset(): void {
		this.store = this.buildStore();
		this.log = [];
		this.faults.clear();
		this.callbacks.clear();
	}

	reseed(counts: { taobao?: unknown; alibaba?: unknown }): void {
		for (const key of ['taobao', 'alibaba'] as const) {
			const value = counts[key];
			if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100_000)) {
				throw new AdminError(400, `${key}: expected an integer from 0 to 100000`);
			}
		}
		this.seedCounts = {
			taobao: (counts.taobao as number | undefined) ?? this.seedCounts.taobao,
			alibaba: (counts.alibaba as number | undefined) ?? this.seedCounts.alibaba,
		};
		this.store = this.buildStore();
	}

	private guard<T>(action: () => T): T {
		try {
			return action();
		} catch (error) {
			if (error instanceof AdminError) throw error;
			const code = (error as { code?: number }).code;
			throw new AdminError(code === 404 ? 404 : 409, (error as Error).message);
		}
	}

	advanceOrder(platform: PlatformName | string, orderId: string, to?: unknown) {
		if (platformOf(platform) === TAOBAO) {
			const order = this.store.taobaoOrderById.get(orderId);
			if (!order) throw new AdminError(404, `Taobao order ${orderId} not found`);
			const target = to === undefined ? undefined : Number(to);
			if (target !== undefined && !TAOBAO_STATUSES.includes(target as TaobaoStatus)) throw new AdminError(400, `to: expected one of ${TAOBAO_STATUSES.join(', ')}`);
			this.guard(() => advanceTaobaoOrder(this.store, order, target as TaobaoStatus | undefined));
			return { orderId, status: order.status, statusText: describeTaobaoStatus(order.status) };
		}
		const order = this.store.alibabaOrderById.get(orderId);
		if (!order) throw new AdminError(404, `1688 order ${orderId} not found`);
		if (to !== undefined && !ALIBABA_STATUSES.includes(to as AlibabaStatus)) throw new AdminError(400, `to: expected one of ${ALIBABA_STATUSES.join(', ')}`);
		this.guard(() => advanceAlibabaOrder(this.store, order, to as AlibabaStatus | undefined));
		return { orderId, status: order.status };
	}

	advanceRefund(platform: PlatformName | string, refundId: string, to?: unknown) {
		if (platformOf(platform) === TAOBAO) {
			const refund = this.store.taobaoRefundById.get(refundId);
			if (!refund) throw new AdminError(404, `reverse order ${refundId} not found`);
			this.guard(() => advanceTaobaoRefund(this.store, refund, to === undefined ? undefined : (Number(to) as TaobaoRefundStatus)));
			return { refundId, status: refund.status };
		}
		const refund = this.store.alibabaRefundById.get(refundId);
		if (!refund) throw new AdminError(404, `refund ${refundId} not found`);
		this.guard(() => advanceAlibabaRefund(this.store, refund, to as AlibabaRefundStatus | undefined));
		return { refundId, status: refund.status };
	}

	/** Seller changes a 1688 order's total (fen) before payment. */
	modifyPrice(orderId: string, totalAmount: unknown) {
		const order = this.store.alibabaOrderById.get(orderId);
		if (!order) throw new AdminError(404, `1688 order ${orderId} not found`);
		if (!Number.isInteger(totalAmount) || (totalAmount as number) <= 0) throw new AdminError(400, 'totalAmount: expected a positive integer (fen)');
		this.guard(() => modifyAlibabaPrice(this.store, order, totalAmount as number));
		return alibabaCallbackBody(this.store, order);
	}

	findOrders(platform: PlatformName | string, filter: { status?: string; limit?: number } = {}) {
		const limit = filter.limit ?? 20;
		if (platformOf(platform) === TAOBAO) {
			return [...this.store.taobaoOrders].reverse()
				.filter((o) => filter.status === undefined || String(o.status) === String(filter.status)).slice(0, limit)
				.map((o) => ({ id: o.id, orderNo: o.orderNo, status: o.status, subOrderIds: o.subOrders.map((s) => s.subOrderId), subPurchaseOrderIds: o.subOrders.map((s) => s.taobaoSubPurchaseId) }));
		}
		return [...this.store.alibabaOrders].reverse()
			.filter((o) => filter.status === undefined || o.status === filter.status).slice(0, limit)
			.map((o) => ({ id: o.id, orderNo: o.orderNo, status: o.status, orderEntryIds: o.items.map((i) => i.subItemId), sellerOpenId: o.sellerOpenId }));
	}

	summary() {
		const count = <T>(list: T[], key: (entry: T) => string | number) =>
			list.reduce<Record<string, number>>((acc, entry) => ({ ...acc, [key(entry)]: (acc[key(entry)] ?? 0) + 1 }), {});
		const carts: Record<string, { taobao: number; alibaba: number }> = {};
		for (const r of this.store.taobaoCart.values()) (carts[r.userId] ??= { taobao: 0, alibaba: 0 }).taobao++;
		for (const r of this.store.alibabaCart.values()) (carts[r.userId] ??= { taobao: 0, alibaba: 0 }).alibaba++;
		return {
			taobao: { orders: this.store.taobaoOrders.length, byStatus: count(this.store.taobaoOrders, (o) => o.status), items: this.store.taobaoItems.length },
			alibaba: { orders: this.store.alibabaOrders.length, byStatus: count(this.store.alibabaOrders, (o) => o.status), offers: this.store.offers.length },
			carts,
			refunds: {
				taobao: { total: this.store.taobaoRefunds.length, byStatus: count(this.store.taobaoRefunds, (r) => r.status), ids: this.store.taobaoRefunds.map((r) => r.refundId) },
				alibaba: { total: this.store.alibabaRefunds.length, byStatus: count(this.store.alibabaRefunds, (r) => r.status), ids: this.store.alibabaRefunds.map((r) => r.refundId) },
			},
			addresses: this.store.addresses.length,
			uploads: [...this.store.files.keys()],
			callbackUrl: this.callbacks.getUrl(),
			pendingCallbackRetries: this.callbacks.pendingRetries(),
			faults: this.faults.list(),
		};
	}

	/** The notification an admin test push carries: the given (or newest) order, or a refund for refund messages. */
	private notificationFor(messageType: string, platform: Platform, orderId?: string): Notification {
		const store = this.store;
		if (messageType === 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND') {
			if (platform === TAOBAO) {
				const refund = store.taobaoRefunds.find((r) => orderId === undefined || r.orderId === orderId);
				if (refund) return { messageType, platform, body: taobaoRefundBody(store, refund) };
			} else {
				const refund = store.alibabaRefunds.find((r) => orderId === undefined || r.orderId === orderId);
				if (refund) return { messageType, platform, body: alibabaRefundBody(refund) };
			}
		}
		if (platform === TAOBAO) {
			const order = orderId === undefined ? store.taobaoOrders[store.taobaoOrders.length - 1] : store.taobaoOrderById.get(orderId);
			if (!order) throw new AdminError(404, `Taobao order ${orderId} not found`);
			return { messageType, platform, body: taobaoCallbackBody(order, null) };
		}
		const order = orderId === undefined ? store.alibabaOrders[store.alibabaOrders.length - 1] : store.alibabaOrderById.get(orderId);
		if (!order) throw new AdminError(404, `1688 order ${orderId} not found`);
		return { messageType, platform, body: alibabaCallbackBody(store, order) };
	}

	async sendCallback(request: { variant?: unknown; messageType?: unknown; platform?: unknown; orderId?: unknown }): Promise<DeliveryAttempt> {
		const variant = (request.variant ?? 'valid') as CallbackVariant;
		if (!CALLBACK_VARIANTS.includes(variant)) throw new AdminError(400, `variant: expected one of ${CALLBACK_VARIANTS.join(', ')}`);
		const messageType = String(request.messageType ?? 'ORDER_STATUS_CHANGE');
		if (!MESSAGE_TYPES.includes(messageType)) throw new AdminError(400, `messageType: expected one of ${MESSAGE_TYPES.join(', ')}`);
		const platform = platformOf(String(request.platform ?? 'taobao'));
		if (this.callbacks.getUrl() === null) throw new AdminError(409, 'no callback url set; POST /__sandbox/callback-url first');
		const orderId = request.orderId === undefined ? undefined : String(request.orderId);
		return this.callbacks.sendVariant(variant, this.notificationFor(messageType, platform, orderId));
	}
}
