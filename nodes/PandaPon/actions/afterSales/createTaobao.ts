/** Create for Taobao: submit a reverse order (inferred endpoint `afterSales.create.taobao`). */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { compact, readParameters } from '../../helpers/utils';
import { enumNumber, fen, numericId, parseInput } from '../../helpers/validation';
import {
	goodsStatusProperty,
	refundDescProperty,
	refundTypeProperty,
	subOrderIdProperty,
	urlList,
} from './shared';

export const properties: INodeProperties[] = [
	subOrderIdProperty,
	refundTypeProperty,
	goodsStatusProperty,
	{
		displayName: 'Reason ID',
		name: 'reasonId',
		type: 'number',
		required: true,
		default: 0,
		description: 'One of the refundReasons[].reasonId returned by the Render operation',
	},
	{
		displayName: 'Refund Fee (Fen)',
		name: 'refundFee',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0 },
		description:
			'Amount to get back, in fen (100 fen = 1 yuan); at most maxRefundFee.refundFee from Render',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			refundDescProperty,
			{
				displayName: 'Image URLs',
				name: 'images',
				type: 'string',
				default: '',
				description: 'Comma-separated links to photos that support the request',
			},
		],
	},
];

// Catalogue note: body {subOrderId, refundType, goodsStatus, reasonId, refundFee, refundDesc?, images?}; data {refundId}.
const schema = z.object({
	subOrderId: numericId('a sub-order ID'),
	refundType: enumNumber('Refund Type'),
	goodsStatus: enumNumber('Goods Status'),
	reasonId: enumNumber('Reason ID'),
	refundFee: fen('Refund Fee'),
	additionalFields: z
		.object({
			refundDesc: z.string().trim().optional(),
			images: urlList('image URL').optional(),
		})
		.strict(),
});

export function parseBody(this: IExecuteFunctions, itemIndex: number) {
	const input = readParameters.call(this, properties, itemIndex);
	const { additionalFields, ...required } = parseInput.call(this, schema, input, itemIndex);
	const images = additionalFields.images?.length ? additionalFields.images : undefined;
	return {
		...required,
		...compact({ refundDesc: additionalFields.refundDesc }),
		...(images ? { images } : {}),
	};
}

export type Body = ReturnType<typeof parseBody>;
