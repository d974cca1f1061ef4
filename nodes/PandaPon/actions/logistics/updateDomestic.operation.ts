import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, isPlainObject, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { optionalTextId, parseInput, textId } from '../../helpers/validation';
import { linesProperties } from '../common.descriptions';
import { linesSchema, readLines } from '../common.input';
import { itemIdField, optionalText, quantityField, quantitySchema, skuIdField } from './fields';
import { rtsTimeSchema } from './rtsTime';

const properties: INodeProperties[] = [
	{
		displayName:
			'Sends domestic (China) tracking numbers to the warehouse. It is sent exactly once and never retried automatically.',
		name: 'writeNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Logistics Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		description: 'ID of the international logistics order the goods belong to',
	},
	{
		displayName: 'Tmall Order ID',
		name: 'tmallOrderId',
		type: 'string',
		default: '',
		description: 'Taobao/Tmall order the goods were bought with',
	},
	...linesProperties(
		'logisticInfos',
		'Shipments',
		[
			itemIdField,
			skuIdField,
			quantityField,
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '' },
			{
				// Wire name keeps PandaPon's spelling ("logisticNumer").
				displayName: 'International Tracking Number',
				name: 'logisticNumer',
				type: 'string',
				default: '',
				placeholder: 'e.g. FARJP2408000013YQ',
			},
			{
				displayName: 'Domestic Parcels',
				name: 'domesticLogisticInfo',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Parcel',
				default: {},
				options: [
					{
						displayName: 'Parcel',
						name: 'parcel',
						values: [
							{
								displayName: 'Courier Company',
								name: 'logisticCompanyName',
								type: 'string',
								default: '',
								placeholder: 'e.g. 顺丰',
							},
							{
								// Wire name keeps PandaPon's spelling ("logisticNumer").
								displayName: 'Domestic Tracking Number',
								name: 'logisticNumer',
								type: 'string',
								default: '',
								placeholder: 'e.g. SF1234521212678',
							},
							{
								displayName: 'Shipped At',
								name: 'rtsTime',
								type: 'dateTime',
								default: '',
								description: 'When the seller shipped the parcel; sent as unix seconds',
							},
						],
					},
				],
			},
		],
		'Array of {lineItem: {itemId, skuId, quantity, title?, imageUrl?}, logisticNumer?, domesticLogisticInfo: [{logisticNumer, logisticCompanyName, rtsTime}]}. "logisticNumer" is PandaPon\'s spelling of the tracking number; rtsTime may be a date or unix seconds.',
	),
];

const displayOptions = { show: { resource: ['logistics'], operation: ['updateDomestic'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Form lines are flat and hold parcels under `parcel`; JSON lines may be flat or in the wire shape. */
function toWireShape(line: unknown): unknown {
	if (typeof line !== 'object' || line === null || Array.isArray(line)) return line;
	const { itemId, skuId, quantity, title, imageUrl, lineItem, domesticLogisticInfo, ...rest } =
		line as IDataObject;
	const parcels = (domesticLogisticInfo as IDataObject | undefined)?.parcel ?? domesticLogisticInfo;
	return {
		...rest,
		lineItem: lineItem ?? { itemId, skuId, quantity, title, imageUrl },
		domesticLogisticInfo: parcels,
	};
}

const parcelSchema = (zone: string) =>
	z.object(
		{
			logisticNumer: textId('domestic tracking number'),
			logisticCompanyName: z
				.string({
					required_error: 'is required (the courier, e.g. 顺丰)',
					invalid_type_error: 'expected text',
				})
				.trim()
				.min(1, 'is required (the courier, e.g. 顺丰)'),
			rtsTime: rtsTimeSchema(zone),
		},
		{
			invalid_type_error: 'expected a parcel object {logisticNumer, logisticCompanyName, rtsTime}',
		},
	);

const shipmentSchema = (zone: string) =>
	z.preprocess(
		toWireShape,
		z
			.object(
				{
					lineItem: z
						.object(
							{
								itemId: textId('item ID'),
								skuId: textId('SKU ID'),
								quantity: quantitySchema,
								title: optionalText,
								imageUrl: optionalText,
							},
							{
								invalid_type_error:
									'expected an object {itemId, skuId, quantity, title?, imageUrl?}',
							},
						)
						.transform((item) => compact(item)),
					logisticNumer: optionalTextId('international tracking number'),
					domesticLogisticInfo: z
						.array(parcelSchema(zone), {
							required_error: 'is required (at least one parcel)',
							invalid_type_error: 'expected a list of parcels',
						})
						.min(1, 'expected at least one parcel'),
				},
				{
					invalid_type_error:
						'expected a shipment object {lineItem, logisticNumer, domesticLogisticInfo}',
				},
			)
			.transform((shipment) => compact(shipment)),
	);

// ref 4.12 (W4): {orderId, tmallOrderId, logisticInfos[]{lineItem, logisticNumer, domesticLogisticInfo[]}}.
const schema = (zone: string) =>
	z.object({
		orderId: textId('logistics order ID'),
		tmallOrderId: optionalTextId('Tmall order ID'),
		logisticInfos: linesSchema(shipmentSchema(zone), 'shipment'),
	});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(
		this,
		schema(this.getTimezone()),
		{
			orderId: this.getNodeParameter('orderId', itemIndex),
			tmallOrderId: this.getNodeParameter('tmallOrderId', itemIndex, ''),
			logisticInfos: readLines.call(this, 'logisticInfos', itemIndex),
		},
		itemIndex,
	);
	return { orderId: input.orderId, body: compact(input as IDataObject) };
}

export async function send(
	this: IExecuteFunctions,
	{ orderId, body }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'logistics.updateDomestic', { body, itemIndex });
	// data is `true` on success; say which order was updated rather than returning a bare boolean.
	const result = isPlainObject(data) ? data : { success: data !== false };
	return toOutput.call(this, { orderId, ...result }, itemIndex);
}
