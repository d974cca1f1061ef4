import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { cartIdSchema, parseInput, quantitySchema } from '../../helpers/validation';
import { cartIdProperty, readPlatform } from './shared';

const properties: INodeProperties[] = [
	cartIdProperty,
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		default: 1,
		typeOptions: { minValue: 1 },
		description: 'New number of pieces for this cart line',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { platform: ['alibaba'] } },
		options: [
			{
				displayName: 'Container Number',
				name: 'container',
				type: 'string',
				default: '',
				description: 'Container (柜箱号) the line ships in',
			},
			{
				displayName: 'Product Number',
				name: 'productNo',
				type: 'string',
				default: '',
				description: 'Your product number (产品号) for this line',
			},
		],
	},
];

const displayOptions = { show: { resource: ['cart'], operation: ['updateQuantity'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// 1688: ref 4.7 (A-C3) {id, quantity, productNo?, container?} (its leaked `updateTime` schema is not sent).
// Taobao: inferred (catalogue note) {id, quantity}.
const schema = z.object({
	cartId: cartIdSchema(),
	quantity: quantitySchema,
	productNo: z.string().trim().optional(),
	container: z.string().trim().optional(),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const platform = readPlatform.call(this, itemIndex);
	const extra =
		platform === 'alibaba'
			? (this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject)
			: {};
	const input = parseInput.call(
		this,
		schema,
		{
			cartId: this.getNodeParameter('cartId', itemIndex),
			quantity: this.getNodeParameter('quantity', itemIndex),
			...extra,
		},
		itemIndex,
	);
	const body = compact({
		id: input.cartId,
		quantity: input.quantity,
		productNo: input.productNo,
		container: input.container,
	});
	return { platform, body };
}

export async function send(
	this: IExecuteFunctions,
	{ platform, body }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const key = platform === 'alibaba' ? 'cart.updateQuantity.alibaba' : 'cart.updateQuantity.taobao';
	const data = await pandaPonRequest.call(this, key, { body, itemIndex });
	return toOutput.call(this, { success: data !== false, ...body }, itemIndex);
}
