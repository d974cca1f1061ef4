/** Create for 1688: a refund or return-and-refund application (ref 4.9 A-A4). */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { readParameters } from '../../helpers/utils';
import { enumNumber, fen, idList, orderIdSchema, parseInput } from '../../helpers/validation';
import {
	alibabaGoodsStatusProperty,
	alibabaGoodsStatusSchema,
	alibabaOrderIdProperty,
	orderEntryIdsProperty,
	urlList,
} from './shared';

export const properties: INodeProperties[] = [
	alibabaOrderIdProperty,
	orderEntryIdsProperty,
	{
		displayName: 'Request',
		name: 'disputeRequest',
		type: 'options',
		required: true,
		default: 'refund',
		options: [
			{ name: 'Refund Only', value: 'refund' },
			{
				name: 'Return and Refund',
				value: 'returnRefund',
				description: 'Only once the goods were received',
			},
		],
	},
	alibabaGoodsStatusProperty,
	{
		displayName: 'Reason ID',
		name: 'applyReasonId',
		type: 'number',
		required: true,
		default: 0,
		description:
			'One of the reason IDs returned by the Get Reasons operation for the same goods status',
	},
	{
		displayName: 'Refund Amount (Fen)',
		name: 'applyPayment',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Amount of the goods to get back, in fen (100 fen = 1 yuan)',
	},
	{
		displayName: 'Refund Shipping (Fen)',
		name: 'applyCarriage',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Shipping cost to get back, in fen (100 fen = 1 yuan)',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		description: 'Why you ask for the refund, for the seller',
	},
	{
		displayName: 'Voucher URLs',
		name: 'vouchers',
		type: 'string',
		default: '',
		description: 'Comma-separated image URLs, as returned by the Upload Voucher operation',
	},
	{
		displayName: 'Quantities per Sub-Order',
		name: 'orderEntryCountList',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Quantity',
		default: {},
		description: 'For a partial refund: how many pieces of each sub-order are concerned',
		options: [
			{
				displayName: 'Quantity',
				name: 'entries',
				values: [
					{
						displayName: 'Sub-Order ID',
						name: 'id',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Count',
						name: 'count',
						type: 'number',
						default: 1,
						typeOptions: { minValue: 1 },
					},
				],
			},
		],
	},
];

// ref 4.9 (A-A4): required orderId, orderEntryIds[], disputeRequest, applyPayment, applyCarriage, applyReasonId,
// description, goodsStatus; optional vouchers[], orderEntryCountList[{id, count}]. Ids stay strings (19 digits).
const schema = z.object({
	orderId: orderIdSchema(),
	orderEntryIds: idList('sub-order ID'),
	disputeRequest: z.enum(['refund', 'returnRefund'], {
		errorMap: () => ({ message: 'expected refund or returnRefund' }),
	}),
	goodsStatus: alibabaGoodsStatusSchema(),
	applyReasonId: enumNumber('Reason ID'),
	applyPayment: fen('Refund Amount'),
	applyCarriage: fen('Refund Shipping'),
	description: z
		.string({ required_error: 'a description is required' })
		.trim()
		.min(1, 'a description is required'),
	vouchers: urlList('voucher URL'),
	orderEntryCountList: z.array(
		z.object({
			id: z
				.string()
				.trim()
				.regex(/^\d{1,20}$/, 'expected a sub-order ID (digits only)'),
			count: z
				.number({ invalid_type_error: 'expected a whole number' })
				.int()
				.safe('expected a whole number')
				.positive('expected 1 or more'),
		}),
	),
});

export function parseBody(this: IExecuteFunctions, itemIndex: number) {
	const input = readParameters.call(this, properties, itemIndex);
	input.orderEntryCountList = (input.orderEntryCountList as IDataObject)?.entries ?? [];
	const { vouchers, orderEntryCountList, ...body } = parseInput.call(
		this,
		schema,
		input,
		itemIndex,
	);
	return {
		...body,
		...(vouchers.length ? { vouchers } : {}),
		...(orderEntryCountList.length ? { orderEntryCountList } : {}),
	};
}

export type Body = ReturnType<typeof parseBody>;
