import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput, textId } from '../../helpers/validation';
import { logisticsAddressProperties } from '../common.descriptions';
import { logisticsAddressSchema, readAddress } from '../common.input';
import {
	currencyField,
	currencySchema,
	itemIdField,
	priceField,
	priceSchema,
	quantityField,
	quantitySchema,
	skuIdField,
} from './fields';

const properties: INodeProperties[] = [
	{ ...itemIdField, required: true, description: 'PandaPon item ID of the product' },
	{ ...skuIdField, required: true, description: 'SKU of the product to ship' },
	{ ...quantityField, required: true },
	{ ...priceField, required: true },
	{ ...currencyField, required: true },
	...logisticsAddressProperties(),
];

const displayOptions = { show: { resource: ['logistics'], operation: ['estimateItemFreight'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.12 (W1): {itemId, skuId, receiverAddress, quantity, currency, price (string)}, all required.
const schema = z.object({
	itemId: textId('item ID'),
	skuId: textId('SKU ID'),
	quantity: quantitySchema,
	currency: currencySchema,
	price: priceSchema,
	receiverAddress: logisticsAddressSchema,
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(
		this,
		schema,
		{
			itemId: this.getNodeParameter('itemId', itemIndex),
			skuId: this.getNodeParameter('skuId', itemIndex),
			quantity: this.getNodeParameter('quantity', itemIndex),
			currency: this.getNodeParameter('currency', itemIndex),
			price: this.getNodeParameter('price', itemIndex),
			receiverAddress: readAddress(
				(name, fallback) => this.getNodeParameter(name, itemIndex, fallback),
				'receiverAddress',
			),
		},
		itemIndex,
	);
	return { ...input, receiverAddress: compact(input.receiverAddress as IDataObject) };
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'logistics.estimateItemFreight', {
		body,
		itemIndex,
	});
	return toOutput.call(this, data, itemIndex, 'freight');
}
