/**
 * Pieces shared by the Taobao order operations: the order picker, the status enum (reference section 5, seed 004),
 * the order shape returned by Get and Get Many (with Simplify), and PandaPon's date-time format.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { z } from 'zod';

import { parseLosslessJson } from '../../protocol/json';
import { isPlainObject, pick } from '../../helpers/utils';

export const orderIdProperty: INodeProperties = {
	displayName: 'Order',
	name: 'orderId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The PandaPon Taobao purchase order: pick it, or give its ID (19 digits) or an order link containing orderId=',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTaobaoOrders', searchable: true },
		},
		{
			displayName: 'By ID or Link',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1031992847890383164',
		},
	],
};

/** The order id parameter as text (a resource locator, or a plain string from older workflows and AI tools). */
export function readOrderId(this: IExecuteFunctions, itemIndex: number, name = 'orderId'): unknown {
	return this.getNodeParameter(name, itemIndex, '', { extractValue: true });
}

/** The output of an order write: PandaPon's object, or success and the order id when it answers true or nothing. */
export function orderWriteResult(data: unknown, orderId: string): IDataObject {
	return isPlainObject(data) ? data : { success: data !== false, orderId };
}

/** TaoBaoOrderStatusEnum (reference section 5; seed 004 lists 0-4, 10, 11). */
export const ORDER_STATUS_NAMES: Record<number, string> = {
	0: 'Awaiting Payment',
	1: 'Paid / Awaiting Finance',
	2: 'Finance Approved',
	3: 'Finance Rejected',
	4: 'Cancelled',
	5: 'Awaiting Finance Pay',
	9: 'Other',
	10: 'Awaiting Shipment',
	11: 'Shipped',
	12: 'Being Created',
};

export const orderStatusOptions = Object.entries(ORDER_STATUS_NAMES)
	.filter(([value]) => value !== '9')
	.map(([value, name]) => ({ name, value: Number(value) }))
	.sort((a, b) => a.name.localeCompare(b.name));

/** PandaPon writes and reads times as China Standard Time text (`"createTime": "2023-10-18 18:11:08"`). */
export const PANDAPON_ZONE = 'Asia/Shanghai';
export const PANDAPON_DATE_FORMAT = 'yyyy-MM-dd HH:mm:ss';
const DATE_MESSAGE = `expected a date and time (an n8n date, ISO 8601 text or "${PANDAPON_DATE_FORMAT}")`;

function toDateTime(value: unknown, workflowZone: string): DateTime | undefined {
	if (DateTime.isDateTime(value)) return value;
	if (value instanceof Date) return DateTime.fromJSDate(value);
	if (typeof value === 'number') return DateTime.fromMillis(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	// Already in PandaPon's format: taken as China time, as PandaPon shows it.
	const pandaPon = DateTime.fromFormat(text, PANDAPON_DATE_FORMAT, { zone: PANDAPON_ZONE });
	if (pandaPon.isValid) return pandaPon;
	// n8n's date picker gives ISO text without an offset, meant in the workflow's timezone.
	return DateTime.fromISO(text, { zone: workflowZone });
}

/** A date-time filter converted to PandaPon's "yyyy-MM-dd HH:mm:ss" in China time; empty means no filter. */
export const pandaPonDateTime = (workflowZone: string) =>
	z.preprocess((value, ctx) => {
		if (value === undefined || value === null || value === '') return undefined;
		const dateTime = toDateTime(value, workflowZone);
		if (!dateTime?.isValid) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: DATE_MESSAGE });
			return z.NEVER;
		}
		return dateTime.setZone(PANDAPON_ZONE).toFormat(PANDAPON_DATE_FORMAT);
	}, z.string().optional());

// ---- Order output (seed 004 record; seed 002 create response) ----

const ORDER_FIELDS = [
	'id',
	'orderNo',
	'status',
	'statusName',
	'sellerOrderNumber',
	'orderSource',
	'userName',
	'purchaseAmount',
	'createTime',
	'payTime',
	'subOrderVOS',
] as const;
const SUB_ORDER_FIELDS = [
	'subOrderId',
	'subPurchaseOrderId',
	'itemId',
	'skuId',
	'title',
	'quantity',
	'purchaseAmount',
	'purchaseCurrency',
	'domesticPostFee',
	'status',
	'closeReason',
	'errorCode',
	'errorMessage',
	'taobaoPurchaseId',
	'taobaoSubPurchaseId',
] as const;

/** `subOrderResult` is a JSON string (Taobao's own sub-order record); parsed losslessly, kept as text if it is not JSON. */
function parseSubOrderResult(value: unknown): unknown {
	if (typeof value !== 'string' || value.trim() === '') return value;
	try {
		return parseLosslessJson(value);
	} catch {
		return value;
	}
}

function shapeSubOrder(sub: IDataObject, simplify: boolean): IDataObject {
	const result = parseSubOrderResult(sub.subOrderResult);
	if (!simplify)
		return 'subOrderResult' in sub ? { ...sub, subOrderResult: result as IDataObject } : sub;
	// Simplified output drops the large blob but keeps the sub-purchase-order id that Get Logistics needs.
	const subPurchaseOrderId = isPlainObject(result) ? result.sub_purchase_order_id : undefined;
	const withId =
		subPurchaseOrderId !== undefined && subPurchaseOrderId !== null
			? { ...sub, subPurchaseOrderId }
			: sub;
	return withFenNumbers(pick(withId, SUB_ORDER_FIELDS), ['purchaseAmount', 'domesticPostFee']);
}

/**
 * Simplified output gives every amount in fen as a number: PandaPon sends the order's `purchaseAmount` as a number
 * but a line's as text ("400"). Text that is not a safe whole number is left as it is, never rounded.
 */
function withFenNumbers(record: IDataObject, fields: string[]): IDataObject {
	const result = { ...record };
	for (const field of fields) {
		const value = result[field];
		if (typeof value === 'string' && /^\d{1,15}$/.test(value.trim()))
			result[field] = Number(value.trim());
	}
	return result;
}

/**
 * Simplify: the fields a workflow reads, a readable `statusName`, and sub-orders without `subOrderResult`.
 * Full: the record as PandaPon sent it, except that `subOrderResult` is parsed into an object.
 */
export function shapeOrder(record: IDataObject, simplify: boolean): IDataObject {
	const subOrders = Array.isArray(record.subOrderVOS)
		? {
				subOrderVOS: record.subOrderVOS.map((sub) =>
					isPlainObject(sub) ? shapeSubOrder(sub, simplify) : sub,
				) as IDataObject[],
			}
		: {};
	if (!simplify) return { ...record, ...subOrders };
	const status = Number(record.status);
	const statusName =
		record.status === null || record.status === undefined ? undefined : ORDER_STATUS_NAMES[status];
	const simplified = pick(
		{ ...record, ...subOrders, ...(statusName ? { statusName } : {}) },
		ORDER_FIELDS,
	);
	// Says what the amounts are in, next to them (1 yuan = 100 fen).
	return { ...withFenNumbers(simplified, ['purchaseAmount']), amountUnit: 'fen' };
}
