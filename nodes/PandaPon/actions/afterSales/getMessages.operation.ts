import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	readReturnAllOrLimit,
	requestListOutput,
	returnAllOrLimit,
	returnAllOrLimitFields,
} from '../list';
import { taobaoRefundIdProperty, taobaoRefundIdSchema } from './shared';

const properties: INodeProperties[] = [taobaoRefundIdProperty, ...returnAllOrLimit()];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['getMessages'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): body {refundId, pageNo, pageSize}; data {total, data[]}.
const schema = z.object({
	refundId: taobaoRefundIdSchema(),
	...returnAllOrLimitFields,
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			refundId: this.getNodeParameter('refundId', itemIndex),
			...readReturnAllOrLimit.call(this, itemIndex),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await requestListOutput.call(this, 'afterSales.getMessages.taobao', itemIndex, input, {
		body: { refundId: input.refundId },
	});
}
