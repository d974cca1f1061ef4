import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { checkBinaryField, binaryBlob } from '../../helpers/binary';
import { orderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty, orderWriteResult, readOrderId } from './shared';

const properties: INodeProperties[] = [
	orderIdProperty,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		description:
			'Name of the input binary field holding the payment voucher (an image or PDF, for example from Read File)',
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['uploadVoucher'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Inferred endpoint (catalogue note): multipart fields orderId and file; data {orderId, status, voucherUrl}.
const schema = z.object({
	orderId: orderIdSchema(),
	binaryPropertyName: z
		.string()
		.trim()
		.min(1, 'is required (the name of the input binary field, usually data)'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(
		this,
		schema,
		{
			orderId: readOrderId.call(this, itemIndex),
			binaryPropertyName: this.getNodeParameter('binaryPropertyName', itemIndex),
		},
		itemIndex,
	);
	return {
		orderId: input.orderId,
		file: checkBinaryField.call(this, itemIndex, input.binaryPropertyName, 'voucher'),
	};
}

export async function send(
	this: IExecuteFunctions,
	{ orderId, file }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const form = new FormData();
	form.append('orderId', orderId);
	form.append('file', await binaryBlob.call(this, file), file.fileName);
	const data = await pandaPonRequest.call(this, 'taobaoOrder.uploadVoucher', {
		body: form,
		itemIndex,
	});
	return toOutput.call(this, orderWriteResult(data, orderId), itemIndex);
}
