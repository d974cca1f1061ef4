/**
 * The endpoint catalogue: every PandaPon call the node makes, keyed `<resource>.<operation>[.<platform>]`.
 * Operations pass a key, never a path. `source` says where the path comes from:
 *   - `seed NNN`   a PandaPon documentation page in shared/seeds (wins over everything else),
 *   - `ref X.Y`    a section of the API reference (a readable copy of PandaPon's own docs),
 *   - `third-party` known only from a public third-party client,
 *   - `inferred`   not found in any readable page; derived from the API's naming. Use with care.
 * `retry: 'read'` marks calls that only read and may be retried; `never` marks anything that can create, pay,
 * cancel or submit (a GET that cancels is still `never`).
 * `envelope: 'thin'` marks endpoints that answer `{code: 0, msg}` on success (reference section 2).
 * `signQuery` marks the warehouse-logistics group, whose docs also ask for `timestamp` and `sign` query parameters.
 */
export type HttpMethod = 'GET' | 'POST';

export interface Endpoint {
	method: HttpMethod;
	path: string;
	source: string;
	retry: 'read' | 'never';
	envelope?: 'standard' | 'thin';
	/** Upper bound of ids per call for batch endpoints (not documented; our conservative choice). */
	maxBatch?: number;
	/** Body is multipart/form-data (file uploads). */
	multipart?: boolean;
	/** Envelope codes that mean success, when not the default (200, plus 0 for thin envelopes). */
	successCodes?: readonly number[];
	/** Short note for inferred endpoints: the body or query we send. */
	note?: string;
	/**
	 * List endpoints: the parameters that select records by last modification (Order Watch). Values are
	 * `format` text in `zone`. `reading` says how sure we are; the docs do not name the field they filter on.
	 */
	modifiedRange?: {
		from: string;
		to: string;
		in: 'query' | 'body';
		format: string;
		zone: string;
		reading: string;
	};
	/** List endpoints: the record field holding the last modification time, when records carry one. */
	modifiedField?: string;
	/**
	 * A success envelope whose `data` can still refuse: `data[flag] === false` is an error named `refusal`, with
	 * PandaPon's code and message in `data[code]` and `data[message]`.
	 */
	dataFailure?: { flag: string; code: string; message: string; refusal: string };
	/** List endpoints: how they page (transport `pagingOf`, `pandaPonRequestAllItems`). */
	paging?: PagingRule;
}

export interface PagingRule {
	/** Page-number parameter name, as documented per endpoint; the page size always goes as `pageSize`. */
	pageParam: 'pageNum' | 'pageNo' | 'beginPage';
	/** Where the paging parameters go. */
	in: 'query' | 'body';
	/** Largest page size we ask for (documented, or our conservative choice). */
	maxPageSize: number;
	/** The fields of `data` holding the records and the total; without them, the usual page shapes (extractPage). */
	records?: string;
	total?: string;
}

/**
 * Lists PandaPon documents only as {pageNo, pageSize} in the body: 20 per page (our conservative choice) and the
 * usual page shapes.
 */
const PAGE_NO_IN_BODY: PagingRule = { pageParam: 'pageNo', in: 'body', maxPageSize: 20 };
// ref 6: Taobao v2 search takes pageNo with 1 ≤ pageSize ≤ 40.
const TAOBAO_SEARCH: PagingRule = { pageParam: 'pageNo', in: 'body', maxPageSize: 40 };
// ref 4.6 A-G3: 1688 pages by beginPage; no maximum is documented, the examples use 20.
const ALIBABA_SEARCH: PagingRule = { pageParam: 'beginPage', in: 'body', maxPageSize: 20 };

export const endpoints = {
	// ---- Cart (ref 4.3 Taobao, 4.7 1688) ----
	'cart.add.taobao': {
		method: 'POST',
		path: '/open/cart/add',
		source: 'ref 4.3 (T-C5)',
		retry: 'never',
	},
	'cart.add.alibaba': {
		method: 'POST',
		path: '/alibaba/cart/add',
		source: 'inferred',
		retry: 'never',
		note: 'body {offerId|offerMapId, specId, quantity, sellerOpenId}; data: cart record id (integer)',
	},
	'cart.getAll.taobao': {
		method: 'GET',
		path: '/open/cart/list',
		source: 'inferred',
		retry: 'read',
		note: 'no parameters; data: array of cart records {id, itemId, skuId, itemTitle, itemPic, price, promotionPrice, quantity, shopId, shopName, ...}',
	},
	'cart.getAll.alibaba': {
		method: 'GET',
		path: '/v2/alibaba/cart/list',
		source: 'ref 4.7 (A-C4)',
		retry: 'read',
	},
	'cart.delete.taobao': {
		method: 'POST',
		path: '/open/cart/delete',
		source: 'inferred',
		retry: 'never',
		note: 'body {ids: integer[]}; data: true',
	},
	'cart.delete.alibaba': {
		method: 'POST',
		path: '/alibaba/cart/delete',
		source: 'inferred',
		retry: 'never',
		note: 'body {ids: integer[]}; data: true',
	},
	'cart.updateQuantity.taobao': {
		method: 'POST',
		path: '/open/cart/edit-quantity',
		source: 'inferred',
		retry: 'never',
		note: 'named after the documented 1688 path; body {id, quantity}; data: true',
	},
	'cart.updateQuantity.alibaba': {
		method: 'POST',
		path: '/alibaba/cart/edit-quantity',
		source: 'ref 4.7 (A-C3)',
		retry: 'never',
	},
	'cart.preview.taobao': {
		method: 'POST',
		path: '/v2/taobao/cart/confirm/order',
		source: 'seed 001',
		retry: 'read',
	},
	'cart.preview.alibaba': {
		method: 'POST',
		path: '/alibaba/cart/preview/order',
		source: 'ref 4.7 (A-C2)',
		retry: 'read',
	},
	'cart.createOrder.taobao': {
		method: 'POST',
		path: '/open/cart/create/order',
		source: 'seed 000',
		retry: 'never',
	},
	'cart.createOrder.alibaba': {
		method: 'POST',
		path: '/alibaba/cart/create/order',
		source: 'ref 4.7 (A-C1)',
		retry: 'never',
	},

	// ---- Taobao order (ref 4.2) ----
	'taobaoOrder.create': { method: 'POST', path: '/open/order', source: 'seed 002', retry: 'never' },
	// seed 004: GET /open/order/page?pageNum&pageSize; data {total, data[]}. The maximum page size is not documented:
	// 50 is our choice. The listing ends on the announced total, so a server that caps pages lower loses nothing.
	'taobaoOrder.getAll': {
		method: 'GET',
		path: '/open/order/page',
		source: 'seed 004',
		retry: 'read',
		paging: { pageParam: 'pageNum', in: 'query', maxPageSize: 50, records: 'data', total: 'total' },
		modifiedRange: {
			from: 'beginDateTime',
			to: 'endDateTime',
			in: 'query',
			format: 'yyyy-MM-dd HH:mm:ss',
			zone: 'Asia/Shanghai',
			reading:
				'seed 004 names the range but not its field; read as created or last modified (updateTime) in it',
		},
		modifiedField: 'updateTime',
	},
	'taobaoOrder.get': {
		method: 'GET',
		path: '/open/order/detail',
		source: 'inferred',
		retry: 'read',
		note: 'query {orderId}; data: one order as in /open/order/page',
	},
	'taobaoOrder.cancel': {
		method: 'POST',
		path: '/open/order/cancel',
		source: 'inferred',
		retry: 'never',
		note: 'body {orderId, cancelReason?}; data: true',
	},
	'taobaoOrder.pay': {
		method: 'POST',
		path: '/open/order/pay',
		source: 'inferred',
		retry: 'never',
		note: 'body {orderId}; data: {orderId, status}',
	},
	'taobaoOrder.uploadVoucher': {
		method: 'POST',
		path: '/open/order/voucher/upload',
		source: 'inferred',
		retry: 'never',
		multipart: true,
		note: 'multipart fields orderId and file; data: {orderId, status, voucherUrl}',
	},
	'taobaoOrder.updateWarehouse': {
		method: 'POST',
		path: '/open/order/updateWarehouse',
		source: 'ref 4.2 (T-O5)',
		retry: 'never',
	},
	'taobaoOrder.getImLink': {
		method: 'POST',
		path: '/open/order/page/link/get',
		source: 'ref 4.2 (T-O7)',
		retry: 'read',
	},
	'taobaoOrder.getLogistics': {
		method: 'GET',
		path: '/v2/taobao/order/logistics/detail/get',
		source: 'ref 4.2 (T-O9)',
		retry: 'read',
	},

	// ---- 1688 order (ref 4.8, seed 003) ----
	'alibabaOrder.preview': {
		method: 'POST',
		path: '/v2/alibaba/order/create/preview',
		source: 'ref 4.8 (A-O6)',
		retry: 'read',
	},
	'alibabaOrder.create': {
		method: 'POST',
		path: '/v2/alibaba/order/create',
		source: 'ref 4.8 (A-O7)',
		retry: 'never',
	},
	'alibabaOrder.batchPreview': {
		method: 'POST',
		path: '/v2/alibaba/order/batch/create/preview',
		source: 'inferred',
		retry: 'read',
		note: 'same body as batch create; data: array of previews per seller',
	},
	'alibabaOrder.batchCreate': {
		method: 'POST',
		path: '/v2/alibaba/order/batch/create',
		source: 'seed 003',
		retry: 'never',
	},
	'alibabaOrder.submitForPayment': {
		method: 'POST',
		path: '/alibaba/order/batch/submit/to/pay',
		source: 'ref 4.8 (A-O1)',
		retry: 'never',
	},
	// Inferred paging: a page size of 50 is our choice (1688 documents none here); the listing ends on totalRecords.
	'alibabaOrder.getAll': {
		method: 'POST',
		path: '/v2/alibaba/order/page',
		source: 'ref 4.8 (A-O5)',
		retry: 'read',
		paging: {
			pageParam: 'pageNo',
			in: 'body',
			maxPageSize: 50,
			records: 'data',
			total: 'totalRecords',
		},
		note: 'paging fields not documented: we send {pageNo, pageSize, status?}; data {totalRecords,totalPage,pageSize,currentPage,data[]}',
		modifiedRange: {
			from: 'modifyStartTime',
			to: 'modifyEndTime',
			in: 'body',
			format: 'yyyy-MM-dd HH:mm:ss',
			zone: 'Asia/Shanghai',
			reading: "inferred: 1688's own buyer order list names; PandaPon documents no range here",
		},
		modifiedField: 'modifyTime',
	},
	'alibabaOrder.get': {
		method: 'POST',
		path: '/alibaba/order/detail',
		source: 'ref 4.8 (A-O11)',
		retry: 'read',
	},
	'alibabaOrder.cancel': {
		method: 'POST',
		path: '/v2/alibaba/order/cancel',
		source: 'ref 4.8 (A-O8)',
		retry: 'never',
	},
	'alibabaOrder.getPaymentUrl': {
		method: 'GET',
		path: '/v2/alibaba/order/pay/url',
		source: 'ref 4.8 (A-O9)',
		retry: 'read',
	},
	// ref 4.8 (A-O10): code 200 with data {success: false, errorCode, errorInfo} when 1688 refuses.
	'alibabaOrder.confirmReceipt': {
		method: 'POST',
		path: '/alibaba/order/receivegoods',
		source: 'ref 4.8 (A-O10)',
		retry: 'never',
		dataFailure: {
			flag: 'success',
			code: 'errorCode',
			message: 'errorInfo',
			refusal: '1688 refused to confirm receipt',
		},
	},
	'alibabaOrder.getLogistics': {
		method: 'GET',
		path: '/alibaba/order/logistics/trace',
		source: 'inferred',
		retry: 'read',
		note: 'query {orderId}; data: {orderId, logisticsTrace[]{logisticsId, mailNo, companyName, steps[]{acceptTime, remark}}}',
	},
	'alibabaOrder.decryptWangwang': {
		method: 'POST',
		path: '/alibaba/product/openuid/decrypt',
		source: 'third-party',
		retry: 'read',
	},

	// ---- Warehouse logistics (ref 4.12; query timestamp+sign, see protocol/sign.ts) ----
	'logistics.estimateItemFreight': {
		method: 'POST',
		path: '/v2/open/pp/logistics/itemLogisticsPrice',
		source: 'ref 4.12 (W1)',
		retry: 'read',
	},
	'logistics.previewOrderFreight': {
		method: 'POST',
		path: '/open/pp/logistics/orderRenderFreight',
		source: 'ref 4.12 (W2)',
		retry: 'read',
	},
	'logistics.createInternationalOrder': {
		method: 'POST',
		path: '/open/pp/logistics/orderBookingFreight',
		source: 'ref 4.12 (W3)',
		retry: 'never',
	},
	'logistics.updateDomestic': {
		method: 'POST',
		path: '/open/pp/logistics/updateLogisticInfo',
		source: 'ref 4.12 (W4)',
		retry: 'never',
	},

	// ---- Product (ref 4.1 Taobao, 4.6 1688) ----
	'product.get.taobao': {
		method: 'GET',
		path: '/open/product/get',
		source: 'ref 4.1 (T-G4)',
		retry: 'read',
	},
	'product.getMany.taobao': {
		method: 'POST',
		path: '/open/product/batch/check',
		source: 'ref 4.1 (T-G3)',
		retry: 'read',
		maxBatch: 50,
	},
	'product.search.taobao': {
		method: 'POST',
		path: '/v2/taobao/product/item/search',
		source: 'ref 4.1 (T-G2)',
		retry: 'read',
		paging: TAOBAO_SEARCH,
	},
	'product.imageSearch.taobao': {
		method: 'POST',
		path: '/v2/taobao/product/image/search',
		source: 'inferred',
		retry: 'read',
		paging: TAOBAO_SEARCH,
		note: 'body like the 1688 image search: {imageBase64 | imageAddress, pageNo, pageSize}; data {total, data[]}',
	},
	'product.get.alibaba': {
		method: 'POST',
		path: '/alibaba/product/detail/get',
		source: 'ref 4.6 (A-G1)',
		retry: 'read',
	},
	'product.search.alibaba': {
		method: 'POST',
		path: '/alibaba/product/keywords/query',
		source: 'ref 4.6 (A-G3)',
		retry: 'read',
		paging: ALIBABA_SEARCH,
	},
	'product.imageSearch.alibaba': {
		method: 'POST',
		path: '/alibaba/product/image/query',
		source: 'ref 4.6 (A-G4)',
		retry: 'read',
		paging: ALIBABA_SEARCH,
	},
	'product.searchStore.alibaba': {
		method: 'POST',
		path: '/alibaba/product/query/selleroffer',
		source: 'ref 4.6 (A-G5)',
		retry: 'read',
		paging: ALIBABA_SEARCH,
	},
	'product.getRelated.alibaba': {
		method: 'POST',
		path: '/v2/alibaba/product/productRelatedRecommendQuery',
		source: 'ref 4.6 (A-G8)',
		retry: 'read',
		paging: PAGE_NO_IN_BODY,
	},

	// ---- After-sales (ref 4.4 Taobao reverse orders, 4.9 1688 refunds) ----
	'afterSales.getAll.taobao': {
		method: 'POST',
		path: '/open/order/refund/queryList',
		source: 'ref 4.4 (T-A1)',
		retry: 'read',
		paging: PAGE_NO_IN_BODY,
	},
	'afterSales.render.taobao': {
		method: 'POST',
		path: '/v2/taobao/order/refund/render',
		source: 'ref 4.4 (T-A2)',
		retry: 'read',
	},
	'afterSales.create.taobao': {
		method: 'POST',
		path: '/open/order/refund/submit',
		source: 'inferred',
		retry: 'never',
		note: 'body {subOrderId, refundType, goodsStatus, reasonId, refundFee, refundDesc?, images?}; data {refundId}',
	},
	'afterSales.update.taobao': {
		method: 'POST',
		path: '/open/order/refund/modify',
		source: 'inferred',
		retry: 'never',
		note: 'body {refundId, refundType?, goodsStatus?, reasonId?, refundFee?, refundDesc?}; data true',
	},
	'afterSales.cancel.taobao': {
		method: 'GET',
		path: '/open/order/refund/cancel/{refundId}',
		source: 'ref 4.4 (T-A5)',
		retry: 'never',
	},
	'afterSales.get.taobao': {
		method: 'GET',
		path: '/v2/taobao/order/refund/query',
		source: 'ref 4.4 (T-A10)',
		retry: 'read',
	},
	'afterSales.renderReturnLogistics.taobao': {
		method: 'GET',
		path: '/open/order/refund/logistics/render',
		source: 'inferred',
		retry: 'read',
		note: 'query {refundId}; data {refundId, receiverAddress, logisticsCompanies[]{code, name}}',
	},
	'afterSales.submitReturnLogistics.taobao': {
		method: 'POST',
		path: '/open/order/refund/logistics/submit',
		source: 'inferred',
		retry: 'never',
		note: 'body {refundId, logisticsCompanyCode, logisticsNo}; data true',
	},
	'afterSales.getMessages.taobao': {
		method: 'POST',
		path: '/open/order/refund/message/list',
		source: 'inferred',
		retry: 'read',
		paging: PAGE_NO_IN_BODY,
		note: 'body {refundId, pageNo, pageSize}; data {total, data[]}',
	},
	'afterSales.addMessage.taobao': {
		method: 'POST',
		path: '/open/order/refund/submit/message',
		source: 'ref 4.4 (T-A6)',
		retry: 'never',
	},
	'afterSales.getReasons.alibaba': {
		method: 'POST',
		path: '/alibaba/refund/reasons',
		source: 'inferred',
		retry: 'read',
		note: 'body {orderId, orderEntryIds, goodsStatus}; data [{id, name, needVoucher}]',
	},
	'afterSales.create.alibaba': {
		method: 'POST',
		path: '/v2/alibaba/refund/detail/create',
		source: 'ref 4.9 (A-A4)',
		retry: 'never',
	},
	'afterSales.uploadVoucher.alibaba': {
		method: 'POST',
		path: '/alibaba/refund/voucher/upload',
		source: 'inferred',
		retry: 'never',
		multipart: true,
		note: 'multipart field file; data {imageDomain, imageRelativeUrl, url}',
	},
	'afterSales.submitReturn.alibaba': {
		method: 'POST',
		path: '/alibaba/refund/goods/return',
		source: 'ref 4.9 (A-A5)',
		retry: 'never',
	},
	'afterSales.get.alibaba': {
		method: 'POST',
		path: '/alibaba/refund/info',
		source: 'ref 4.9 (A-A1)',
		retry: 'read',
	},
	'afterSales.getLogisticsCompanies.alibaba': {
		method: 'GET',
		path: '/alibaba/refund/logistics/companies',
		source: 'inferred',
		retry: 'read',
		note: 'no parameters; data [{companyNo, companyName}]',
	},

	// ---- Address (ref 4.11) ----
	'address.getAll': {
		method: 'POST',
		path: '/open/address/list',
		source: 'inferred',
		retry: 'read',
		note: 'seed 000 menu: "Get user address information" POST; body {}; data [{id, name, province, city, district, address, phone}]',
	},
	'address.upsert': {
		method: 'POST',
		path: '/open/address/addOrUpdate',
		source: 'ref 4.11 (B1)',
		retry: 'never',
		envelope: 'thin',
	},
} as const satisfies Record<string, Endpoint>;

export type EndpointKey = keyof typeof endpoints;

export function getEndpoint(key: EndpointKey): Endpoint {
	return endpoints[key];
}

/** The catalogue keys of one operation: `resource.operation`, or one per platform (`resource.operation.platform`). */
export function endpointKeysOf(resource: string, operation: string): EndpointKey[] {
	const prefix = `${resource}.${operation}`;
	return (Object.keys(endpoints) as EndpointKey[]).filter(
		(key) => key === prefix || key.startsWith(`${prefix}.`),
	);
}
