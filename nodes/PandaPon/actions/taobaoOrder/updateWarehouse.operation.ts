import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { orderIdSchema, parseInput } from '../../helpers/validation';
import { orderIdProperty, readOrderId } from './shared';

const properties: INodeProperties[] = [
	orderIdProperty,
	{
		displayName: 'Warehouse Name',
		name: 'warehouseName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 一号仓库',
		description: 'Name of the forwarding (pre-)warehouse the goods should go to',
	},
	{
		displayName: 'Warehouse Address',
		name: 'warehouseAddress',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 广西省',
		description: 'Address of that warehouse',
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['updateWarehouse'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const text = z.string({ invalid_type_error: 'expected text' }).trim().min(1, 'is required');

// ref 4.2 (T-O5): POST /open/order/updateWarehouse {warehouseAddress, warehouseName, orderId}.
const schema = z.object({ orderId: orderIdSchema(), warehouseName: text, warehouseAddress: text });

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			orderId: readOrderId.call(this, itemIndex),
			warehouseName: this.getNodeParameter('warehouseName', itemIndex),
			warehouseAddress: this.getNodeParameter('warehouseAddress', itemIndex),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'taobaoOrder.updateWarehouse', { body, itemIndex });
	// The documented `data` is an unspecified object; echo what was set when it is empty.
	const result =
		isPlainObject(data) && Object.keys(data).length ? data : { success: data !== false, ...body };
	return toOutput.call(this, result, itemIndex);
}
