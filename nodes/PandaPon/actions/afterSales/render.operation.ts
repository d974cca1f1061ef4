import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { readParameters, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { numericId, parseInput } from '../../helpers/validation';
import { enumNumber, goodsStatusProperty, refundTypeProperty } from './shared';

export const subOrderIdProperty: INodeProperties = {
	displayName: 'Sub-Order ID',
	name: 'subOrderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 200048859480',
	description: 'ID of the Taobao sub-order (one order line) to refund',
};

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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const input = readParameters.call(this, properties, itemIndex);
	const body = parseInput.call(this, schema, input, itemIndex);
	const data = await pandaPonRequest.call(this, 'afterSales.render.taobao', {
		body,
		itemIndex,
	});
	return toOutput.call(this, data ?? {}, itemIndex);
}
