import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { taobaoRefundIdProperty, taobaoRefundIdSchema } from './shared';

const properties: INodeProperties[] = [taobaoRefundIdProperty];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['renderReturnLogistics'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

const schema = z.object({ refundId: taobaoRefundIdSchema() });

// Catalogue note (inferred): GET ?refundId=; data {refundId, receiverAddress, logisticsCompanies[]{code, name}}.
export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{ refundId: this.getNodeParameter('refundId', itemIndex) },
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	qs: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.renderReturnLogistics.taobao', {
		qs,
		itemIndex,
	});
	return toOutput.call(this, data ?? {}, itemIndex);
}
