/** Order state machines: legal moves change state (and the API shows it), illegal moves answer a clear error. */
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call, multipart, ok, PNG_BYTES } from './client';
import { ADDRESS_PARAM, SEED_002_BODY, SEED_003_BODY } from './fixtures';

describe('Taobao order status machine', () => {
	let sandbox: SandboxHandle;
	const status = async (orderId: string) => (await ok(sandbox, 'GET', '/open/order/detail', { query: { orderId } })).status;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());

	it('walks 0 → 1 (pay) → 2 → 10 → 11 (admin advance)', async () => {
		const { id } = await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		expect(await status(id)).toBe(0);
		expect(await ok(sandbox, 'POST', '/open/order/pay', { body: { orderId: id } })).toEqual({ orderId: id, status: 1 });
		for (const expected of [2, 10, 11]) {
			expect(sandbox.advanceOrder('taobao', id).status).toBe(expected);
			expect(await status(id)).toBe(expected);
		}
		expect(() => sandbox.advanceOrder('taobao', id)).toThrow(/cannot move from 11/);
	});

	it('refuses to pay a cancelled order, and to cancel a shipped one', async () => {
		const { id } = await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		expect(await ok(sandbox, 'POST', '/open/order/cancel', { body: { orderId: id } })).toBe(true);
		const pay = await call(sandbox, 'POST', '/open/order/pay', { body: { orderId: id } });
		expect(pay.json).toMatchObject({ code: 409, msg: `order ${id} cannot be paid: status is 4 (cancelled)`, data: null });
		expect(await status(id)).toBe(4);

		const shipped = sandbox.findOrders('taobao', { status: 11 })[0].id as string;
		const cancel = await call(sandbox, 'POST', '/open/order/cancel', { body: { orderId: shipped } });
		expect(cancel.json).toMatchObject({ code: 409, msg: expect.stringContaining('cannot be cancelled: status is 11 (shipped)') });
		expect(await status(shipped)).toBe(11);
	});

	it('refuses to pay twice', async () => {
		const { id } = await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		await ok(sandbox, 'POST', '/open/order/pay', { body: { orderId: id } });
		expect((await call(sandbox, 'POST', '/open/order/pay', { body: { orderId: id } })).json.code).toBe(409);
	});

	it('moves 0 → 1 on a payment voucher and keeps the voucher', async () => {
		const { id } = await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		const form = multipart({ orderId: id }, [{ field: 'file', filename: 'v.png', contentType: 'image/png', data: PNG_BYTES }]);
		const data = await ok(sandbox, 'POST', '/open/order/voucher/upload', form);
		expect(data.status).toBe(1);
		const detail = await ok(sandbox, 'GET', '/open/order/detail', { query: { orderId: id } });
		expect(detail.voucherUrls).toEqual([data.voucherUrl]);
		const file = await fetch(data.voucherUrl);
		expect(Buffer.from(await file.arrayBuffer()).equals(PNG_BYTES)).toBe(true);
	});

	it('rejects a voucher that is not an image, or not multipart', async () => {
		const orderId = sandbox.findOrders('taobao', { status: 0 })[0].id as string;
		const text = multipart({ orderId }, [{ field: 'file', filename: 'v.png', contentType: 'image/png', data: Buffer.from('not an image') }]);
		expect((await call(sandbox, 'POST', '/open/order/voucher/upload', text)).json).toMatchObject({ code: 400, msg: expect.stringMatching(/^file: expected a JPEG, PNG, GIF or WebP image/) });
		const noFile = multipart({ orderId }, []);
		expect((await call(sandbox, 'POST', '/open/order/voucher/upload', noFile)).json).toMatchObject({ code: 400, msg: expect.stringMatching(/^file: required/) });
		expect((await call(sandbox, 'POST', '/open/order/voucher/upload', { body: { orderId } })).json.code).toBe(415);
		expect(sandbox.findOrders('taobao', { status: 0 })[0].id).toBe(orderId);
	});

	it('advances straight to a target status with admin `to`, over HTTP too', async () => {
		const { id } = await ok(sandbox, 'POST', '/open/order', { body: SEED_002_BODY });
		const response = await fetch(`${sandbox.url}/__sandbox/orders/taobao/${id}/advance`, { method: 'POST', body: JSON.stringify({ to: 10 }) });
		expect(await response.json()).toMatchObject({ orderId: id, status: 10 });
		const back = await fetch(`${sandbox.url}/__sandbox/orders/taobao/${id}/advance`, { method: 'POST', body: JSON.stringify({ to: 2 }) });
		expect(back.status).toBe(409);
	});
});

describe('1688 order status machine', () => {
	let sandbox: SandboxHandle;
	const status = async (orderId: string) => (await ok(sandbox, 'POST', '/alibaba/order/detail', { body: { webSite: '1688', orderId } })).baseInfo.status;
	const create = async () => (await ok(sandbox, 'POST', '/v2/alibaba/order/create', { body: SEED_003_BODY })).orderId as string;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());

	it('walks waitbuyerpay → waitsellersend → waitbuyerreceive → success', async () => {
		const id = await create();
		expect(await status(id)).toBe('waitbuyerpay');
		await ok(sandbox, 'POST', '/alibaba/order/batch/submit/to/pay', { body: { orderIds: [id] } });
		expect(await status(id)).toBe('waitsellersend');
		const early = await call(sandbox, 'POST', '/alibaba/order/receivegoods', { body: { orderId: id } });
		expect(early.json).toMatchObject({ code: 409, msg: expect.stringContaining('status is waitsellersend, expected waitbuyerreceive') });
		sandbox.advanceOrder('1688', id);
		expect(await status(id)).toBe('waitbuyerreceive');
		await ok(sandbox, 'POST', '/alibaba/order/receivegoods', { body: { orderId: id } });
		expect(await status(id)).toBe('success');
	});

	it('cancels only before payment, and refuses to pay a cancelled order', async () => {
		const id = await create();
		expect(await ok(sandbox, 'POST', '/v2/alibaba/order/cancel', { body: { webSite: '1688', orderId: id, cancelReason: '不想要了' } })).toBe(true);
		const pay = await call(sandbox, 'POST', '/alibaba/order/batch/submit/to/pay', { body: { orderIds: [id] } });
		expect(pay.json).toMatchObject({ code: 409, msg: expect.stringContaining(`order ${id} cannot be paid: status is cancel`) });
		const paid = sandbox.findOrders('1688', { status: 'waitsellersend' })[0].id as string;
		const cancel = await call(sandbox, 'POST', '/v2/alibaba/order/cancel', { body: { webSite: '1688', orderId: paid, cancelReason: 'x' } });
		expect(cancel.json).toMatchObject({ code: 409, msg: expect.stringContaining('cannot be cancelled: status is waitsellersend') });
	});

	it('pays a batch all or nothing', async () => {
		const good = await create();
		const cancelled = await create();
		await ok(sandbox, 'POST', '/v2/alibaba/order/cancel', { body: { webSite: '1688', orderId: cancelled } });
		const response = await call(sandbox, 'POST', '/alibaba/order/batch/submit/to/pay', { body: { orderIds: [good, cancelled] } });
		expect(response.json.code).toBe(409);
		expect(await status(good)).toBe('waitbuyerpay');
	});

	it('lists unpayable orders in the pay-url answer as exact numbers', async () => {
		const open = await create();
		const done = sandbox.findOrders('1688', { status: 'success' })[0].id as string;
		const response = await call(sandbox, 'GET', '/v2/alibaba/order/pay/url', { query: { orderId: `${open},${done}` } });
		expect(response.json.data.payUrl).toContain(open);
		expect(response.text).toContain(`"cantPayOrderList":[${done}]`);
	});

	it('creates one order per seller in a batch and empties the 1688 cart records it used', async () => {
		const offers = sandbox.sandbox.store.offers;
		const other = offers.find((o) => o.sellerOpenId !== offers[0].sellerOpenId)!;
		const cargo = [SEED_003_BODY.cargoParamList[0], { offerId: other.offerId, specId: other.specs[0].specId, quantity: other.minOrderQuantity }];
		const data = await ok(sandbox, 'POST', '/v2/alibaba/order/batch/create', { body: { ...SEED_003_BODY, cargoParamList: cargo } });
		expect(data.map((o: { sellerOpenId: string }) => o.sellerOpenId).sort()).toEqual([offers[0].sellerOpenId, other.sellerOpenId].sort());
		const single = await call(sandbox, 'POST', '/v2/alibaba/order/create', { body: { ...SEED_003_BODY, cargoParamList: cargo } });
		expect(single.json).toMatchObject({ code: 400, msg: expect.stringMatching(/^cargoParamList: items from several sellers/) });
		const cart = await ok(sandbox, 'POST', '/alibaba/cart/create/order', { body: { flow: 'general', addressParam: ADDRESS_PARAM, cartIds: [501] } });
		expect(cart).toHaveLength(1);
		expect((await call(sandbox, 'POST', '/alibaba/cart/create/order', { body: { flow: 'general', addressParam: ADDRESS_PARAM, cartIds: [501] } })).json.code).toBe(404);
	});
});

describe('refund status machines', () => {
	let sandbox: SandboxHandle;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());

	it('takes a Taobao return-and-refund through agree → return shipped → refunded', async () => {
		const order = sandbox.sandbox.store.taobaoOrders.find((o) => o.status === 11 && o.subOrders.every((s) => s.refundStatus === 0))!;
		const sub = order.subOrders[0];
		const { refundId } = await ok(sandbox, 'POST', '/open/order/refund/submit', { body: { subOrderId: sub.subOrderId, refundType: 2, goodsStatus: 2, reasonId: 2, refundFee: 1 } });
		const early = await call(sandbox, 'POST', '/open/order/refund/logistics/submit', { body: { refundId, logisticsCompanyCode: 'SF', logisticsNo: 'SF1' } });
		expect(early.json.code).toBe(409);
		expect(sandbox.advanceRefund('taobao', refundId).status).toBe(20);
		await ok(sandbox, 'POST', '/open/order/refund/logistics/submit', { body: { refundId, logisticsCompanyCode: 'SF', logisticsNo: 'SF1' } });
		expect((await ok(sandbox, 'GET', '/v2/taobao/order/refund/query', { query: { refundId } })).refundStatus).toBe(30);
		expect(sandbox.advanceRefund('taobao', refundId).status).toBe(100);
		const cancel = await call(sandbox, 'GET', `/open/order/refund/cancel/${refundId}`);
		expect(cancel.json).toMatchObject({ code: 409, msg: expect.stringContaining('status is 100') });
		const again = await call(sandbox, 'POST', '/open/order/refund/submit', { body: { subOrderId: sub.subOrderId, refundType: 1, goodsStatus: 2, reasonId: 2, refundFee: 1 } });
		expect(again.json.code).toBe(409);
	});

	it('refuses a Taobao refund on an unpaid order and a fee above the line total', async () => {
		const unpaid = sandbox.sandbox.store.taobaoOrders.find((o) => o.status === 0)!;
		const response = await call(sandbox, 'POST', '/open/order/refund/submit', { body: { subOrderId: unpaid.subOrders[0].subOrderId, refundType: 1, goodsStatus: 1, reasonId: 1, refundFee: 1 } });
		expect(response.json).toMatchObject({ code: 409, msg: expect.stringContaining('is not paid') });
		const paid = sandbox.sandbox.store.taobaoOrders.find((o) => o.status === 10 && o.subOrders.every((s) => s.refundStatus === 0))!;
		const sub = paid.subOrders[0];
		const tooMuch = await call(sandbox, 'POST', '/open/order/refund/submit', { body: { subOrderId: sub.subOrderId, refundType: 1, goodsStatus: 1, reasonId: 1, refundFee: sub.price * sub.quantity + 1 } });
		expect(tooMuch.json).toMatchObject({ code: 400, msg: `refundFee: must be at most ${sub.price * sub.quantity}, got ${sub.price * sub.quantity + 1}` });
	});

	it('refuses a 1688 refund before payment and a waybill before the seller agreed', async () => {
		const unpaid = sandbox.sandbox.store.alibabaOrders.find((o) => o.status === 'waitbuyerpay')!;
		const body = { orderId: unpaid.id, orderEntryIds: [unpaid.items[0].subItemId], disputeRequest: 'refund', applyPayment: 1, applyCarriage: 0, applyReasonId: 20006, description: 'x', goodsStatus: 'refundWaitSellerSend' };
		expect((await call(sandbox, 'POST', '/v2/alibaba/refund/detail/create', { body })).json).toMatchObject({ code: 409, msg: expect.stringContaining('status is waitbuyerpay') });
		const shipped = sandbox.sandbox.store.alibabaOrders.find((o) => o.status === 'waitbuyerreceive')!;
		const { refundId } = await ok(sandbox, 'POST', '/v2/alibaba/refund/detail/create', { body: { ...body, orderId: shipped.id, orderEntryIds: [shipped.items[0].subItemId], disputeRequest: 'returnRefund' } });
		const waybill = { refundId, logisticsCompanyNo: 'SF', freightBill: 'SF1' };
		expect((await call(sandbox, 'POST', '/alibaba/refund/goods/return', { body: waybill })).json.code).toBe(409);
		sandbox.advanceRefund('1688', refundId);
		expect(await ok(sandbox, 'POST', '/alibaba/refund/goods/return', { body: waybill })).toBe(true);
		expect((await ok(sandbox, 'POST', '/alibaba/refund/info', { body: { refundId } })).status).toBe('waitsellerreceive');
	});
});
