/**
 * A 1688 order as returned by batch create (seed 003), the order list and the order detail carries ~150 fields
 * (`baseInfo`, `productItems`, `nativeLogistics`, …). Simplify keeps what a workflow needs. Amounts are yuan, as
 * 1688 returns them (seed 003: price 19 + shippingFee 4 = totalAmount 23). Ids stay strings: the transport parses
 * 19-digit numbers losslessly, and `idOfStr` / `subItemIDString` are preferred where the API gives them.
 */
import type { IDataObject } from 'n8n-workflow';

import { isPlainObject } from '../../helpers/utils';

const asObject = (value: unknown): IDataObject => (isPlainObject(value) ? value : {});
const idText = (...candidates: unknown[]): string | null => {
	for (const candidate of candidates) {
		if (typeof candidate === 'string' && candidate !== '') return candidate;
		if (typeof candidate === 'number') return String(candidate);
	}
	return null;
};

function simplifyProduct(item: IDataObject): IDataObject {
	return {
		name: item.name ?? null,
		quantity: item.quantity ?? null,
		price: item.price ?? null,
		skuId: idText(item.skuID, item.skuId),
		specId: item.specId ?? null,
		productId: idText(item.productID, item.productId),
		subItemId: idText(item.subItemIDString, item.subItemID),
	};
}

/**
 * Whether a record is a 1688 order (so that Simplify applies). A failed element of a batch create still counts:
 * it carries `baseInfo: null` next to its errorCode. The single create's `{orderId, totalSuccessAmount}` does not.
 */
export function isAlibabaOrder(record: unknown): record is IDataObject {
	return (
		isPlainObject(record) &&
		('baseInfo' in record || 'productItems' in record || 'idOfStr' in record)
	);
}

export function simplifyOrder(record: IDataObject): IDataObject {
	// Detail and batch-create records nest the order fields in baseInfo; list records may carry them flat.
	const base = isPlainObject(record.baseInfo) ? record.baseInfo : record;
	const products = Array.isArray(record.productItems) ? record.productItems : [];
	const simple: IDataObject = {
		orderId: idText(base.idOfStr, base.id, record.idOfStr, record.orderId),
		status: base.status ?? null,
		totalAmount: base.totalAmount ?? null,
		shippingFee: base.shippingFee ?? null,
		sumProductPayment: base.sumProductPayment ?? null,
		sellerOpenId: record.sellerOpenId ?? null,
		sellerLoginId: base.sellerLoginId ?? null,
		createTime: base.createTime ?? null,
		products: products.map((item) => simplifyProduct(asObject(item))),
	};
	// Batch create reports per order whether it was created; list and detail records do not carry these.
	for (const key of ['success', 'errorCode', 'errorMsg'])
		if (key in record) simple[key] = record[key];
	return simple;
}

/** Simplify order-shaped records and leave anything else as it came. */
export function shapeOrders(records: unknown[], simplify: boolean): unknown[] {
	return simplify
		? records.map((record) => (isAlibabaOrder(record) ? simplifyOrder(record) : record))
		: records;
}
