import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { alibabaOrderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty } from './orderId';

const properties: INodeProperties[] = [
	{
		...orderIdProperty,
		description:
			'1688 order ID (19 digits) or order link. The payment link is for a person to pay in a browser; nothing is paid by this call.',
	},
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['getPaymentUrl'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O9): GET ?orderId=; data {orderId, protocolPaySuccess, payUrl, cantPayOrderList[]}.
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
	const data = await pandaPonRequest.call(this, 'alibabaOrder.getPaymentUrl', { qs, itemIndex });
	return toOutput.call(this, data, itemIndex, 'payUrl');
}
