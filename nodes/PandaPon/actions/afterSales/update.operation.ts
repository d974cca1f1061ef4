import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { enumNumber, fen, parseInput } from '../../helpers/validation';
import {
	acknowledged,
	goodsStatusProperty,
	refundDescProperty,
	refundTypeProperty,
	taobaoRefundIdProperty,
	taobaoRefundIdSchema,
} from './shared';

const properties: INodeProperties[] = [
	taobaoRefundIdProperty,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			refundDescProperty,
			{ ...goodsStatusProperty, required: false },
			{
				displayName: 'Reason ID',
				name: 'reasonId',
				type: 'number',
				default: 0,
				description: 'A reasonId from the Render operation',
			},
			{
				displayName: 'Refund Fee (Fen)',
				name: 'refundFee',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0 },
				description: 'Amount to get back, in fen (100 fen = 1 yuan)',
			},
			{ ...refundTypeProperty, required: false },
		],
	},
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['update'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): body {refundId, refundType?, goodsStatus?, reasonId?, refundFee?, refundDesc?}; data true.
const schema = z.object({
	refundId: taobaoRefundIdSchema(),
	updateFields: z
		.object({
			refundType: enumNumber('Refund Type').optional(),
			goodsStatus: enumNumber('Goods Status').optional(),
			reasonId: enumNumber('Reason ID').optional(),
			refundFee: fen('Refund Fee').optional(),
			refundDesc: z.string().trim().optional(),
		})
		.strict()
		.refine(
			(fields) => Object.values(fields).some((value) => value !== undefined && value !== ''),
			{
				message: 'add at least one field to change',
			},
		),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(
		this,
		schema,
		{
			refundId: this.getNodeParameter('refundId', itemIndex),
			updateFields: this.getNodeParameter('updateFields', itemIndex, {}),
		},
		itemIndex,
	);
	return { refundId: input.refundId, ...compact(input.updateFields) };
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.update.taobao', { body, itemIndex });
	return toOutput.call(this, acknowledged(data, body), itemIndex);
}
