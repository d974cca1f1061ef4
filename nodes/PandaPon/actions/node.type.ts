/** Every resource and its operations: the router, the structural test and the README table derive from this. */
export type PandaPonMap = {
	cart: 'add' | 'getAll' | 'delete' | 'updateQuantity' | 'preview' | 'createOrder';
	taobaoOrder:
		| 'create'
		| 'getAll'
		| 'get'
		| 'cancel'
		| 'pay'
		| 'uploadVoucher'
		| 'updateWarehouse'
		| 'getImLink'
		| 'getLogistics';
	alibabaOrder:
		| 'preview'
		| 'create'
		| 'batchPreview'
		| 'batchCreate'
		| 'submitForPayment'
		| 'getAll'
		| 'get'
		| 'cancel'
		| 'getPaymentUrl'
		| 'confirmReceipt'
		| 'getLogistics'
		| 'decryptWangwang';
	logistics: 'estimateItemFreight' | 'previewOrderFreight' | 'createInternationalOrder' | 'updateDomestic';
	product: 'get' | 'getMany' | 'search' | 'imageSearch' | 'searchStore' | 'getRelated';
	afterSales:
		| 'getAll'
		| 'render'
		| 'create'
		| 'update'
		| 'cancel'
		| 'get'
		| 'renderReturnLogistics'
		| 'submitReturnLogistics'
		| 'getMessages'
		| 'addMessage'
		| 'getReasons'
		| 'uploadVoucher'
		| 'submitReturn'
		| 'getLogisticsCompanies';
	address: 'getAll' | 'upsert';
	customApiCall: 'request';
};

export type PandaPonResource = keyof PandaPonMap;
