import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { orderIdSchema, parseInput } from '../../helpers/validation';
import { simplifyProperty } from '../common.descriptions';
import { orderIdProperty, readOrderId, shapeOrder } from './shared';

const properties: INodeProperties[] = [
	orderIdProperty,
	{
		...simplifyProperty,
		description:
			'Whether to return the main order fields with a readable status name and without each sub-order\'s large "subOrderResult". When off, subOrderResult is parsed into an object.',
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Inferred endpoint (catalogue note): GET ?orderId=; data is one order shaped as in /open/order/page.
const schema = z.object({ orderId: orderIdSchema() });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const { orderId } = parseInput.call(
		this,
		schema,
		{ orderId: readOrderId.call(this, itemIndex) },
		itemIndex,
	);
	return { orderId, simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean };
}

export async function send(
	this: IExecuteFunctions,
	{ orderId, simplify }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'taobaoOrder.get', { qs: { orderId }, itemIndex });
	return toOutput.call(
		this,
		isPlainObject(data) ? shapeOrder(data, simplify) : (data ?? {}),
		itemIndex,
	);
}
