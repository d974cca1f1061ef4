import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { checkImageField, readBinary, type BinaryRef } from '../../helpers/binary';
import { updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	readReturnAllOrLimit,
	requestListOutput,
	returnAllOrLimit,
	returnAllOrLimitFields,
} from '../list';
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
	description:
		'Image region (PandaPon "region", 主体选择) to match instead of the whole picture, passed as it is',
};

const commonProperties: INodeProperties[] = [...imageSourceProperties, ...returnAllOrLimit()];

export const description = [
	...updateDisplayOptions(
		{ show: { resource: ['product'], operation: ['imageSearch'] } },
		commonProperties,
	),
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

/** `imageAddress`, or the image field to send as `imageBase64` (read only when sending). */
type ImageSource = { imageAddress: string } | { image: BinaryRef };

function parseImage(this: IExecuteFunctions, itemIndex: number): ImageSource {
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as string;
	if (source === 'url') {
		return parseInput.call(
			this,
			imageAddressSchema,
			{ imageAddress: this.getNodeParameter('imageAddress', itemIndex, '') },
			itemIndex,
		);
	}
	return {
		image: checkImageField.call(
			this,
			itemIndex,
			this.getNodeParameter('binaryPropertyName', itemIndex, 'data'),
		),
	};
}

/** Plain base64, no data: prefix, as in the documented example. */
async function imageBody(this: IExecuteFunctions, source: ImageSource): Promise<IDataObject> {
	if ('imageAddress' in source) return { imageAddress: source.imageAddress };
	return { imageBase64: (await readBinary.call(this, source.image)).toString('base64') };
}

type Input = { returnAll: boolean; limit?: number; source: ImageSource } & (
	| { platform: 'alibaba'; filters: IDataObject }
	| { platform: 'taobao' }
);

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
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
		// ref 4.6 (A-G4): same filters as keyword search; categoryId is a number here.
		const body = { ...alibabaFilterBody(filters, 'number'), ...(region ? { region } : {}) };
		return {
			platform,
			returnAll: input.returnAll,
			limit: input.limit,
			source: parseImage.call(this, itemIndex),
			filters: body,
		};
	}

	const input = parseInput.call(this, listSchema, list, itemIndex);
	return {
		platform: 'taobao',
		returnAll: input.returnAll,
		limit: input.limit,
		source: parseImage.call(this, itemIndex),
	};
}

export async function send(
	this: IExecuteFunctions,
	input: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const image = await imageBody.call(this, input.source);
	if (input.platform === 'alibaba') {
		const body = { ...image, ...input.filters };
		return await requestListOutput.call(this, 'product.imageSearch.alibaba', itemIndex, input, {
			body,
		});
	}
	// Inferred endpoint (catalogue note): {imageBase64 | imageAddress, pageNo, pageSize}, paged like keyword search.
	return await requestListOutput.call(this, 'product.imageSearch.taobao', itemIndex, input, {
		body: image,
	});
}
