import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { cartIdsSchema, parseInput } from '../../helpers/validation';
import { cartIdsProperty, readPlatform } from './shared';

const properties: INodeProperties[] = [cartIdsProperty];

const displayOptions = { show: { resource: ['cart'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Inferred endpoints (catalogue notes), both platforms: body {ids: integer[]}; data: true.
const schema = z.object({ cartIds: cartIdsSchema() });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const platform = readPlatform.call(this, itemIndex);
	const { cartIds } = parseInput.call(
		this,
		schema,
		{ cartIds: this.getNodeParameter('cartIds', itemIndex) },
		itemIndex,
	);
	return { platform, cartIds };
}

export async function send(
	this: IExecuteFunctions,
	{ platform, cartIds }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(
		this,
		platform === 'alibaba' ? 'cart.delete.alibaba' : 'cart.delete.taobao',
		{
			body: { ids: cartIds },
			itemIndex,
		},
	);
	return toOutput.call(this, { success: data !== false, deletedIds: cartIds }, itemIndex);
}
