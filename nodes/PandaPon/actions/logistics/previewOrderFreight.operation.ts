import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { logisticsAddressProperties, logisticsAddressSchema, readAddress } from '../common.descriptions';
import {
	currencyField,
	freightFields,
	freightInfoSchema,
	itemIdField,
	listProperties,
	listSchema,
	nestFreightInfo,
	optionalCurrency,
	optionalPrice,
	priceField,
	quantityField,
	quantitySchema,
	readList,
	skuIdField,
	textId,
} from './fields';

const properties: INodeProperties[] = [
	...logisticsAddressProperties(),
	...listProperties(
		'renderItems',
		'Items',
		[itemIdField, skuIdField, quantityField, ...freightFields, priceField, currencyField],
		'Array of {itemId, skuId, quantity, freightInfo: {serviceId, companyName, serviceCategory}, currency?, price?}. serviceId, companyName and serviceCategory may also be given flat on the line.',
	),
];

const displayOptions = { show: { resource: ['logistics'], operation: ['previewOrderFreight'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** A render item (ref 4.12 W2); currency goes only together with a price, as the docs' example sends neither. */
export const renderItemSchema = z.preprocess(
	nestFreightInfo,
	z
		.object(
			{
				itemId: textId('item ID'),
				skuId: textId('SKU ID'),
				quantity: quantitySchema,
				freightInfo: freightInfoSchema,
				currency: optionalCurrency,
				price: optionalPrice,
			},
			{ invalid_type_error: 'expected an item object {itemId, skuId, quantity, freightInfo}' },
		)
		.refine((line) => !line.price || line.currency, { message: 'is required with a price (a currency code such as CNY)', path: ['currency'] })
		.transform(({ currency, price, ...line }) => ({ ...line, ...(price ? { currency, price } : {}) })),
);

// ref 4.12 (W2): {receiverAddress, renderItems[]}; data: the freight preview, whose renderId books the order (W3).
const schema = z.object({ receiverAddress: logisticsAddressSchema, renderItems: listSchema(renderItemSchema, 'item') });

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const input = parseInput.call(
		this,
		schema,
		{
			receiverAddress: readAddress((name, fallback) => this.getNodeParameter(name, itemIndex, fallback), 'receiverAddress'),
			renderItems: readList.call(this, 'renderItems', itemIndex),
		},
		itemIndex,
	);
	const body = { receiverAddress: compact(input.receiverAddress as IDataObject), renderItems: input.renderItems };
	const data = await pandaPonRequest.call(this, 'logistics.previewOrderFreight', { body, itemIndex });
	return toOutput.call(this, data, itemIndex);
}
