import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { alibabaOfferIdSchema, parseInput } from '../../helpers/validation';

const properties: INodeProperties[] = [
	{
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 743470146022',
		description:
			'1688 offer ID or offer link of a product sold by the seller whose nickname you want',
	},
	{
		displayName: 'Open UID',
		name: 'openUid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. BBBgGWh2O6JFI6v1aQuZVgRIA',
		description: "The seller's encrypted open ID (sellerOpenId) to turn into a Wangwang nickname",
	},
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['decryptWangwang'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Known only from a third-party client (ref 7.11): POST {offerId, openUid}. 1688 offer ids are below 2^53, so
// offerId goes as a number, as in the documented cargo lines.
const schema = z.object({
	offerId: alibabaOfferIdSchema()
		.refine(
			(id) => Number.isSafeInteger(Number(id)),
			'expected a 1688 offer ID of at most 15 digits',
		)
		.transform(Number),
	openUid: z
		.string({ required_error: 'is required' })
		.trim()
		.min(1, 'is required (the encrypted seller open ID)'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			offerId: this.getNodeParameter('offerId', itemIndex),
			openUid: this.getNodeParameter('openUid', itemIndex),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'alibabaOrder.decryptWangwang', {
		body,
		itemIndex,
	});
	return toOutput.call(this, data, itemIndex, 'wangwangNick');
}
