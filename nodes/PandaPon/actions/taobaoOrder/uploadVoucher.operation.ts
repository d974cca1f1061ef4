import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { assertBinaryField, orderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty, orderWriteResult, readOrderId } from './shared';

const properties: INodeProperties[] = [
	orderIdProperty,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		description: 'Name of the input binary field holding the payment voucher (an image or PDF, for example from Read File)',
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['uploadVoucher'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Inferred endpoint (catalogue note): multipart fields orderId and file; data {orderId, status, voucherUrl}.
const schema = z.object({
	orderId: orderIdSchema(),
	binaryPropertyName: z.string().trim().min(1, 'is required (the name of the input binary field, usually data)'),
});

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const input = parseInput.call(
		this,
		schema,
		{ orderId: readOrderId.call(this, itemIndex), binaryPropertyName: this.getNodeParameter('binaryPropertyName', itemIndex) },
		itemIndex,
	);
	const binary = assertBinaryField.call(this, itemIndex, input.binaryPropertyName);
	const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, input.binaryPropertyName);

	const form = new FormData();
	form.append('orderId', input.orderId);
	form.append('file', new Blob([Uint8Array.from(buffer)], { type: binary.mimeType }), binary.fileName ?? 'voucher');
	const data = await pandaPonRequest.call(this, 'taobaoOrder.uploadVoucher', { body: form, itemIndex });
	return toOutput.call(this, orderWriteResult(data, input.orderId), itemIndex);
}
