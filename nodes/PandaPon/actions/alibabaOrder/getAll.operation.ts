import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pagingOf, pandaPonRequestAllItems } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { simplifyProperty } from '../common.descriptions';
import { readReturnAllOrLimit, returnAllOrLimit, returnAllOrLimitFields } from '../list';
import { shapeOrders } from './simplify';

/** 1688 trade statuses (reference section 5). */
export const ALIBABA_TRADE_STATUSES = [
	{ name: 'Awaiting Buyer Payment', value: 'waitbuyerpay' },
	{ name: 'Awaiting Buyer Receipt', value: 'waitbuyerreceive' },
	{ name: 'Awaiting Seller Shipment', value: 'waitsellersend' },
	{ name: 'Cancelled', value: 'cancel' },
	{ name: 'Goods Received', value: 'confirm_goods' },
	{ name: 'Succeeded', value: 'success' },
	{ name: 'Terminated', value: 'terminated' },
] as const;

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
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'waitbuyerpay',
				options: [...ALIBABA_TRADE_STATUSES],
				description: '1688 trade status of the orders to return',
			},
		],
	},
	simplifyProperty,
];

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const schema = z.object({
	returnAll: z.boolean(),
	limit: returnAllOrLimitFields.limit,
	filters: z.object({
		status: z
			.enum(ALIBABA_TRADE_STATUSES.map((status) => status.value) as [string, ...string[]], {
				errorMap: () => ({
					message: `expected one of ${ALIBABA_TRADE_STATUSES.map((status) => status.value).join(', ')}`,
				}),
			})
			.optional(),
	}),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = parseInput.call(
		this,
		schema,
		{
			...readReturnAllOrLimit.call(this, itemIndex),
			filters: this.getNodeParameter('filters', itemIndex, {}),
		},
		itemIndex,
	);
	return { ...input, simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean };
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const orders = await pandaPonRequestAllItems.call(
		this,
		'alibabaOrder.getAll',
		pagingOf('alibabaOrder.getAll'),
		{
			returnAll: input.returnAll,
			limit: input.limit,
			body: input.filters.status ? { status: input.filters.status } : {},
			itemIndex,
		},
	);
	return toOutput.call(this, shapeOrders(orders, input.simplify), itemIndex);
}
