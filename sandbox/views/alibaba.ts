/**
 * Response shapes for 1688 products and orders (reference 4.6, 4.8; seed 003). Order ids are 19-digit JSON numbers
 * where seed 003 shows numbers (`baseInfo.id`, `subItemID`), written exactly, next to their string twins
 * (`idOfStr`, `subItemIDString`). Money in these views is yuan, as in seed 003 (`totalAmount: 23`).
 */
import { exactNumber } from '../json';
import { ALIBABA_STATUS_TEXT, productAmount, totalAmount } from '../state/alibabaOrders';
import type { Store } from '../state/store';
import type { AlibabaOffer, AlibabaOrder } from '../state/types';
import { formatIso } from '../time';
import { traceSteps } from './trace';

export const yuan = (fen: number) => Math.round(fen) / 100;
const isoOrNull = (ms: number | null) => (ms === null ? null : formatIso(ms));

/** `AlibabaProductListInfoV2VO`, the 8 fields of 1688's cross-border search, plus `offerMapId`. */
export function alibabaListItem(offer: AlibabaOffer) {
	return {
		imageUrl: offer.imageUrl, subject: offer.subject, subjectTrans: offer.subjectTrans, offerId: Number(offer.offerId),
		offerMapId: offer.offerMapId, isJxhy: false,
		priceInfo: { price: yuan(offer.price).toFixed(2), jxhyPrice: null, pfJxhyPrice: null, consignPrice: yuan(offer.price).toFixed(2) },
		repurchaseRate: offer.repurchaseRate, monthSold: offer.monthSold,
	};
}

/** A-G1 `/alibaba/product/detail/get` data. */
export function alibabaProductDetail(store: Store, offer: AlibabaOffer) {
	const seller = store.seller(offer.sellerOpenId);
	return {
		offerId: Number(offer.offerId), offerMapId: offer.offerMapId, categoryId: offer.categoryId, categoryName: null,
		subject: offer.subject, subjectTrans: offer.subjectTrans, description: `<div id="offer-template-0"></div><p>${offer.subject}</p>`,
		mainVideo: null, detailVideo: null, productImage: { images: [offer.imageUrl], whiteImage: null },
		productAttribute: [{ attributeId: '1835', attributeName: '货号', value: offer.productCargoNumber, attributeNameTrans: 'Item number', valueTrans: offer.productCargoNumber }],
		productSkuInfos: offer.specs.map((spec) => ({
			amountOnSale: spec.amountOnSale, price: yuan(spec.price).toFixed(2), jxhyPrice: null, skuId: Number(spec.skuId),
			specId: spec.specId, consignPrice: yuan(spec.price).toFixed(2),
			skuAttributes: spec.attributes.map((a) => ({ attributeId: 3216, attributeName: a.name, attributeNameTrans: 'Color', value: a.value, valueTrans: a.value, skuImageUrl: null })),
		})),
		productSaleInfo: {
			amountOnSale: offer.specs.reduce((sum, spec) => sum + spec.amountOnSale, 0),
			priceRangeList: [{ startQuantity: offer.minOrderQuantity, price: yuan(offer.price).toFixed(2) }], quoteType: 1, unitInfo: { unit: offer.unit, transUnit: 'piece' },
		},
		productShippingInfo: { sendGoodsAddressText: '广东省 广州市', weight: 0.5, unitWeight: 0.5, shippingFee: yuan(offer.shippingFee) },
		isJxhy: false, sellerOpenId: offer.sellerOpenId, minOrderQuantity: offer.minOrderQuantity, batchNumber: null,
		status: 'published', tagInfoList: [{ key: 'isOnePsale', value: true }], traceInfo: `object_id@${offer.offerId}`,
		sellerMixSetting: null, productCargoNumber: offer.productCargoNumber, sellerDataInfo: null,
		soldOut: String(offer.monthSold), companyName: seller.companyName,
	};
}

function productItems(order: AlibabaOrder) {
	const statusStr = ALIBABA_STATUS_TEXT[order.status];
	return order.items.map((item) => ({
		cargoNumber: null, description: null, itemAmount: yuan(item.price * item.quantity), name: item.name,
		price: yuan(item.price), productID: Number(item.offerId), productImgUrl: [item.imageUrl.replace(/\.jpg$/, '.80x80.jpg'), item.imageUrl],
		productSnapshotUrl: `https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=${item.subItemId}`,
		quantity: item.quantity, refund: 0, skuID: Number(item.skuId), sort: null, status: order.status,
		subItemID: exactNumber(item.subItemId), type: 'common', unit: item.unit, weight: null, weightUnit: null,
		guaranteesTerms: [{ assuranceInfo: '卖家承诺买家签收货物后7天内,在“商品完好”的情形下,向买家提供退货服务。', assuranceType: 'qtwlybt', qualityAssuranceType: '7天无理由退货' }],
		productCargoNumber: item.cargoNumber, skuInfos: item.attributes, entryDiscount: 0, specId: item.specId, quantityFactor: 1,
		statusStr, refundStatus: null, closeReason: order.closeReason,
		logisticsStatus: order.shippedAt === null ? 1 : order.status === 'success' ? 3 : 2,
		gmtCreate: formatIso(order.createdAt), gmtModified: formatIso(order.modifiedAt), gmtCompleted: isoOrNull(order.completedAt),
		gmtPayExpireTime: null, refundId: null, subItemIDString: item.subItemId, refundIdForAs: null,
	}));
}

function baseInfo(store: Store, order: AlibabaOrder) {
	const seller = store.seller(order.sellerOpenId);
	const a = order.address;
	const paid = order.paidAt !== null;
	return {
		allDeliveredTime: isoOrNull(order.shippedAt), businessType: 'cb', buyerID: 'b2b-2217011889407ed2e0', buyerMemo: order.message,
		completeTime: isoOrNull(order.completedAt), createTime: formatIso(order.createdAt), currency: null,
		id: exactNumber(order.id), modifyTime: formatIso(order.modifiedAt), payTime: isoOrNull(order.paidAt),
		receivingTime: isoOrNull(order.completedAt), refund: 0, remark: null, sellerID: `b2b-${seller.mobile}`,
		sellerMemo: null, shippingFee: yuan(order.shippingFee), status: order.status, totalAmount: yuan(totalAmount(order)),
		discount: yuan(order.adjustFee),
		buyerContact: { phone: '86-0571-17799847985', fax: null, email: 'wanqing@pandapon.com', imInPlatform: 'pandaponpp2023', name: '陈翠珍', mobile: '17799847985', companyName: '杭州花熊科技有限公司' },
		tradeType: '50060', refundStatus: null, refundPayment: 0, idOfStr: order.id, alipayTradeId: paid ? `2025${order.id.slice(-12)}` : 'UNCREATED',
		receiverInfo: {
			toFullName: a.fullName, toDivisionCode: a.districtCode, toMobile: a.mobile, toPhone: a.phone, toPost: a.postCode,
			toTownCode: null, toArea: `${a.provinceText} ${a.cityText} ${a.areaText} ${a.townText} ${a.address}`,
		},
		buyerLoginId: 'pandaponpp2023', sellerLoginId: seller.loginId, closeReason: order.closeReason,
		sumProductPayment: yuan(productAmount(order)), stepPayAll: false, overSeaOrder: false,
		subBuyerLoginId: 'pandaponpp2023:uwebuy', sellerOrder: false, flowTemplateCode: 'assureTrade',
		sellerContact: { phone: '86-', fax: null, email: null, imInPlatform: seller.loginId, name: seller.contactName, mobile: seller.mobile, companyName: seller.companyName },
		newStepOrderList: [{
			gmtStart: formatIso(order.createdAt), gmtPay: isoOrNull(order.paidAt), gmtEnd: isoOrNull(order.completedAt), stepNo: 1,
			lastStep: true, stepName: '全款交易', activeStatus: 1, payStatus: paid ? 2 : 1, logisticsStatus: order.shippedAt === null ? 1 : 2,
			payFee: yuan(totalAmount(order)), paidFee: paid ? yuan(totalAmount(order)) : 0, adjustFee: yuan(order.adjustFee),
			discountFee: 0, postFee: yuan(order.shippingFee), paidPostFee: paid ? yuan(order.shippingFee) : 0,
		}],
		closeOperateType: '', couponFee: 0, tradeTypeDesc: '担保交易', payChannelList: [], tradeTypeCode: 'assureTrade',
		payTimeout: 432000, payTimeoutType: 0, payChannelCodeList: [], outOrderId: order.orderNo,
	};
}

/** One element of seed 003's batch-create `data` (also `/alibaba/order/detail` data): a realistic subset. */
export function alibabaOrderDetail(store: Store, order: AlibabaOrder) {
	const a = order.address;
	return {
		guaranteesTerms: null, internationalLogistics: null,
		nativeLogistics: {
			address: `${a.townText} ${a.address}`, area: a.areaText, areaCode: a.districtCode, city: a.cityText,
			contactPerson: a.fullName, fax: null, mobile: a.mobile, province: a.provinceText, telephone: a.phone, zip: a.postCode,
			logisticsItems: order.mailNo === null ? null : [{ logisticsBillNo: order.mailNo, logisticsCompanyName: order.logisticsCompany, status: 'alreadysend', deliveredTime: isoOrNull(order.shippedAt) }],
			townCode: null, town: null, caid: null, realLogisticsCompanyNo: null,
		},
		productItems: productItems(order), tradeTerms: [],
		extAttributes: [{ key: 'preSelectPayChannel', value: 'alipay', description: null }],
		orderRateInfo: { buyerRateStatus: 5, sellerRateStatus: 5, buyerRateList: null, sellerRateList: null },
		orderInvoiceInfo: null, customs: null, overseasExtraAddress: null, baseInfo: baseInfo(store, order),
		orderBizInfo: { odsCyd: false, accountPeriodTime: null, creditOrder: false, creditOrderDetail: null, preOrderInfo: null, dropshipping: false, shippingInsurance: 'givenByAnXinGou' },
		quoteList: null, fromEncryptOrder: false, encryptOutOrderInfo: null, outChannel: null, sendGoodsOverdueRisk: null,
		officialLogisticOrder: null, sellerOpenId: order.sellerOpenId, success: true, errorCode: null, errorMsg: null,
	};
}

/** A record of `/v2/alibaba/order/page`: `orderId` is a JSON number (exact), `idOfStr` its string twin. */
export function alibabaOrderRecord(store: Store, order: AlibabaOrder) {
	return {
		orderId: exactNumber(order.id), idOfStr: order.id, orderNo: order.orderNo, status: order.status,
		statusStr: ALIBABA_STATUS_TEXT[order.status], createTime: formatIso(order.createdAt), payTime: isoOrNull(order.paidAt),
		modifyTime: formatIso(order.modifiedAt), mailNo: order.mailNo, logisticsCompany: order.logisticsCompany, totalAmount: yuan(totalAmount(order)), shippingFee: yuan(order.shippingFee), sumProductPayment: yuan(productAmount(order)),
		sellerOpenId: order.sellerOpenId, sellerLoginId: store.seller(order.sellerOpenId).loginId, closeReason: order.closeReason,
		productItems: order.items.map((item) => ({
			productID: Number(item.offerId), name: item.name, quantity: item.quantity, price: yuan(item.price), specId: item.specId,
			skuID: Number(item.skuId), subItemID: exactNumber(item.subItemId), subItemIDString: item.subItemId, productImgUrl: [item.imageUrl],
		})),
	};
}

/** `/alibaba/order/logistics/trace` data (inferred endpoint; shape from the catalogue note). */
export function alibabaLogisticsTrace(order: AlibabaOrder, now: number) {
	return {
		orderId: order.id,
		logisticsTrace: order.mailNo === null ? [] : [{
			logisticsId: `LP00${order.id.slice(-12)}`, mailNo: order.mailNo, companyName: order.logisticsCompany,
			steps: traceSteps(order.shippedAt, now).map((step) => ({ acceptTime: step.time, remark: step.desc })),
		}],
	};
}
