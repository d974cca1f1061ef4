import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { readImageBinary } from '../../helpers/product';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { imageBinaryProperty } from '../common.descriptions';

const properties: INodeProperties[] = [
	{
		...imageBinaryProperty,
		description: 'The uploaded image is a proof for a refund; pass its URL to Create or Submit Return as a voucher',
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
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const image = await readImageBinary.call(this, itemIndex, binaryPropertyName);
	const form = new FormData();
	form.append('file', new Blob([new Uint8Array(image.buffer)], { type: image.mimeType }), image.fileName);
	const data = await pandaPonRequest.call(this, 'afterSales.uploadVoucher.alibaba', { body: form, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex, 'url');
}
