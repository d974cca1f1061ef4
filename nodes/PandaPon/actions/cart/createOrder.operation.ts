import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { cartIdsSchema, parseInput } from '../../helpers/validation';
import {
	alibabaAddressProperties,
	flowProperty,
	orderOptionsProperty,
	taobaoAddressProperties,
} from '../common.descriptions';
import { alibabaAddressSchema, readAddress, taobaoAddressSchema } from '../common.input';
import { cartDisplay, cartIdsProperty, readPlatform, userIdProperty } from './shared';

const notice: INodeProperties = {
	displayName:
		'This places a real order that spends money. It is sent exactly once and never retried automatically: if it fails, check Taobao Order → Get Many (or your 1688 orders) before running it again.',
	name: 'realOrderNotice',
	type: 'notice',
	default: '',
};

const taobaoProperties: INodeProperties[] = [
	...taobaoAddressProperties('orderAddress', 'Order Address'),
	userIdProperty,
];

const staffNameProperty: INodeProperties = {
	displayName: 'Staff Name',
	name: 'staffName',
	type: 'string',
	default: '',
	description: 'Name of the employee placing the order',
};

// 1688 cart orders take the same flow and optional fields as 1688 orders (ref 4.7 A-C1), plus staffName and userId.
const alibabaProperties: INodeProperties[] = [
	...alibabaAddressProperties('addressParam', 'Address'),
	flowProperty,
	{
		...orderOptionsProperty,
		options: [
			...((orderOptionsProperty.options ?? []) as INodeProperties[]),
			staffNameProperty,
			userIdProperty,
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

export const description: INodeProperties[] = [
	...updateDisplayOptions(cartDisplay('createOrder'), [notice, cartIdsProperty]),
	...updateDisplayOptions(cartDisplay('createOrder', 'taobao'), taobaoProperties),
	...updateDisplayOptions(cartDisplay('createOrder', 'alibaba'), alibabaProperties),
];

// seed 000: POST /open/cart/create/order {ids (required), orderAddress (required), userId?}.
const taobaoSchema = z.object({
	cartIds: cartIdsSchema(),
	orderAddress: taobaoAddressSchema,
	userId: z.string().trim().optional(),
});

// ref 4.7 (A-C1): {flow (required), message, shopPromotionId, tradeType, addressParam, cartIds (required), userId, staffName}.
const text = z.string().trim().optional();
const alibabaSchema = z.object({
	cartIds: cartIdsSchema(),
	addressParam: alibabaAddressSchema,
	flow: z.string().trim().min(1, 'is required (for example general)'),
	message: text,
	shopPromotionId: text,
	tradeType: text,
	userId: text,
	staffName: text,
});

type Input = { key: 'cart.createOrder.alibaba' | 'cart.createOrder.taobao'; body: IDataObject };

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
	const getParameter = (name: string, fallback?: unknown) =>
		this.getNodeParameter(name, itemIndex, fallback);
	const cartIds = getParameter('cartIds');

	if (readPlatform.call(this, itemIndex) === 'alibaba') {
		const input = parseInput.call(
			this,
			alibabaSchema,
			{
				cartIds,
				addressParam: readAddress(getParameter, 'addressParam'),
				flow: getParameter('flow', 'general'),
				...(getParameter('additionalFields', {}) as IDataObject),
			},
			itemIndex,
		);
		return {
			key: 'cart.createOrder.alibaba',
			body: compact({ ...input, addressParam: compact(input.addressParam) } as IDataObject),
		};
	}

	const input = parseInput.call(
		this,
		taobaoSchema,
		{
			cartIds,
			orderAddress: readAddress(getParameter, 'orderAddress'),
			userId: getParameter('userId', ''),
		},
		itemIndex,
	);
	return {
		key: 'cart.createOrder.taobao',
		body: compact({
			ids: input.cartIds,
			orderAddress: compact(input.orderAddress),
			userId: input.userId,
		}),
	};
}

export async function send(
	this: IExecuteFunctions,
	{ key, body }: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, key, { body, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex);
}
