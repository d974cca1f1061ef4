import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { optionalTextId, parseInput, textId } from '../../helpers/validation';
import { linesProperties, logisticsAddressProperties } from '../common.descriptions';
import { linesSchema, logisticsAddressSchema, readAddress, readLines } from '../common.input';
import {
	currencyField,
	freightFields,
	freightLineSchema,
	itemIdField,
	optionalText,
	priceField,
	quantityField,
	skuIdField,
} from './fields';

const properties: INodeProperties[] = [
	{
		displayName:
			'Books a real international shipment (freight is charged). It is sent exactly once and never retried automatically: if it fails, check before running it again.',
		name: 'writeNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Render ID',
		name: 'renderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. FF2024080200007',
		description: 'ID of the freight preview to book, from the Preview Order Freight operation',
	},
	...logisticsAddressProperties(),
	...linesProperties(
		'lineItems',
		'Line Items',
		[
			itemIdField,
			skuIdField,
			quantityField,
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '' },
			...freightFields,
			priceField,
			currencyField,
		],
		'Array of {itemId, skuId, quantity, title?, imageUrl?, freightInfo: {serviceId, companyName, serviceCategory}, currency?, price?}',
	),
	{
		displayName: 'Tmall Order ID',
		name: 'tmallOrderId',
		type: 'string',
		default: '',
		description:
			'Taobao/Tmall order the goods were bought with (sent as tmallOrderInfo.tmallOrderId)',
	},
	{ displayName: 'Remark', name: 'remark', type: 'string', default: '' },
];

const displayOptions = {
	show: { resource: ['logistics'], operation: ['createInternationalOrder'] },
};

export const description = updateDisplayOptions(displayOptions, properties);

const lineItemSchema = freightLineSchema(
	{ title: optionalText, imageUrl: optionalText },
	'expected a line item object {itemId, skuId, quantity, freightInfo}',
);

// ref 4.12 (W3): {renderId, receiverAddress, lineItems[], tmallOrderInfo{tmallOrderId}, remark}.
const schema = z.object({
	renderId: textId('render ID'),
	receiverAddress: logisticsAddressSchema,
	lineItems: linesSchema(lineItemSchema, 'line item'),
	tmallOrderId: optionalTextId('Tmall order ID'),
	remark: optionalText,
});

export function parse(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const input = parseInput.call(
		this,
		schema,
		{
			renderId: this.getNodeParameter('renderId', itemIndex),
			receiverAddress: readAddress(
				(name, fallback) => this.getNodeParameter(name, itemIndex, fallback),
				'receiverAddress',
			),
			lineItems: readLines.call(this, 'lineItems', itemIndex),
			tmallOrderId: this.getNodeParameter('tmallOrderId', itemIndex, ''),
			remark: this.getNodeParameter('remark', itemIndex, ''),
		},
		itemIndex,
	);
	return {
		renderId: input.renderId,
		receiverAddress: compact(input.receiverAddress as IDataObject),
		lineItems: input.lineItems,
		...(input.tmallOrderId ? { tmallOrderInfo: { tmallOrderId: input.tmallOrderId } } : {}),
		...(input.remark ? { remark: input.remark } : {}),
	};
}

export async function send(
	this: IExecuteFunctions,
	body: IDataObject,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'logistics.createInternationalOrder', {
		body,
		itemIndex,
	});
	return toOutput.call(this, data, itemIndex);
}
