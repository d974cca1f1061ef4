/**
 * One table-driven pass over every PandaPon route the sandbox serves: each answers code 200 (or the thin
 * `{code: 0}`) with the documented shape. A structural check ties the table to the node's endpoint catalogue
 * (read as text, not imported) and to the sandbox's own route table, so no endpoint goes untested.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { call, multipart, ok, PNG_BYTES, JPEG_BYTES, type CallOptions, type RawResponse } from './client';
import {
	ADDRESS_PARAM, ORDER_ADDRESS, RECEIVER_ADDRESS, SEED_002_BODY, SEED_003_BODY, refundableAlibabaOrder, refundableTaobaoSub,
	resetTaken, takeOrder,
} from './fixtures';

type Request = CallOptions & { url?: string };
interface Case {
	method: 'GET' | 'POST';
	path: string;
	request?: (h: SandboxHandle) => Request | Promise<Request>;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	check: (data: any, response: RawResponse, h: SandboxHandle) => void;
	thin?: boolean;
}

const ID19 = /^\d{19}$/;
const str = expect.any(String);
const num = expect.any(Number);
const upload = (fields: Record<string, string>) => multipart(fields, [{ field: 'file', filename: 'voucher.png', contentType: 'image/png', data: PNG_BYTES }]);

const cases: Case[] = [
	// ---- Taobao cart ----
	{
		method: 'POST', path: '/open/cart/add',
		request: () => ({ body: { userId: '2100007340000', platform: 1, itemId: 2048175493257375, skuId: '85', itemTitle: '英皇保罗男士长款银行皮夹钱包', itemPic: 'https://img.alicdn.com/imgextra/i1/x.jpg', mpId: '26', mpSkuId: '65', price: 689, promotionPrice: 576, properties: '[{"valueId":28324,"valueName":"黄色","propId":1627207,"propName":"颜色分类"}]', quantity: 71, shopId: 42, shopName: '英皇保罗旗舰店', skuQuantity: '94', userNick: '介安琪' } }),
		check: (data) => expect(Number.isInteger(data)).toBe(true),
	},
	{
		method: 'GET', path: '/open/cart/list',
		check: (data) => {
			expect(data.map((r: { id: number }) => r.id)).toEqual(expect.arrayContaining([75, 76, 382]));
			expect(data[0]).toEqual(expect.objectContaining({ id: num, itemId: str, skuId: str, mpId: str, mpSkuId: str, price: num, promotionPrice: num, quantity: num, properties: str }));
		},
	},
	{
		method: 'POST', path: '/open/cart/delete',
		request: async (h) => ({ body: { ids: [await ok(h, 'POST', '/open/cart/add', { body: { itemId: '600086815456800431', skuId: '4766078803304', mpId: '2048000000000001', mpSkuId: '1', price: 1, quantity: 1 } })] } }),
		check: (data) => expect(data).toBe(true),
	},
	{ method: 'POST', path: '/open/cart/edit-quantity', request: () => ({ body: { id: 75, quantity: 3 } }), check: (data) => expect(data).toBe(true) },
	{
		method: 'POST', path: '/v2/taobao/cart/confirm/order', request: () => ({ body: { ids: [382] } }),
		check: (data) => {
			expect(data.totalRealPayPrice).toEqual({ amount: str, currency: 'CNY' });
			expect(data.confirmOrders[0]).toEqual(expect.objectContaining({ shopId: num, shopName: str, mainlandShippingFee: { amount: '0', currency: 'CNY' }, orderFee: { amount: str, currency: 'CNY' } }));
			expect(data.confirmOrders[0].cartItemInfos[0]).toEqual(expect.objectContaining({ id: 382, itemMapId: 'WUnUC1cILiBjt-Jv3lDdlQ', mpSkuId: str, quantity: 1, priceRanges: null }));
		},
	},
	{
		method: 'POST', path: '/open/cart/create/order', request: () => ({ body: { ids: [75, 76], orderAddress: ORDER_ADDRESS, userId: '2100007340000' } }),
		check: (data) => {
			expect(data).toEqual({ id: expect.stringMatching(ID19), orderNo: expect.stringMatching(ID19), subOrderVOS: expect.any(Array), createTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
			expect(data.subOrderVOS).toHaveLength(2);
			expect(Object.keys(data.subOrderVOS[0])).toHaveLength(15);
		},
	},
	// ---- 1688 cart ----
	{ method: 'POST', path: '/alibaba/cart/add', request: () => ({ body: { offerId: 743470146022, specId: 'e61a85a671bb3d0301d0412b51641c6b', quantity: 2 } }), check: (data) => expect(Number.isInteger(data)).toBe(true) },
	{
		method: 'GET', path: '/v2/alibaba/cart/list',
		check: (data) => {
			expect(data.disableList).toEqual([]);
			expect(data.enableList[0]).toEqual(expect.objectContaining({ sellerOpenId: str, sellerNickName: str, cartItemInfos: expect.any(Array) }));
			expect(data.enableList[0].cartItemInfos[0]).toEqual(expect.objectContaining({ id: num, offerMapId: str, specId: str, skuId: num, itemTitle: str, itemPic: str, price: num, quantity: num, amountOnSale: num, properties: str }));
		},
	},
	{
		method: 'POST', path: '/alibaba/cart/delete',
		request: async (h) => ({ body: { ids: [await ok(h, 'POST', '/alibaba/cart/add', { body: { offerMapId: h.sandbox.store.offers[5].offerMapId, quantity: 10 } })] } }),
		check: (data) => expect(data).toBe(true),
	},
	{ method: 'POST', path: '/alibaba/cart/edit-quantity', request: () => ({ body: { id: 501, quantity: 3 } }), check: (data) => expect(data).toBe(true) },
	{
		method: 'POST', path: '/alibaba/cart/preview/order', request: () => ({ body: { addressParam: ADDRESS_PARAM, cartIds: [501, 502] } }),
		check: (data) => {
			expect(data.length).toBeGreaterThanOrEqual(1);
			expect(data[0]).toEqual(expect.objectContaining({ sellerOpenId: str, sumPayment: num, sumCarriage: num, sumPaymentNoCarriage: num, status: true, cargoList: expect.any(Array) }));
			expect(data[0].sumPayment).toBe(data[0].sumCarriage + data[0].sumPaymentNoCarriage);
		},
	},
	{
		method: 'POST', path: '/alibaba/cart/create/order', request: () => ({ body: { flow: 'general', addressParam: ADDRESS_PARAM, cartIds: [503] } }),
		check: (data) => expect(data[0]).toEqual(expect.objectContaining({ baseInfo: expect.objectContaining({ idOfStr: expect.stringMatching(ID19), status: 'waitbuyerpay' }), success: true })),
	},
	// ---- Taobao order ----
	{
		method: 'POST', path: '/open/order', request: () => ({ body: SEED_002_BODY }),
		check: (data) => {
			expect(data.id).toMatch(ID19);
			expect(data.subOrderVOS.map((s: { itemId: string; quantity: number }) => [s.itemId, s.quantity])).toEqual([['600126245031041190', 200], ['600129202197070073', 200]]);
			expect(data.subOrderVOS[0]).toEqual(expect.objectContaining({ subOrderId: expect.stringMatching(ID19), taobaoPurchaseId: expect.stringMatching(/^\d{12}$/), taobaoSubPurchaseId: expect.stringMatching(/^\d{12}$/), errorCode: null }));
		},
	},
	{
		method: 'GET', path: '/open/order/page', request: () => ({ query: { pageNum: 1, pageSize: 5 } }),
		check: (data) => {
			expect(data.total).toBeGreaterThanOrEqual(120);
			expect(data.data).toHaveLength(5);
			expect(data.data[0]).toEqual(expect.objectContaining({ id: expect.stringMatching(ID19), orderNo: str, createTime: str, purchaseAmount: num, status: num, subOrderVOS: expect.any(Array) }));
			expect(data.data[0].subOrderVOS[0]).toEqual(expect.objectContaining({ subOrderResult: str, purchaseCurrency: 'CNY', itemId: str, skuId: str }));
		},
	},
	{
		method: 'GET', path: '/open/order/detail', request: () => ({ query: { orderId: '1022505290408395575' } }),
		check: (data) => expect(data).toEqual(expect.objectContaining({ id: '1022505290408395575', orderNo: '1022505290345480832', userName: 'Nguyen Thi Tuyet', orderSource: 'lazada', sellerOrderNumber: '1', createTime: '2023-09-22 13:50:59', purchaseAmount: 400 })),
	},
	{ method: 'POST', path: '/open/order/cancel', request: (h) => ({ body: { orderId: takeOrder(h, 'taobao', 0).id, cancelReason: 'no longer needed' } }), check: (data) => expect(data).toBe(true) },
	{ method: 'POST', path: '/open/order/pay', request: (h) => ({ body: { orderId: takeOrder(h, 'taobao', 0).id } }), check: (data) => expect(data).toEqual({ orderId: expect.stringMatching(ID19), status: 1 }) },
	{
		method: 'POST', path: '/open/order/voucher/upload', request: (h) => upload({ orderId: takeOrder(h, 'taobao', 0).id }),
		check: (data) => expect(data).toEqual({ orderId: expect.stringMatching(ID19), status: 1, voucherUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/__sandbox\/files\/voucher-\d+\.png$/) }),
	},
	{
		method: 'POST', path: '/open/order/updateWarehouse', request: (h) => ({ body: { warehouseAddress: '广西省', warehouseName: '一号仓库', orderId: takeOrder(h, 'taobao', 0).id } }),
		check: (data) => expect(data).toEqual(expect.objectContaining({ warehouseName: '一号仓库', warehouseAddress: '广西省' })),
	},
	{ method: 'POST', path: '/open/order/page/link/get', request: () => ({ body: { sourceType: 'item', bizId: '234576234' } }), check: (data) => expect(data).toMatch(/^https:\/\/distributor\.taobao\.global\/apps\/open\/imchat\?loginToken=/) },
	{
		method: 'GET', path: '/v2/taobao/order/logistics/detail/get', request: (h) => ({ query: { subPurchaseOrderId: takeOrder(h, 'taobao', 11).subPurchaseOrderIds![0] } }),
		check: (data) => {
			expect(data.purchaseOrderOuterId).toMatch(/^\d{12}$/);
			const detail = data.pnmLogisticsDetails[0];
			expect(detail).toEqual(expect.objectContaining({ mailNo: str, logisticsPartner: expect.any(Array), receiver: expect.objectContaining({ name: str }), logisticsGoods: expect.any(Array) }));
			expect(detail.logisticsTraces[0]).toEqual(expect.objectContaining({ statusDesc: str, action: str, time: str, status: str }));
		},
	},
	// ---- 1688 order ----
	{
		method: 'POST', path: '/v2/alibaba/order/create/preview', request: () => ({ body: SEED_003_BODY }),
		check: (data) => expect(data[0]).toEqual(expect.objectContaining({ sumPayment: 2300, sumCarriage: 400, sumPaymentNoCarriage: 1900, cargoList: [expect.objectContaining({ offerId: 743470146022, specId: 'e61a85a671bb3d0301d0412b51641c6b', amount: 19, finalUnitPrice: 19 })] })),
	},
	{ method: 'POST', path: '/v2/alibaba/order/create', request: () => ({ body: SEED_003_BODY }), check: (data) => expect(data).toEqual(expect.objectContaining({ orderId: expect.stringMatching(ID19), totalSuccessAmount: 2300, postFee: 400 })) },
	{
		method: 'POST', path: '/v2/alibaba/order/batch/create/preview',
		request: () => ({ body: { ...SEED_003_BODY, cargoParamList: [...SEED_003_BODY.cargoParamList, { offerId: '706627393257', specId: '', quantity: 2 }].slice(0, 1) } }),
		check: (data) => expect(data).toEqual([expect.objectContaining({ sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA', sumPayment: 2300 })]),
	},
	{
		method: 'POST', path: '/v2/alibaba/order/batch/create', request: () => ({ body: SEED_003_BODY }),
		check: (data, response) => {
			const [order] = data;
			expect(order).toEqual(expect.objectContaining({ nativeLogistics: expect.objectContaining({ areaCode: '330106', contactPerson: 'zhang' }), orderBizInfo: expect.any(Object), sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA', success: true, errorCode: null }));
			expect(order.baseInfo).toEqual(expect.objectContaining({ status: 'waitbuyerpay', totalAmount: 23, shippingFee: 4, sumProductPayment: 19, idOfStr: expect.stringMatching(ID19), tradeTypeCode: 'assureTrade' }));
			expect(order.productItems[0]).toEqual(expect.objectContaining({ productID: 743470146022, skuID: 5129230517256, specId: 'e61a85a671bb3d0301d0412b51641c6b', price: 19, statusStr: '等待买家付款', subItemIDString: expect.stringMatching(ID19) }));
			expect(response.text).toContain(`"id":${order.baseInfo.idOfStr},`);
		},
	},
	{ method: 'POST', path: '/alibaba/order/batch/submit/to/pay', request: (h) => ({ body: { orderIds: [takeOrder(h, '1688', 'waitbuyerpay').id] } }), check: (data) => expect(data).toEqual({ success: true, paidOrderIds: [expect.stringMatching(ID19)] }) },
	{
		method: 'POST', path: '/v2/alibaba/order/page', request: () => ({ body: { pageNo: 1, pageSize: 5 } }),
		check: (data) => {
			expect(data).toEqual(expect.objectContaining({ totalRecords: expect.any(Number), totalPage: Math.ceil(data.totalRecords / 5), pageSize: 5, currentPage: 1 }));
			expect(data.data[0]).toEqual(expect.objectContaining({ orderId: num, idOfStr: expect.stringMatching(ID19), status: str, totalAmount: num, productItems: expect.any(Array) }));
		},
	},
	{ method: 'POST', path: '/alibaba/order/detail', request: () => ({ body: { webSite: '1688', orderId: '2540608320348880794' } }), check: (data) => expect(data.baseInfo).toEqual(expect.objectContaining({ idOfStr: '2540608320348880794', totalAmount: 23 })) },
	{
		method: 'POST', path: '/v2/alibaba/order/cancel', request: () => ({ rawBody: '{"webSite":"1688","orderId":2542285634920880794,"cancelReason":"不想要了"}' }),
		check: (data, _r, h) => {
			expect(data).toBe(true);
			expect(h.sandbox.store.alibabaOrderById.get('2542285634920880794')?.status).toBe('cancel');
		},
	},
	{
		method: 'GET', path: '/v2/alibaba/order/pay/url', request: (h) => ({ query: { orderId: takeOrder(h, '1688', 'waitbuyerpay').id } }),
		check: (data) => expect(data).toEqual({ orderId: expect.stringMatching(ID19), protocolPaySuccess: false, payUrl: expect.stringMatching(/^https:\/\/trade\.1688\.com\//), cantPayOrderList: [] }),
	},
	{ method: 'POST', path: '/alibaba/order/receivegoods', request: (h) => ({ body: { orderId: takeOrder(h, '1688', 'waitbuyerreceive').id } }), check: (data) => expect(data).toEqual({ success: true, errorInfo: '', errorCode: '' }) },
	{
		method: 'GET', path: '/alibaba/order/logistics/trace', request: (h) => ({ query: { orderId: takeOrder(h, '1688', 'waitbuyerreceive').id } }),
		check: (data) => {
			expect(data.orderId).toMatch(ID19);
			expect(data.logisticsTrace[0]).toEqual(expect.objectContaining({ logisticsId: str, mailNo: str, companyName: str }));
			expect(data.logisticsTrace[0].steps[0]).toEqual({ acceptTime: str, remark: str });
		},
	},
	{ method: 'POST', path: '/alibaba/product/openuid/decrypt', request: () => ({ body: { offerId: '743470146022', openUid: 'BBBgGWh2O6JFI6v1aQuZVgRIA' } }), check: (data) => expect(data).toEqual(expect.objectContaining({ openUid: 'BBBgGWh2O6JFI6v1aQuZVgRIA', wangwangNick: '广州市大榕树皮具' })) },
	// ---- Warehouse logistics ----
	{
		method: 'POST', path: '/v2/open/pp/logistics/itemLogisticsPrice', request: () => ({ body: { itemId: '2048232789087639', skuId: '4970432383383', quantity: 1, receiverAddress: RECEIVER_ADDRESS, currency: 'USD', price: '12.50' } }),
		check: (data) => expect(data.freightOptions[0]).toEqual(expect.objectContaining({ serviceId: '1', companyName: str, freight: expect.stringMatching(/^\d+\.\d\d$/) })),
	},
	{
		method: 'POST', path: '/open/pp/logistics/orderRenderFreight',
		request: () => ({ body: { receiverAddress: RECEIVER_ADDRESS, renderItems: [{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, freightInfo: { serviceId: '1', companyName: '', serviceCategory: '' } }, { itemId: '2048232789087639', skuId: '4970432383383', quantity: 2, freightInfo: { serviceId: '2', companyName: '', serviceCategory: '' } }] } }),
		check: (data) => {
			expect(data.renderId).toMatch(/^FF\d{8}\d{5}$/);
			expect(data.renderItems).toHaveLength(2);
		},
	},
	{
		method: 'POST', path: '/open/pp/logistics/orderBookingFreight',
		request: async (h) => {
			const { renderId } = await ok(h, 'POST', '/open/pp/logistics/orderRenderFreight', { body: { receiverAddress: RECEIVER_ADDRESS, renderItems: [{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1 }] } });
			return { body: { renderId, receiverAddress: RECEIVER_ADDRESS, lineItems: [{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, title: 't', imageUrl: 'https://x/y.jpg', freightInfo: { serviceId: '1' }, currency: 'USD', price: '3.00' }], tmallOrderInfo: { tmallOrderId: '123' }, remark: '' } };
		},
		check: (data) => expect(data).toEqual(expect.objectContaining({ logisticsOrderNo: expect.stringMatching(/^FARUS\d{4}\d{6}YQ$/), renderId: expect.stringMatching(/^FF/) })),
	},
	{
		method: 'POST', path: '/open/pp/logistics/updateLogisticInfo',
		request: () => ({ body: { orderId: 'FARJP2408000013YQ'.replace(/\D/g, ''), tmallOrderId: '123', logisticInfos: [{ lineItem: { itemId: '2048020617114736', skuId: '413185732720', quantity: 1, title: 't', imageUrl: '' }, logisticNumer: 'FARJP2408000013YQ', domesticLogisticInfo: [{ logisticNumer: 'SF1234521212678', logisticCompanyName: '顺丰', rtsTime: '1754342534' }] }] } }),
		check: (data) => expect(data).toBe(true),
	},
	// ---- Products ----
	{
		method: 'GET', path: '/open/product/get', request: () => ({ query: { itemId: '672991141190' } }),
		check: (data, response) => {
			expect(data).toEqual(expect.objectContaining({ quantity: 400, title: '天穹发布商品,测试请不要拍', mpId: '2048057995392326', shopId: 268763467, price: 1, promotionPrice: 1, categoryId: '121452038', itemType: 'HAVE_MATERIAL', userNick: '测试账号tbc003', status: 'active' }));
			expect(data.skuList[0]).toEqual(expect.objectContaining({ skuId: '3452545926724', quantity: 200, price: 1, status: 'active' }));
			expect(response.text).toContain('"itemId":672991141190');
		},
	},
	{
		method: 'POST', path: '/open/product/batch/check', request: () => ({ body: { params: '[{"itemId":"672991141190","skuIds":["3452545926724"]},{"itemId":"1","skuIds":[]}]' } }),
		check: (data) => {
			expect(data.mpProducts).toEqual([expect.objectContaining({ itemId: '672991141190', mpId: '2048057995392326' })]);
			expect(data.noMpProductItemIds).toEqual(['1']);
			expect(data.noMpReasonList).toEqual([{ itemId: '1', reason: str }]);
		},
	},
	{
		method: 'POST', path: '/v2/taobao/product/item/search', request: () => ({ body: { keyword: '连衣裙', pageSize: 5, pageNo: 1, sort: 'tk_rate_desc' } }),
		check: (data) => {
			expect(data.total).toBeGreaterThan(0);
			expect(data.data.length).toBeLessThanOrEqual(5);
			expect(data.data[0]).toEqual(expect.objectContaining({ itemId: str, title: str, categoryName: '连衣裙', price: num }));
		},
	},
	{ method: 'POST', path: '/v2/taobao/product/image/search', request: () => ({ body: { imageBase64: PNG_BYTES.toString('base64'), pageNo: 1, pageSize: 10 } }), check: (data) => expect(data).toEqual(expect.objectContaining({ total: 20, data: expect.any(Array) })) },
	{
		method: 'POST', path: '/alibaba/product/detail/get', request: () => ({ body: { offerId: 706627393257, country: 'en', outMemberId: '' } }),
		check: (data) => expect(data).toEqual(expect.objectContaining({ offerId: 706627393257, categoryId: 1033054, subject: 'PVC插页文件夹A4加厚活页本文件夹防水外壳学生试卷收纳档案夹', subjectTrans: expect.stringMatching(/^PVC insert folder/), sellerOpenId: str, productSkuInfos: expect.any(Array) })),
	},
	{
		method: 'POST', path: '/alibaba/product/keywords/query', request: () => ({ body: { keyword: 'T恤', beginPage: 1, pageSize: 5, country: 'en' } }),
		check: (data) => {
			expect(data).toEqual(expect.objectContaining({ totalRecords: num, totalPage: num, pageSize: 5, currentPage: 1 }));
			expect(data.data[0]).toEqual(expect.objectContaining({ imageUrl: str, subject: expect.stringContaining('T恤'), subjectTrans: str, offerId: num, priceInfo: expect.objectContaining({ price: str }), monthSold: num }));
		},
	},
	{ method: 'POST', path: '/alibaba/product/image/query', request: () => ({ body: { imageBase64: JPEG_BYTES.toString('base64'), beginPage: 1, pageSize: 20, country: 'en' } }), check: (data) => expect(data).toEqual(expect.objectContaining({ totalRecords: 24, currentPage: 1, data: expect.any(Array) })) },
	{
		method: 'POST', path: '/alibaba/product/query/selleroffer', request: () => ({ body: { beginPage: 1, pageSize: 20, country: 'en', sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA' } }),
		check: (data, _r, h) => expect(data.data.map((o: { offerId: number }) => String(o.offerId)).sort()).toEqual(h.sandbox.store.offers.filter((o) => o.sellerOpenId === 'BBBgGWh2O6JFI6v1aQuZVgRIA').map((o) => o.offerId).sort()),
	},
	{ method: 'POST', path: '/v2/alibaba/product/productRelatedRecommendQuery', request: () => ({ body: { offerId: 'f6vE-dfY1NV37oG_fz9WSA', pageNo: 1, pageSize: 5, language: 'en' } }), check: (data) => expect(data).toEqual(expect.objectContaining({ pageSize: 5, currentPage: 1, data: expect.any(Array) })) },
	// ---- Taobao after-sales ----
	{
		method: 'POST', path: '/open/order/refund/queryList', request: () => ({ body: { pageNo: 1, pageSize: 5 } }),
		check: (data) => expect(data.data[0]).toEqual(expect.objectContaining({ refundId: expect.stringMatching(/^\d{12}$/), orderId: expect.stringMatching(ID19), refundStatus: num, refundFee: num })),
	},
	{
		method: 'POST', path: '/v2/taobao/order/refund/render', request: (h) => ({ body: { subOrderId: refundableTaobaoSub(h).subOrderId, refundType: 1, goodsStatus: 2 } }),
		check: (data) => {
			expect(data).toEqual(expect.objectContaining({ distributorId: str, currency: 'CNY', saleFlag: true }));
			expect(data.refundOrderTemplate.refundReasons[0]).toEqual({ reasonDesc: str, tips: str, reasonId: num });
			expect(data.refundOrderTemplate.maxRefundFee).toEqual(expect.objectContaining({ refundFee: num, canEditRefundFee: true }));
		},
	},
	{
		method: 'POST', path: '/open/order/refund/submit', request: (h) => {
			const sub = refundableTaobaoSub(h);
			return { body: { subOrderId: sub.subOrderId, refundType: 1, goodsStatus: 2, reasonId: 2, refundFee: sub.max, refundDesc: 'broken' } };
		},
		check: (data) => expect(data).toEqual({ refundId: expect.stringMatching(/^\d{12}$/) }),
	},
	{
		method: 'POST', path: '/open/order/refund/modify', request: async (h) => {
			const sub = refundableTaobaoSub(h);
			const { refundId } = await ok(h, 'POST', '/open/order/refund/submit', { body: { subOrderId: sub.subOrderId, refundType: 1, goodsStatus: 2, reasonId: 1, refundFee: 1 } });
			return { body: { refundId, refundFee: sub.max, refundDesc: 'all of it' } };
		},
		check: (data) => expect(data).toBe(true),
	},
	{
		method: 'GET', path: '/open/order/refund/cancel/{refundId}', request: async (h) => {
			const sub = refundableTaobaoSub(h);
			const { refundId } = await ok(h, 'POST', '/open/order/refund/submit', { body: { subOrderId: sub.subOrderId, refundType: 1, goodsStatus: 1, reasonId: 1, refundFee: 1 } });
			return { url: `/open/order/refund/cancel/${refundId}` };
		},
		check: (data) => {
			expect(data).toEqual(expect.objectContaining({ cancelSuccess: true, currency: 'CNY', distributorId: str }));
			expect(data.refundOrderAggregate.purchaseOrderLine).toEqual(expect.objectContaining({ createTime: num, itemTitle: str, postFee: 0 }));
		},
	},
	{ method: 'GET', path: '/v2/taobao/order/refund/query', request: () => ({ query: { refundId: '110000235001' } }), check: (data) => expect(data).toEqual(expect.objectContaining({ refundId: '110000235001', refundStatus: 10, refundType: 1, refundFee: num })) },
	{
		method: 'GET', path: '/open/order/refund/logistics/render', request: (h) => ({ query: { refundId: h.sandbox.store.taobaoRefunds.find((r) => r.refundType === 2)!.refundId } }),
		check: (data) => expect(data).toEqual(expect.objectContaining({ logisticsCompanies: expect.arrayContaining([{ code: 'SF', name: '顺丰快递' }]), receiverAddress: expect.objectContaining({ detailAddress: str }) })),
	},
	{
		method: 'POST', path: '/open/order/refund/logistics/submit', request: (h) => ({ body: { refundId: h.sandbox.store.taobaoRefunds.find((r) => r.refundType === 2 && r.status === 20)!.refundId, logisticsCompanyCode: 'SF', logisticsNo: 'SF12181323546' } }),
		check: (data) => expect(data).toBe(true),
	},
	{ method: 'POST', path: '/open/order/refund/message/list', request: () => ({ body: { refundId: '110000235001', pageNo: 1, pageSize: 10 } }), check: (data) => expect(data.data[0]).toEqual(expect.objectContaining({ refundId: '110000235001', content: str, sender: 'buyer', createTime: num })) },
	{ method: 'POST', path: '/open/order/refund/submit/message', request: () => ({ body: { refundId: '110000235001', refundMessage: '请尽快处理', refundImages: '' } }), check: (data) => expect(data).toBe(true) },
	// ---- 1688 after-sales ----
	{
		method: 'POST', path: '/alibaba/refund/reasons', request: (h) => {
			const order = refundableAlibabaOrder(h, 'success');
			return { body: { orderId: order.id, orderEntryIds: order.entryIds, goodsStatus: 'aftersaleBuyerReceived' } };
		},
		check: (data) => expect(data[0]).toEqual({ id: num, name: str, needVoucher: expect.any(Boolean) }),
	},
	{
		method: 'POST', path: '/v2/alibaba/refund/detail/create', request: (h) => {
			const order = refundableAlibabaOrder(h, 'success');
			return { body: { orderId: order.id, orderEntryIds: order.entryIds, disputeRequest: 'refund', applyPayment: order.maxPayment, applyCarriage: 0, applyReasonId: 20006, description: '不想买了', goodsStatus: 'aftersaleBuyerReceived' } };
		},
		check: (data) => expect(data).toEqual({ refundId: expect.stringMatching(/^TQ\d{17}$/) }),
	},
	{
		method: 'POST', path: '/alibaba/refund/voucher/upload', request: () => upload({}),
		check: (data) => expect(data).toEqual({ imageDomain: expect.stringMatching(/^http:/), imageRelativeUrl: expect.stringMatching(/^\/__sandbox\/files\//), url: expect.stringMatching(/\.png$/) }),
	},
	{
		method: 'POST', path: '/alibaba/refund/goods/return', request: async (h) => {
			const order = refundableAlibabaOrder(h, 'waitbuyerreceive');
			const { refundId } = await ok(h, 'POST', '/v2/alibaba/refund/detail/create', { body: { orderId: order.id, orderEntryIds: order.entryIds, disputeRequest: 'returnRefund', applyPayment: 100, applyCarriage: 0, applyReasonId: 20006, description: 'x', goodsStatus: 'aftersaleBuyerReceived' } });
			h.advanceRefund('1688', refundId);
			return { body: { refundId, logisticsCompanyNo: 'SF', freightBill: 'SF1234521212678', description: 'sent back' } };
		},
		check: (data) => expect(data).toBe(true),
	},
	{
		method: 'POST', path: '/alibaba/refund/info', request: (h) => ({ body: { refundId: h.sandbox.store.alibabaRefunds[0].refundId } }),
		check: (data) => expect(data).toEqual(expect.objectContaining({ id: expect.stringMatching(/^TQ/), applyPayment: num, applyCarriage: num, applyReason: str, applyReasonId: num, buyerMemberId: str, status: str })),
	},
	{ method: 'GET', path: '/alibaba/refund/logistics/companies', check: (data) => expect(data).toEqual(expect.arrayContaining([{ companyNo: 'SF', companyName: '顺丰速运' }])) },
	// ---- Foundations ----
	{ method: 'POST', path: '/open/address/list', request: () => ({ body: {} }), check: (data) => expect(data[0]).toEqual({ id: num, name: str, province: str, city: str, district: str, address: str, phone: str }) },
	{
		method: 'POST', path: '/open/address/addOrUpdate', thin: true,
		request: () => ({ body: { name: '张三', province: '浙江省', city: '杭州市', district: '余杭区', address: '测试地址', phone: '15068763421' } }),
		check: (_data, response) => expect(response.json).toEqual({ code: 0, msg: '成功' }),
	},
];

const key = (method: string, path: string) => `${method} ${path}`;

describe('every sandbox endpoint answers with its documented shape', () => {
	let sandbox: SandboxHandle;

	beforeAll(async () => {
		resetTaken();
		sandbox = await startSandbox();
	});
	afterAll(() => sandbox.close());

	it('covers every entry of the node endpoint catalogue and every sandbox route, once', () => {
		const catalogue = readFileSync(join(__dirname, '../../nodes/PandaPon/transport/endpoints.ts'), 'utf8');
		const catalogued = [...catalogue.matchAll(/method: '(GET|POST)',\s*path: '([^']+)'/g)].map(([, method, path]) => key(method, path));
		const tested = cases.map((c) => key(c.method, c.path));
		const served = sandbox.sandbox.router.routes.map((r) => key(r.method, r.path));
		expect(catalogued.length).toBeGreaterThanOrEqual(60);
		expect(new Set(tested).size).toBe(tested.length);
		expect([...tested].sort()).toEqual([...new Set(catalogued)].sort());
		expect([...served].sort()).toEqual([...tested].sort());
	});

	it.each(cases.map((c) => [key(c.method, c.path), c] as const))('%s', async (_name, testCase) => {
		const { url, ...options } = (await testCase.request?.(sandbox)) ?? {};
		const response = await call(sandbox, testCase.method, url ?? testCase.path, options);
		expect(response.status).toBe(200);
		if (!testCase.thin) {
			expect(response.json).toMatchObject({ code: 200, msg: '成功', developId: '1110890638347337996', requestId: expect.stringMatching(/^[0-9a-f]{32}$/) });
		}
		testCase.check(response.json.data, response, sandbox);
	});
});
