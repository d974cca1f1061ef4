import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toJsonObjects, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { simplifyProperty } from '../common.descriptions';
import { alibabaOrderIdSchema, orderIdProperty, WEB_SITE } from './orderId';
import { shapeOrders } from './simplify';

const properties: INodeProperties[] = [orderIdProperty, simplifyProperty];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O11): {"webSite":"1688","orderId":"2019601741959504495"}, the id as a string.
const schema = z.object({ orderId: alibabaOrderIdSchema() });

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const { orderId } = parseInput.call(this, schema, { orderId: this.getNodeParameter('orderId', itemIndex) }, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const data = await pandaPonRequest.call(this, 'alibabaOrder.get', { body: { webSite: WEB_SITE, orderId }, itemIndex });
	return toOutput.call(this, shapeOrders(toJsonObjects(data), simplify), itemIndex);
}
