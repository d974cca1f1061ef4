import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { readParameters, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { acknowledged, taobaoRefundIdProperty, taobaoRefundIdSchema, urlList } from './shared';

const properties: INodeProperties[] = [
	taobaoRefundIdProperty,
	{
		displayName: 'Message',
		name: 'refundMessage',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		description: 'Text of the message to the seller',
	},
	{
		displayName: 'Image URLs',
		name: 'refundImages',
		type: 'string',
		default: '',
		description: 'Comma-separated links to images to attach',
	},
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['addMessage'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.4 (T-A6): body {refundId, refundMessage, refundImages (a string)}; images are sent comma-separated.
const schema = z.object({
	refundId: taobaoRefundIdSchema(),
	refundMessage: z
		.string({ invalid_type_error: 'expected text' })
		.trim()
		.min(1, 'a message is required'),
	refundImages: urlList('image URL'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(this, schema, readParameters.call(this, properties, itemIndex), itemIndex);
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { refundImages, ...body } = input;
	const data = await pandaPonRequest.call(this, 'afterSales.addMessage.taobao', {
		body: {
			...body,
			...(refundImages.length ? { refundImages: refundImages.join(',') } : {}),
		},
		itemIndex,
	});
	return toOutput.call(this, acknowledged(data, { refundId: body.refundId }), itemIndex);
}
