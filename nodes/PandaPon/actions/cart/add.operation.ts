import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, isPlainObject, pick, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseAlibabaOfferId } from '../../helpers/ids';
import {
	jsonValue,
	numericId,
	parseInput,
	quantitySchema,
	taobaoItemIdSchema,
	wholeNumber,
} from '../../helpers/validation';
import { cartDisplay, readPlatform, userIdProperty } from './shared';

const quantityProperty: INodeProperties = {
	displayName: 'Quantity',
	name: 'quantity',
	type: 'number',
	required: true,
	default: 1,
	typeOptions: { minValue: 1 },
	description: 'Number of pieces to put in the cart',
};

const taobaoProperties: INodeProperties[] = [
	{
		displayName: 'Item ID or Link',
		name: 'itemId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 672991141190',
		description:
			'Taobao item ID, or a Taobao / Tmall item link (item.taobao.com/item.htm?…, detail.tmall.com/…)',
	},
	{
		displayName: 'SKU ID',
		name: 'skuId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3452545926724',
		description: 'Taobao SKU ID of the chosen variant (from Product → Get, skuList)',
	},
	{
		displayName: 'Distribution Item ID (MP ID)',
		name: 'mpId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2048057995392326',
		description: 'The item\'s "mpId" from Product → Get',
	},
	{
		displayName: 'Distribution SKU ID (MP SKU ID)',
		name: 'mpSkuId',
		type: 'string',
		required: true,
		default: '',
		description: 'The SKU\'s "mpSkuId" from Product → Get (skuList)',
	},
	{
		displayName: 'Price (Fen)',
		name: 'price',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0 },
		description:
			'Unit price in fen (1 yuan = 100 fen), as Product → Get returns it in skuList. 0 is refused before sending.',
	},
];

const taobaoAdditionalFields: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Item Picture URL', name: 'itemPic', type: 'string', default: '' },
			{ displayName: 'Item Title', name: 'itemTitle', type: 'string', default: '' },
			{
				displayName: 'Promotion Price (Fen)',
				name: 'promotionPrice',
				type: 'number',
				default: 0,
				description: 'Promotional unit price in fen (1 yuan = 100 fen)',
			},
			{ displayName: 'Shop ID', name: 'shopId', type: 'string', default: '' },
			{ displayName: 'Shop Name', name: 'shopName', type: 'string', default: '' },
			{
				displayName: 'SKU Properties (JSON)',
				name: 'properties',
				type: 'json',
				default: '[]',
				description:
					'The SKU\'s properties as a JSON array, for example [{"propId":1627207,"propName":"颜色分类","valueId":28324,"valueName":"黄色"}]. Sent to PandaPon as a JSON string.',
			},
			{
				displayName: 'SKU Stock',
				name: 'skuQuantity',
				type: 'number',
				default: 0,
				description: 'Stock of the SKU',
			},
			userIdProperty,
			{ displayName: 'User Nickname', name: 'userNick', type: 'string', default: '' },
		],
	},
];

const alibabaProperties: INodeProperties[] = [
	{
		displayName: 'Offer ID or Link',
		name: 'offerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 706627393257 or https://detail.1688.com/offer/706627393257.html',
		description:
			'1688 offer (product) ID, a 1688 offer link, or a v2 offer map ID such as f6vE-dfY1NV37oG_fz9WSA',
	},
	{
		displayName: 'Spec ID',
		name: 'specId',
		type: 'string',
		default: '',
		description:
			'The specId of the chosen variant (from Product → Get). Leave empty for offers without variants.',
	},
];

const alibabaOptionalFields: INodeProperties[] = [
	{
		displayName: 'Seller Open ID',
		name: 'sellerOpenId',
		type: 'string',
		default: '',
		placeholder: 'e.g. BBBwAN4GQ60zRPzBkv7BYPJRQ',
		description: "The offer's sellerOpenId (from Product → Get). Optional.",
	},
];

// Quantity is declared once for both platforms so its value survives a platform switch.
export const description: INodeProperties[] = [
	...updateDisplayOptions(cartDisplay('add', 'taobao'), taobaoProperties),
	...updateDisplayOptions(cartDisplay('add', 'alibaba'), alibabaProperties),
	...updateDisplayOptions(cartDisplay('add'), [quantityProperty]),
	...updateDisplayOptions(cartDisplay('add', 'taobao'), taobaoAdditionalFields),
	...updateDisplayOptions(cartDisplay('add', 'alibaba'), alibabaOptionalFields),
];

// A price of 0 fen is no price (the form's default): refused, not sent.
const price = (label: string) =>
	wholeNumber(`expected ${label} in fen as a positive whole number (1 yuan = 100 fen)`, 1);

const skuProperty = z
	.object({
		propId: z.union([z.number(), z.string()]),
		propName: z.string(),
		valueId: z.union([z.number(), z.string()]),
		valueName: z.string(),
	})
	.passthrough();

// ref 4.3 (T-C5): POST /open/cart/add. mpId and mpSkuId are documented as required.
const taobaoSchema = z.object({
	itemId: taobaoItemIdSchema(),
	skuId: numericId('a SKU ID'),
	mpId: z.string().trim().min(1, 'is required'),
	mpSkuId: z.string().trim().min(1, 'is required'),
	quantity: quantitySchema,
	itemPic: z.string().trim().optional(),
	itemTitle: z.string().trim().optional(),
	price: price('the price'),
	promotionPrice: price('the promotion price').optional(),
	properties: jsonValue(z.array(skuProperty).optional()).transform((list) =>
		list && list.length ? JSON.stringify(list) : undefined,
	),
	shopId: z.union([z.literal(''), numericId('a shop ID').transform(Number)]).optional(),
	shopName: z.string().trim().optional(),
	skuQuantity: wholeNumber('expected the SKU stock as a whole number').optional(),
	userId: z.string().trim().optional(),
	userNick: z.string().trim().optional(),
});

const OFFER_MESSAGE = 'expected a 1688 offer ID, a 1688 offer link or a v2 offer map ID';

/** A numeric offer id or link becomes `offerId`; an opaque v2 id (e.g. f6vE-dfY1NV37oG_fz9WSA) becomes `offerMapId`. */
function offerReference(
	value: string,
	ctx: z.RefinementCtx,
): { offerId: string } | { offerMapId: string } {
	const offerId = parseAlibabaOfferId(value);
	if (offerId) return { offerId };
	const text = value.trim();
	if (/^[A-Za-z0-9_-]{16,40}$/.test(text) && /[A-Za-z_-]/.test(text)) return { offerMapId: text };
	ctx.addIssue({ code: z.ZodIssueCode.custom, message: OFFER_MESSAGE });
	return z.NEVER;
}

// Inferred endpoint (catalogue note): {offerId | offerMapId, specId, quantity, sellerOpenId}.
const alibabaSchema = z.object({
	offerId: z
		.string({ required_error: 'is required', invalid_type_error: OFFER_MESSAGE })
		.transform(offerReference),
	specId: z.string().trim().optional(),
	quantity: quantitySchema,
	sellerOpenId: z.string().trim().optional(),
});

/**
 * PandaPon answers the cart record id (or the cart line). Adding a SKU already in the cart raises that line's
 * quantity, so the output says how many pieces were added rather than echoing a total.
 */
function cartLineOutput(data: unknown, sent: IDataObject): IDataObject {
	if (isPlainObject(data)) return data;
	const { quantity, ...line } = sent;
	return {
		id: data as IDataObject[string],
		...pick(line, ['itemId', 'skuId', 'offerId', 'offerMapId', 'specId']),
		addedQuantity: quantity,
	};
}

type Input = { key: 'cart.add.alibaba' | 'cart.add.taobao'; body: IDataObject };

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
	const quantity = this.getNodeParameter('quantity', itemIndex);

	if (readPlatform.call(this, itemIndex) === 'alibaba') {
		const input = parseInput.call(
			this,
			alibabaSchema,
			{
				offerId: this.getNodeParameter('offerId', itemIndex),
				specId: this.getNodeParameter('specId', itemIndex, ''),
				quantity,
				sellerOpenId: this.getNodeParameter('sellerOpenId', itemIndex, ''),
			},
			itemIndex,
		);
		const body = compact({
			...input.offerId,
			specId: input.specId,
			quantity: input.quantity,
			sellerOpenId: input.sellerOpenId,
		});
		return { key: 'cart.add.alibaba', body };
	}

	const input = parseInput.call(
		this,
		taobaoSchema,
		{
			itemId: this.getNodeParameter('itemId', itemIndex),
			skuId: this.getNodeParameter('skuId', itemIndex),
			mpId: this.getNodeParameter('mpId', itemIndex),
			mpSkuId: this.getNodeParameter('mpSkuId', itemIndex),
			price: this.getNodeParameter('price', itemIndex),
			quantity,
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		itemIndex,
	);
	return { key: 'cart.add.taobao', body: compact(input as IDataObject) };
}

export async function send(
	this: IExecuteFunctions,
	{ key, body }: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, key, { body, itemIndex });
	return toOutput.call(this, cartLineOutput(data, body), itemIndex);
}
