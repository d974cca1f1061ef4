import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { alibabaOrderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty } from './orderId';

const properties: INodeProperties[] = [
	{
		displayName:
			"The path of this endpoint is inferred (PandaPon's page could not be read); see the README.",
		name: 'inferredNotice',
		type: 'notice',
		default: '',
	},
	orderIdProperty,
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['getLogistics'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): GET ?orderId=; data {orderId, logisticsTrace[]{logisticsId, mailNo, companyName, steps[]}}.
const schema = z.object({ orderId: alibabaOrderIdSchema() });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{ orderId: this.getNodeParameter('orderId', itemIndex) },
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	qs: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'alibabaOrder.getLogistics', { qs, itemIndex });
	return toOutput.call(this, data, itemIndex);
}
