import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	PAGE_NO_IN_BODY,
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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const input = parseInput.call(
		this,
		schema,
		{ refundId: this.getNodeParameter('refundId', itemIndex), ...readReturnAllOrLimit.call(this, itemIndex) },
		itemIndex,
	);
	return await requestListOutput.call(this, 'afterSales.getMessages.taobao', PAGE_NO_IN_BODY, itemIndex, input, {
		body: { refundId: input.refundId },
	});
}
