import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import {
	jsonValue,
	numericId,
	parseInput,
	quantitySchema,
	taobaoItemIdSchema,
	wholeNumber,
} from '../../helpers/validation';
import { taobaoAddressProperties } from '../common.descriptions';
import { readAddress, readLines, taobaoAddressSchema } from '../common.input';

const properties: INodeProperties[] = [
	{
		displayName:
			'This places a real Taobao purchase order. It is sent exactly once and never retried automatically: if it fails, check Get Many before running it again.',
		name: 'realOrderNotice',
		type: 'notice',
		default: '',
	},
	...taobaoAddressProperties('receiver', 'Receiver'),
	{
		displayName: 'Order Lines Input',
		name: 'orderLinesMode',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Fields', value: 'fields', description: 'Type each order line' },
			{
				name: 'JSON',
				value: 'json',
				description: 'Give the order lines as a JSON array, for example from a previous node',
			},
		],
	},
	{
		displayName: 'Order Lines',
		name: 'orderLines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Order Line',
		default: {},
		displayOptions: { show: { orderLinesMode: ['fields'] } },
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					{
						displayName: 'Currency',
						name: 'currency',
						type: 'string',
						default: 'CNY',
					},
					{
						displayName: 'Item ID or Link',
						name: 'itemId',
						type: 'string',
						default: '',
						placeholder: 'e.g. 600126245031041190',
						description: 'Taobao item ID, or a Taobao / Tmall item link',
					},
					{
						displayName: 'Line Number',
						name: 'orderLineNo',
						type: 'string',
						default: '',
						description: 'Your own number for this line. Leave empty to number the lines 1, 2, 3….',
					},
					{
						displayName: 'Price (Fen)',
						name: 'price',
						type: 'number',
						default: 0,
						description: 'Unit price in fen (1 yuan = 100 fen). 0 is refused before sending.',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						default: 1,
						typeOptions: { minValue: 1 },
					},
					{
						displayName: 'SKU ID',
						name: 'skuId',
						type: 'string',
						default: '',
						placeholder: 'e.g. 5016042822039',
					},
				],
			},
		],
	},
	{
		displayName: 'Order Lines (JSON)',
		name: 'orderLinesJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { orderLinesMode: ['json'] } },
		description:
			'Array of lines, each {"itemId": "600126245031041190", "skuId": "5016042822039", "quantity": 2, "price": 1, "currency": "CNY"}. Prices in fen.',
	},
	{
		displayName: 'Budget (Fen)',
		name: 'purchaseAmount',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1 },
		description:
			'The most you agree to pay for this order, in fen (1 yuan = 100 fen). PandaPon "purchaseAmount".',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Order Source',
				name: 'orderSource',
				type: 'string',
				default: '',
				placeholder: 'e.g. lazada',
				description: 'The e-commerce platform your customer bought on',
			},
			{
				displayName: 'Seller Order Number',
				name: 'sellerOrderNumber',
				type: 'string',
				default: '',
				description: "Your customer's order number on that platform",
			},
		],
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const orderLineSchema = z.object({
	itemId: taobaoItemIdSchema(),
	skuId: numericId('a SKU ID'),
	quantity: quantitySchema,
	// A price of 0 fen is no price (the form's default): refused, not sent.
	price: wholeNumber(
		'expected the unit price in fen as a positive whole number (1 yuan = 100 fen)',
		1,
	),
	currency: z.string().trim().min(1).default('CNY'),
	orderLineNo: z.union([z.string(), z.number()]).optional(),
});

// seed 002: POST /open/order. receiver and orderLineList travel as JSON strings; purchaseAmount is in fen.
const schema = z.object({
	receiver: taobaoAddressSchema,
	orderLines: jsonValue(
		z
			.array(orderLineSchema, { invalid_type_error: 'expected a list of order lines' })
			.min(1, 'expected at least one order line'),
	),
	purchaseAmount: wholeNumber('expected the budget in fen as a positive whole number', 1),
	orderSource: z.string().trim().optional(),
	sellerOrderNumber: z.string().trim().optional(),
});

type OrderLine = z.output<typeof orderLineSchema>;

/** The documented line shape: every value a string, in the documented key order. */
function wireLine(line: OrderLine, index: number): IDataObject {
	const orderLineNo = String(line.orderLineNo ?? '').trim() || String(index + 1);
	return {
		itemId: line.itemId,
		orderLineNo,
		quantity: String(line.quantity),
		price: String(line.price),
		currency: line.currency,
		skuId: line.skuId,
	};
}

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const getParameter = (name: string, fallback?: unknown) =>
		this.getNodeParameter(name, itemIndex, fallback);
	const input = parseInput.call(
		this,
		schema,
		{
			receiver: readAddress(getParameter, 'receiver'),
			orderLines: readLines.call(this, 'orderLines', itemIndex),
			purchaseAmount: getParameter('purchaseAmount'),
			...(getParameter('additionalFields', {}) as IDataObject),
		},
		itemIndex,
	);
	return compact({
		purchaseAmount: input.purchaseAmount,
		receiver: JSON.stringify(compact(input.receiver)),
		orderLineList: JSON.stringify(input.orderLines.map(wireLine)),
		orderSource: input.orderSource,
		sellerOrderNumber: input.sellerOrderNumber,
	});
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'taobaoOrder.create', { body, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex);
}
