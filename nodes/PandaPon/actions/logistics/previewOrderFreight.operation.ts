import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { linesProperties, logisticsAddressProperties } from '../common.descriptions';
import { linesSchema, logisticsAddressSchema, readAddress, readLines } from '../common.input';
import {
	currencyField,
	freightFields,
	freightLineSchema,
	itemIdField,
	priceField,
	quantityField,
	skuIdField,
} from './fields';

const properties: INodeProperties[] = [
	...logisticsAddressProperties(),
	...linesProperties(
		'renderItems',
		'Items',
		[itemIdField, skuIdField, quantityField, ...freightFields, priceField, currencyField],
		'Array of {itemId, skuId, quantity, freightInfo: {serviceId, companyName, serviceCategory}, currency?, price?}. serviceId, companyName and serviceCategory may also be given flat on the line.',
	),
];

const displayOptions = { show: { resource: ['logistics'], operation: ['previewOrderFreight'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** A render item (ref 4.12 W2). */
const renderItemSchema = freightLineSchema(
	{},
	'expected an item object {itemId, skuId, quantity, freightInfo}',
);

// ref 4.12 (W2): {receiverAddress, renderItems[]}; data: the freight preview, whose renderId books the order (W3).
const schema = z.object({
	receiverAddress: logisticsAddressSchema,
	renderItems: linesSchema(renderItemSchema, 'item'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(
		this,
		schema,
		{
			receiverAddress: readAddress(
				(name, fallback) => this.getNodeParameter(name, itemIndex, fallback),
				'receiverAddress',
			),
			renderItems: readLines.call(this, 'renderItems', itemIndex),
		},
		itemIndex,
	);
	return {
		receiverAddress: compact(input.receiverAddress as IDataObject),
		renderItems: input.renderItems,
	};
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'logistics.previewOrderFreight', {
		body,
		itemIndex,
	});
	return toOutput.call(this, data, itemIndex);
}
