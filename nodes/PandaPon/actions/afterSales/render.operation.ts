import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { readParameters, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { enumNumber, numericId, parseInput } from '../../helpers/validation';
import { goodsStatusProperty, refundTypeProperty, subOrderIdProperty } from './shared';

const properties: INodeProperties[] = [subOrderIdProperty, refundTypeProperty, goodsStatusProperty];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['render'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.4 (T-A2): body {subOrderId, refundType int, goodsStatus int}; data RefundRenderVO (reasons, max refund fee).
const schema = z.object({
	subOrderId: numericId('a sub-order ID'),
	refundType: enumNumber('Refund Type'),
	goodsStatus: enumNumber('Goods Status'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(this, schema, readParameters.call(this, properties, itemIndex), itemIndex);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.render.taobao', { body, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex);
}
