/** The sandbox's data model. Money is kept in fen (integer) everywhere; views convert where the docs show yuan. */

export interface SkuProperty {
	propId: number;
	propName: string;
	valueId: number;
	valueName: string;
}

export interface TaobaoSku {
	skuId: string;
	mpSkuId: string;
	price: number;
	promotionPrice: number;
	quantity: number;
	properties: SkuProperty[];
	picUrl: string | null;
}

export interface TaobaoItem {
	itemId: string;
	itemMapId: string;
	mpId: string;
	title: string;
	categoryId: string;
	categoryName: string;
	categoryPath: string;
	description: string;
	picUrls: string[];
	price: number;
	promotionPrice: number;
	quantity: number;
	shopId: number;
	shopName: string;
	userNick: string;
	skus: TaobaoSku[];
}

export interface Seller {
	sellerOpenId: string;
	loginId: string;
	companyName: string;
	contactName: string;
	mobile: string;
}

export interface AlibabaSpec {
	specId: string;
	skuId: string;
	price: number;
	amountOnSale: number;
	attributes: { name: string; value: string }[];
}

export interface AlibabaOffer {
	offerId: string;
	offerMapId: string;
	subject: string;
	subjectTrans: string;
	categoryId: number;
	imageUrl: string;
	sellerOpenId: string;
	unit: string;
	minOrderQuantity: number;
	price: number;
	shippingFee: number;
	monthSold: number;
	repurchaseRate: string;
	productCargoNumber: string;
	specs: AlibabaSpec[];
}

export interface TaobaoCartRecord {
	id: number;
	userId: string;
	platform: number;
	itemId: string;
	itemMapId: string | null;
	skuId: string;
	itemTitle: string;
	itemPic: string;
	mpId: string;
	mpSkuId: string;
	price: number;
	promotionPrice: number;
	properties: string;
	quantity: number;
	shopId: number;
	shopName: string;
	skuQuantity: number;
	userNick: string | null;
}

export interface AlibabaCartRecord {
	id: number;
	userId: string;
	offerId: string;
	specId: string;
	quantity: number;
}

export interface Receiver {
	name: string;
	phone: string;
	mobile_phone: string;
	country: string;
	state: string;
	city: string;
	district: string;
	address: string;
	zip: string;
}

export interface TaobaoSubOrder {
	subOrderId: string;
	orderLineNo: string;
	itemId: string;
	skuId: string;
	title: string;
	picUrl: string;
	quantity: number;
	/** Unit price in fen, as sent in the order line. */
	price: number;
	currency: string;
	shopNick: string;
	taobaoPurchaseId: string;
	taobaoSubPurchaseId: string;
	refundStatus: number;
}

/** Taobao purchase-order status (reference section 5, seed 004). */
export type TaobaoStatus = 0 | 1 | 2 | 3 | 4 | 5 | 9 | 10 | 11 | 12;

export interface TaobaoOrder {
	id: string;
	orderNo: string;
	userId: string;
	userName: string;
	sellerOrderNumber: string | null;
	orderSource: string | null;
	status: TaobaoStatus;
	purchaseAmount: number;
	receiver: Receiver;
	subOrders: TaobaoSubOrder[];
	createdAt: number;
	updatedAt: number;
	paidAt: number | null;
	shippedAt: number | null;
	closeReason: string | null;
	warehouseName: string | null;
	warehouseAddress: string | null;
	voucherUrls: string[];
	mailNo: string | null;
}

/** 1688 trade status (reference section 5). */
export type AlibabaStatus = 'waitbuyerpay' | 'waitsellersend' | 'waitbuyerreceive' | 'success' | 'cancel';

export interface AlibabaAddress {
	fullName: string;
	mobile: string;
	phone: string;
	postCode: string;
	provinceText: string;
	cityText: string;
	areaText: string;
	townText: string;
	address: string;
	districtCode: string;
}

export interface AlibabaOrderItem {
	subItemId: string;
	offerId: string;
	specId: string;
	skuId: string;
	name: string;
	imageUrl: string;
	unit: string;
	cargoNumber: string;
	attributes: { name: string; value: string }[];
	price: number;
	quantity: number;
}

export interface AlibabaOrder {
	id: string;
	orderNo: string;
	userId: string;
	sellerOpenId: string;
	status: AlibabaStatus;
	items: AlibabaOrderItem[];
	shippingFee: number;
	/** Seller price change in fen (negative = discount), from the admin price-modify hook. */
	adjustFee: number;
	address: AlibabaAddress;
	flow: string;
	message: string | null;
	createdAt: number;
	modifiedAt: number;
	paidAt: number | null;
	shippedAt: number | null;
	completedAt: number | null;
	closeReason: string | null;
	mailNo: string | null;
	logisticsCompany: string | null;
}

export interface RefundMessage {
	id: number;
	content: string;
	images: string[];
	sender: 'buyer' | 'seller';
	createdAt: number;
}

/** Taobao reverse-order status, reusing the documented sub-order refundStatus values (reference section 5). */
export type TaobaoRefundStatus = 10 | 20 | 30 | 100 | -10 | -20;

export interface TaobaoRefund {
	refundId: string;
	orderId: string;
	subOrderId: string;
	refundType: number;
	goodsStatus: number;
	reasonId: number;
	reasonDesc: string;
	refundFee: number;
	refundDesc: string;
	images: string[];
	status: TaobaoRefundStatus;
	createdAt: number;
	updatedAt: number;
	messages: RefundMessage[];
	returnLogistics: { companyCode: string; logisticsNo: string } | null;
}

/** 1688 refund status names as used by 1688's own refund API. */
export type AlibabaRefundStatus =
	| 'waitselleragree'
	| 'waitbuyersend'
	| 'waitsellerreceive'
	| 'refundsuccess'
	| 'refundclose';

export interface AlibabaRefund {
	refundId: string;
	orderId: string;
	orderEntryIds: string[];
	disputeRequest: 'refund' | 'returnRefund';
	applyPayment: number;
	applyCarriage: number;
	applyReasonId: number;
	applyReason: string;
	description: string;
	goodsStatus: string;
	vouchers: string[];
	status: AlibabaRefundStatus;
	createdAt: number;
	updatedAt: number;
	freightBill: string | null;
	logisticsCompanyNo: string | null;
}

export interface Address {
	id: number;
	userId: string;
	name: string;
	province: string;
	city: string;
	district: string;
	address: string;
	phone: string;
}

export interface FreightPreview {
	renderId: string;
	totalFreight: number;
	booked: boolean;
}

export interface StoredFile {
	name: string;
	contentType: string;
	data: Buffer;
}
