import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toJsonObjects, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { alibabaOrderIdSchema, parseInput } from '../../helpers/validation';
import { simplifyProperty } from '../common.descriptions';
import { orderIdProperty, WEB_SITE } from './orderId';
import { shapeOrders } from './simplify';

const properties: INodeProperties[] = [orderIdProperty, simplifyProperty];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O11): {"webSite":"1688","orderId":"2019601741959504495"}, the id as a string.
const schema = z.object({ orderId: alibabaOrderIdSchema() });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const { orderId } = parseInput.call(
		this,
		schema,
		{ orderId: this.getNodeParameter('orderId', itemIndex) },
		itemIndex,
	);
	return { orderId, simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean };
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'alibabaOrder.get', {
		body: { webSite: WEB_SITE, orderId: input.orderId },
		itemIndex,
	});
	return toOutput.call(this, shapeOrders(toJsonObjects(data), input.simplify), itemIndex);
}
