/** Finds seeded data in a running sandbox, so each test picks its own order/refund in the state it needs. */
import type { SandboxHandle } from '../../sandbox/server';

export const ADDRESS_PARAM = {
	fullName: 'zhang', mobile: '18600888861', phone: '18600888861', postCode: '100000', cityText: '杭州市',
	provinceText: '浙江省', areaText: '西湖区', townText: '转塘', address: 'xxxxxxx',
};

export const ORDER_ADDRESS = {
	zip: '11111', country: '中国', address: '测试地址', phone: '', mobile_phone: '', city: '杭州市', district: '余杭区', name: 'a测试aa', state: '浙江省',
};

/** Doc example of `POST /open/order` (seed 002), verbatim. */
export const SEED_002_BODY = {
	purchaseAmount: 400,
	receiver: '{"zip":"11111","country":"中国","address":"测试地址","city":"杭州市","phone":"","mobile_phone":"15068763421","district":"余杭区","name":"a测试aa","state":"浙江省"}',
	orderLineList: '[{"itemId":"600126245031041190","orderLineNo":"1","quantity":"200","price":"1","currency":"CNY","skuId":"5016042822039"},{"itemId":"600129202197070073","orderLineNo":"1","quantity":"200","price":"1","currency":"CNY","skuId":"4860968496626"}]',
	orderSource: 'lazada',
	sellerOrderNumber: '1',
};

/** Doc example of `POST /v2/alibaba/order/batch/create` (seed 003). */
export const SEED_003_BODY = {
	flow: 'general',
	addressParam: ADDRESS_PARAM,
	cargoParamList: [{ offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg', specId: 'e61a85a671bb3d0301d0412b51641c6b', quantity: 1, sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA' }],
};

export const RECEIVER_ADDRESS = {
	country: 'US', state: 'California', city: 'VALLEY VLG', zip: '91607', address: '5818 WHITSETT AVE 401', name: 'Ofir Birinbaum',
	phone: '5083326888', mobilePhone: '5083326888', email: '1229220680@qq.com',
};

let taken = new Set<string>();

/** A seeded order in `status` not handed out before (tests mutate orders). */
export function takeOrder(h: SandboxHandle, platform: 'taobao' | '1688', status: string | number): { id: string; subOrderIds?: string[]; subPurchaseOrderIds?: string[]; orderEntryIds?: string[] } {
	const found = h.findOrders(platform, { status, limit: 10_000 }).find((o) => !taken.has(String(o.id)));
	if (!found) throw new Error(`no free ${platform} order in status ${status}`);
	taken.add(String(found.id));
	return found as never;
}

export function resetTaken(): void {
	taken = new Set<string>();
}

/** A 1688 order in `status` without any open or finished refund. */
export function refundableAlibabaOrder(h: SandboxHandle, status: 'success' | 'waitbuyerreceive') {
	const refunded = new Set(h.sandbox.store.alibabaRefunds.map((r) => r.orderId));
	const order = h.sandbox.store.alibabaOrders.find((o) => o.status === status && !refunded.has(o.id) && !taken.has(o.id));
	if (!order) throw new Error(`no refundable 1688 order in ${status}`);
	taken.add(order.id);
	return { id: order.id, entryIds: order.items.map((i) => i.subItemId), maxPayment: order.items.reduce((s, i) => s + i.price * i.quantity, 0) };
}

/** A shipped Taobao sub order without any reverse order. */
export function refundableTaobaoSub(h: SandboxHandle) {
	const store = h.sandbox.store;
	const order = store.taobaoOrders.find((o) => o.status === 11 && !taken.has(o.id) && o.subOrders.every((s) => s.refundStatus === 0));
	if (!order) throw new Error('no refundable Taobao order');
	taken.add(order.id);
	const sub = order.subOrders[0];
	return { orderId: order.id, subOrderId: sub.subOrderId, max: sub.price * sub.quantity };
}
