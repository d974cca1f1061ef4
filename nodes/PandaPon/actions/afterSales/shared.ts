/**
 * Parameters and schemas shared by the after-sales operations: Taobao reverse-order ids, 1688 refund ids,
 * lists of image URLs, and the (undocumented) Taobao refund enums, which are sent as plain numbers.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { isPlainObject } from '../../helpers/utils';
import { commaList, numericId } from '../../helpers/validation';

export const taobaoRefundIdProperty: INodeProperties = {
	displayName: 'Refund ID',
	name: 'refundId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 110000235001',
	description: 'ID of the Taobao reverse order (refund), as returned by Create or Get Many',
};

export const alibabaRefundIdProperty: INodeProperties = {
	displayName: 'Refund ID',
	name: 'refundId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. TQ41201993845372',
	description: 'ID of the 1688 refund, starting with TQ, as returned by Create',
};

export const taobaoRefundIdSchema = () => numericId('a Taobao refund ID');

/** 1688 refund ids start with TQ (ref 4.9 A-A5: "退款单号,TQ开头"). */
export const alibabaRefundIdSchema = () =>
	z
		.string({ invalid_type_error: 'expected a 1688 refund ID as text' })
		.trim()
		.regex(
			/^TQ[0-9A-Za-z]+$/,
			'expected a 1688 refund ID starting with TQ, such as TQ41201993845372',
		);

/** Text that must not be empty; `label` names it in the messages. */
export const requiredText = (label: string) =>
	z
		.string({ invalid_type_error: `expected ${label} as text` })
		.trim()
		.min(1, `${label} is required`);

/** Waybill number of a return parcel. */
export const trackingNumber = () =>
	requiredText('a tracking number').regex(
		/^[A-Za-z0-9-]+$/,
		'expected a tracking number of letters and digits',
	);

/** Comma-separated text or a list from an expression; each entry a link or path without spaces. */
export const urlList = (label: string) =>
	commaList(
		z.string().trim().regex(/^\S+$/, `expected ${label} without spaces`),
		`expected comma-separated ${label}s or a list of them`,
	);

// ---- Taobao enums (values not documented, reference section 5) ----

/** The documented Taobao sub-order refundStatus values; PandaPon's reverse orders are assumed to use them too. */
export const taobaoRefundStatusOptions = [
	{ name: 'Applied (10)', value: 10 },
	{ name: 'Closed (-20)', value: -20 },
	{ name: 'Refunded (100)', value: 100 },
	{ name: 'Seller Agreed (20)', value: 20 },
	{ name: 'Seller Refused (-10)', value: -10 },
	{ name: 'Waiting for Seller to Receive Return (30)', value: 30 },
];

export const refundDescProperty: INodeProperties = {
	displayName: 'Description',
	name: 'refundDesc',
	type: 'string',
	default: '',
	typeOptions: { rows: 3 },
};

export const refundTypeProperty: INodeProperties = {
	displayName: 'Refund Type',
	name: 'refundType',
	type: 'number',
	required: true,
	default: 1,
	description:
		'PandaPon refundType, sent as the number given. The values are not documented: take them from the Render operation (refundOrder.refundType).',
};

export const goodsStatusProperty: INodeProperties = {
	displayName: 'Goods Status',
	name: 'goodsStatus',
	type: 'number',
	required: true,
	default: 1,
	description:
		'PandaPon goodsStatus, sent as the number given. The values are not documented: take them from the Render operation (goodsStatusList).',
};

// ---- 1688 refunds ----

export const alibabaOrderIdProperty: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 2542285634920880794',
	description: '1688 order ID (19 digits), or an order link containing orderId=',
};

export const orderEntryIdsProperty: INodeProperties = {
	displayName: 'Sub-Order IDs',
	name: 'orderEntryIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 2542285634921880794,2542285634922880794',
	description:
		'Comma-separated IDs of the order lines concerned (subItemID / subItemIDString in the order details)',
};

/** goodsStatus values of 1688's refund API. */
export const alibabaGoodsStatusProperty: INodeProperties = {
	displayName: 'Goods Status',
	name: 'goodsStatus',
	type: 'options',
	required: true,
	default: 'refundWaitSellerSend',
	options: [
		{
			name: 'After Sale: Goods Not Received',
			value: 'aftersaleBuyerNotReceived',
		},
		{ name: 'After Sale: Goods Received', value: 'aftersaleBuyerReceived' },
		{ name: 'In Trade: Goods Received', value: 'refundBuyerReceived' },
		{
			name: 'In Trade: Waiting for Buyer to Receive',
			value: 'refundWaitBuyerReceive',
		},
		{
			name: 'In Trade: Waiting for Seller to Ship',
			value: 'refundWaitSellerSend',
		},
	],
	description: 'Where the goods are; it decides which refund reasons are offered',
};

export const ALIBABA_GOODS_STATUSES = [
	'refundWaitSellerSend',
	'refundWaitBuyerReceive',
	'refundBuyerReceived',
	'aftersaleBuyerNotReceived',
	'aftersaleBuyerReceived',
] as const;

export const alibabaGoodsStatusSchema = () =>
	z.enum(ALIBABA_GOODS_STATUSES, {
		errorMap: () => ({
			message: `expected one of ${ALIBABA_GOODS_STATUSES.join(', ')}`,
		}),
	});

/** Output of calls that answer `true` (or nothing): what was sent, and the answer as `success`. */
export function acknowledged(data: unknown, sent: IDataObject): IDataObject {
	if (isPlainObject(data)) return data;
	return { ...sent, success: data ?? true } as IDataObject;
}

/** The Taobao sub-order (order line) a refund is for: Render and Create. */
export const subOrderIdProperty: INodeProperties = {
	displayName: 'Sub-Order ID',
	name: 'subOrderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 200048859480',
	description: 'ID of the Taobao sub-order (one order line) to refund',
};
