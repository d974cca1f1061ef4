import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { binaryBlob, checkImageField, type BinaryRef } from '../../helpers/binary';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { imageBinaryProperty } from '../common.descriptions';

const properties: INodeProperties[] = [
	{
		...imageBinaryProperty,
		description:
			'The uploaded image is a proof for a refund; pass its URL to Create or Submit Return as a voucher',
	},
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['uploadVoucher'],
		platform: ['alibaba'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): multipart field `file`; data {imageDomain, imageRelativeUrl, url}. Never retried.
export function parse(this: IExecuteFunctions, itemIndex: number): BinaryRef {
	return checkImageField.call(
		this,
		itemIndex,
		this.getNodeParameter('binaryPropertyName', itemIndex, 'data'),
	);
}

export async function send(
	this: IExecuteFunctions,
	image: BinaryRef,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const form = new FormData();
	form.append('file', await binaryBlob.call(this, image), image.fileName);
	const data = await pandaPonRequest.call(this, 'afterSales.uploadVoucher.alibaba', {
		body: form,
		itemIndex,
	});
	return toOutput.call(this, data ?? {}, itemIndex, 'url');
}
