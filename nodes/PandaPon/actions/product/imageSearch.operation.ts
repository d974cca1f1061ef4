import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { readImageBinary } from '../../helpers/product';
import { updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { readReturnAllOrLimit, requestListOutput, returnAllOrLimit, returnAllOrLimitFields } from '../list';
import { alibabaSearchPaging, taobaoSearchPaging } from './search.operation';
import {
	alibabaFilterBody,
	alibabaFiltersProperty,
	alibabaImageFiltersSchema,
	imageAddressSchema,
	imageSourceProperties,
} from './shared';

const regionOption: INodeProperties = {
	displayName: 'Region',
	name: 'region',
	type: 'string',
	default: '',
	description: 'Image region (PandaPon "region", 主体选择) to match instead of the whole picture, passed as it is',
};

const commonProperties: INodeProperties[] = [...imageSourceProperties, ...returnAllOrLimit()];

export const description = [
	...updateDisplayOptions({ show: { resource: ['product'], operation: ['imageSearch'] } }, commonProperties),
	...updateDisplayOptions(
		{
			show: {
				resource: ['product'],
				operation: ['imageSearch'],
				platform: ['alibaba'],
			},
		},
		[alibabaFiltersProperty([regionOption])],
	),
];

const listSchema = z.object(returnAllOrLimitFields);
const alibabaSchema = listSchema.extend({ filters: alibabaImageFiltersSchema });

/** `imageBase64` (plain base64, no data: prefix, as in the documented example) or `imageAddress`. */
async function readImage(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as string;
	if (source === 'url') {
		const { imageAddress } = parseInput.call(
			this,
			imageAddressSchema,
			{ imageAddress: this.getNodeParameter('imageAddress', itemIndex, '') },
			itemIndex,
		);
		return { imageAddress };
	}
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const image = await readImageBinary.call(this, itemIndex, binaryPropertyName);
	return { imageBase64: image.buffer.toString('base64') };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	const list = readReturnAllOrLimit.call(this, itemIndex);

	if (platform === 'alibaba') {
		const input = parseInput.call(
			this,
			alibabaSchema,
			{ ...list, filters: this.getNodeParameter('filters', itemIndex, {}) },
			itemIndex,
		);
		const { region, ...filters } = input.filters;
		const image = await readImage.call(this, itemIndex);
		// ref 4.6 (A-G4): same filters as keyword search; categoryId is a number here.
		const body = {
			...image,
			...alibabaFilterBody(filters, 'number'),
			...(region ? { region } : {}),
		};
		return await requestListOutput.call(this, 'product.imageSearch.alibaba', alibabaSearchPaging, itemIndex, input, { body });
	}

	const input = parseInput.call(this, listSchema, list, itemIndex);
	const image = await readImage.call(this, itemIndex);
	// Inferred endpoint (catalogue note): {imageBase64 | imageAddress, pageNo, pageSize}, paged like keyword search.
	return await requestListOutput.call(this, 'product.imageSearch.taobao', taobaoSearchPaging, itemIndex, input, { body: image });
}
