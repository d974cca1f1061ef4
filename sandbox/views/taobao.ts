/** Response shapes for Taobao products and orders (reference 4.1, 4.2; seeds 002 and 004). */
import { exactNumber } from '../json';
import { TAOBAO_SUB_STATUS } from '../state/taobaoOrders';
import type { TaobaoItem, TaobaoOrder, TaobaoSubOrder } from '../state/types';
import { formatDateTime } from '../time';
import { traceSteps } from './trace';

/** T-G4 `/open/product/get` data; `itemId` and `shopId` are JSON numbers as in the documented example. */
export function taobaoProductDetail(item: TaobaoItem) {
	return {
		quantity: item.quantity, categoryPath: item.categoryPath, shopName: item.shopName, description: item.description,
		productUnit: null, picUrls: item.picUrls, title: item.title, mpId: item.mpId, categoryName: item.categoryName,
		itemId: exactNumber(item.itemId), userNick: item.userNick, price: item.price, beginAmount: 0, status: 'active',
		promotionPrice: item.promotionPrice, shopId: item.shopId, categoryId: item.categoryId, itemType: 'HAVE_MATERIAL',
		skuList: item.skus.map((sku) => ({
			picUrl: sku.picUrl, quantity: sku.quantity, price: sku.price, skuId: sku.skuId, status: 'active',
			promotionPrice: sku.promotionPrice, mpSkuId: sku.mpSkuId, properties: JSON.stringify(sku.properties),
		})),
	};
}

/** One hit of the Taobao keyword/image search (shape not documented; our choice, see README). */
export function taobaoSearchItem(item: TaobaoItem) {
	return {
		itemId: item.itemId, itemMapId: item.itemMapId, mpId: item.mpId, title: item.title, picUrl: item.picUrls[0],
		price: item.price, promotionPrice: item.promotionPrice, quantity: item.quantity, shopId: item.shopId,
		shopName: item.shopName, categoryId: item.categoryId, categoryName: item.categoryName,
	};
}

function subOrderResult(order: TaobaoOrder, sub: TaobaoSubOrder): string {
	return JSON.stringify({
		purchase_order_outer_id: order.orderNo, purchase_order_line_outer_id: sub.subOrderId,
		product_amount: String(sub.price * sub.quantity), quantity: sub.quantity, title: sub.title, purchase_currency: sub.currency,
		purchase_amount: sub.price * sub.quantity, item_id: sub.itemId, domestic_post_fee: 0, pay_currency: sub.currency,
		sub_purchase_order_id: sub.taobaoSubPurchaseId, sku_id: sub.skuId, status: TAOBAO_SUB_STATUS[order.status],
		option_fields: { SKU_IMG_URL: sub.picUrl }, closed: order.status === 4,
	});
}

/** The 15 sub-order fields of seed 002's create response. */
function subOrderBase(order: TaobaoOrder, sub: TaobaoSubOrder) {
	return {
		subOrderId: sub.subOrderId, orderNo: order.orderNo, quantity: sub.quantity, title: sub.title,
		purchaseCurrency: sub.currency, purchaseAmount: String(sub.price), itemId: sub.itemId, domesticPostFee: 0,
		closeReason: order.status === 4 ? order.closeReason : null, skuId: sub.skuId, status: TAOBAO_SUB_STATUS[order.status],
		taobaoPurchaseId: sub.taobaoPurchaseId, taobaoSubPurchaseId: sub.taobaoSubPurchaseId, errorCode: null, errorMessage: null,
	};
}

/** seed 002 `/open/order` data: `{id, orderNo, subOrderVOS, createTime}`, ids as strings. */
export function taobaoCreateResult(order: TaobaoOrder) {
	return {
		id: order.id, orderNo: order.orderNo, subOrderVOS: order.subOrders.map((sub) => subOrderBase(order, sub)),
		createTime: formatDateTime(order.createdAt),
	};
}

/** seed 004 `/open/order/page` record, plus the fields the sandbox also tracks (sellerNick, warehouse, vouchers). */
export function taobaoOrderRecord(order: TaobaoOrder) {
	return {
		id: order.id, orderNo: order.orderNo, sellerOrderNumber: order.sellerOrderNumber, userName: order.userName,
		orderSource: order.orderSource, createTime: formatDateTime(order.createdAt),
		payTime: order.paidAt === null ? null : formatDateTime(order.paidAt), updateTime: formatDateTime(order.updatedAt),
		mailNo: order.mailNo, purchaseAmount: order.purchaseAmount,
		status: order.status, sellerNick: order.subOrders[0]?.shopNick ?? null, closeReason: order.closeReason,
		warehouseName: order.warehouseName, warehouseAddress: order.warehouseAddress, voucherUrls: order.voucherUrls,
		receiver: order.receiver,
		subOrderVOS: order.subOrders.map((sub) => ({
			...subOrderBase(order, sub), subOrderResult: subOrderResult(order, sub), refundStatus: sub.refundStatus,
		})),
	};
}

/** T-O9 `TaoBaoLogisticsDetailVO` for one sub purchase order. */
export function taobaoLogisticsDetail(order: TaobaoOrder, sub: TaobaoSubOrder, now: number) {
	const shipped = order.status === 11 && order.mailNo !== null;
	const r = order.receiver;
	return {
		purchaseOrderOuterId: sub.taobaoSubPurchaseId,
		pnmLogisticsDetails: !shipped ? [] : [{
			mailNo: order.mailNo,
			logisticsTraces: traceSteps(order.shippedAt, now).map((step) => ({
				statusDesc: step.desc, province: step.city === '上海市' ? '上海' : '浙江省', city: step.city, district: '',
				action: step.action, facilityName: step.nextNode, time: step.time, standerdDesc: step.desc, status: step.status,
				nextCity: step.city, nextNodeName: step.nextNode,
			})),
			logisticsPartner: [{ companyImageUrl: 'https://img.alicdn.com/tfs/sf.png', company: '顺丰速运', companyContact: '95338' }],
			receiver: { zipCode: r.zip, address: r.address, province: r.state, city: r.city, district: r.district, phone: r.mobile_phone, name: r.name },
			logisticsGoods: [{ title: sub.title, property: '', imageUrl: sub.picUrl, quantity: sub.quantity }],
		}],
	};
}
