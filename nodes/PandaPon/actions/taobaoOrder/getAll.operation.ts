import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pagingOf, pandaPonRequestAllItems } from '../../transport';
import { compact, updateDisplayOptions } from '../../helpers/utils';
import { orderIdSchema, parseInput } from '../../helpers/validation';
import { simplifyProperty } from '../common.descriptions';
import { readWholeLimit, returnAllOrLimit } from '../list';
import { orderStatusOptions, pandaPonDateTime, shapeOrder } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Begin Date Time',
				name: 'beginDateTime',
				type: 'dateTime',
				default: '',
				description:
					"Start of the time range. Sent in China time (UTC+8) as yyyy-MM-dd HH:mm:ss; a date without an offset is read in the workflow's timezone.",
			},
			{
				displayName: 'End Date Time',
				name: 'endDateTime',
				type: 'dateTime',
				default: '',
				description: 'End of the time range, converted like Begin Date Time',
			},
			{
				displayName: 'Order ID',
				name: 'id',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1031992847890383164',
				description: 'PandaPon order ID (19 digits) or an order link containing orderId=',
			},
			{
				displayName: 'Order Number',
				name: 'orderNo',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1031992847781331418',
			},
			{
				displayName: 'Seller Nickname',
				name: 'sellerNick',
				type: 'string',
				default: '',
				description: 'Taobao nickname of the seller',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 0,
				options: orderStatusOptions,
			},
		],
	},
	{
		...simplifyProperty,
		description:
			'Whether to return the main order fields with a readable status name and without each sub-order\'s large "subOrderResult". When off, subOrderResult is parsed into an object.',
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const STATUS_VALUES = new Set(orderStatusOptions.map((option) => option.value));

const filtersSchema = (workflowZone: string) =>
	z.object({
		orderNo: z.string().trim().regex(/^\d*$/, 'expected an order number (digits only)').optional(),
		status: z
			.preprocess(
				(value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
				z.number().int(),
			)
			.refine(
				(status) => STATUS_VALUES.has(status),
				`expected one of the order statuses ${[...STATUS_VALUES].join(', ')}`,
			)
			.optional(),
		sellerNick: z.string().trim().optional(),
		beginDateTime: pandaPonDateTime(workflowZone),
		endDateTime: pandaPonDateTime(workflowZone),
		id: z.union([z.literal(''), orderIdSchema()]).optional(),
	});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const filters = parseInput.call(
		this,
		filtersSchema(this.getTimezone()),
		this.getNodeParameter('filters', itemIndex, {}),
		itemIndex,
	);
	return {
		simplify,
		qs: compact(filters as IDataObject),
		limit: readWholeLimit.call(this, itemIndex),
	};
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const records = await pandaPonRequestAllItems.call(
		this,
		'taobaoOrder.getAll',
		pagingOf('taobaoOrder.getAll'),
		{
			returnAll: input.limit === undefined,
			limit: input.limit,
			qs: input.qs,
			itemIndex,
		},
	);
	return records.map((record) => ({
		json: shapeOrder(record, input.simplify),
		pairedItem: { item: itemIndex },
	}));
}
