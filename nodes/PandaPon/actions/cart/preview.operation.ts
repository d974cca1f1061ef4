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
import { alibabaAddressProperties, taobaoAddressProperties } from '../common.descriptions';
import { alibabaAddressSchema, readAddress, taobaoAddressSchema } from '../common.input';
import {
	cartDisplay,
	cartIdsProperty,
	isEmptyAddress,
	readPlatform,
	userIdProperty,
} from './shared';

const taobaoProperties: INodeProperties[] = [
	...taobaoAddressProperties('orderAddress', 'Order Address').map((property) =>
		property.name === 'orderAddressMode'
			? {
					...property,
					description: 'Optional for a preview: leave the address empty to preview without one',
				}
			: property,
	),
	userIdProperty,
];

export const description: INodeProperties[] = [
	...updateDisplayOptions(cartDisplay('preview'), [cartIdsProperty]),
	...updateDisplayOptions(cartDisplay('preview', 'taobao'), taobaoProperties),
	...updateDisplayOptions(
		cartDisplay('preview', 'alibaba'),
		alibabaAddressProperties('addressParam', 'Address'),
	),
];

// seed 001: POST /v2/taobao/cart/confirm/order {ids, orderAddress?, userId?}.
const taobaoSchema = z.object({
	cartIds: cartIdsSchema(),
	orderAddress: taobaoAddressSchema.optional(),
	userId: z.string().trim().optional(),
});

// ref 4.7 (A-C2): POST /alibaba/cart/preview/order {addressParam, cartIds}.
const alibabaSchema = z.object({ cartIds: cartIdsSchema(), addressParam: alibabaAddressSchema });

type Input = { key: 'cart.preview.alibaba' | 'cart.preview.taobao'; body: IDataObject };

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
	const getParameter = (name: string, fallback?: unknown) =>
		this.getNodeParameter(name, itemIndex, fallback);
	const cartIds = getParameter('cartIds');

	if (readPlatform.call(this, itemIndex) === 'alibaba') {
		const input = parseInput.call(
			this,
			alibabaSchema,
			{ cartIds, addressParam: readAddress(getParameter, 'addressParam') },
			itemIndex,
		);
		return {
			key: 'cart.preview.alibaba',
			body: { cartIds: input.cartIds, addressParam: compact(input.addressParam) },
		};
	}

	const address = readAddress(getParameter, 'orderAddress');
	const input = parseInput.call(
		this,
		taobaoSchema,
		{
			cartIds,
			orderAddress: isEmptyAddress(address) ? undefined : address,
			userId: getParameter('userId', ''),
		},
		itemIndex,
	);
	const body: IDataObject = compact({
		ids: input.cartIds,
		orderAddress: input.orderAddress ? compact(input.orderAddress) : undefined,
		userId: input.userId,
	});
	return { key: 'cart.preview.taobao', body };
}

export async function send(
	this: IExecuteFunctions,
	{ key, body }: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, key, { body, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex);
}
