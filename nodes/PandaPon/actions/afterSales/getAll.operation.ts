import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { z } from 'zod';

import { compact, updateDisplayOptions } from '../../helpers/utils';
import { numericId, parseInput } from '../../helpers/validation';
import {
	readReturnAllOrLimit,
	requestListOutput,
	returnAllOrLimit,
	returnAllOrLimitFields,
} from '../list';
import { taobaoRefundStatusOptions } from './shared';

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
				displayName: 'Purchase Order ID',
				name: 'purchaseOrderId',
				type: 'string',
				default: '',
				description: 'PandaPon purchase order ID',
			},
			{
				displayName: 'Refund ID',
				name: 'refundId',
				type: 'string',
				default: '',
				description: 'ID of one reverse order',
			},
			{
				displayName: 'Refund Status',
				name: 'refundStatus',
				type: 'options',
				default: 10,
				options: taobaoRefundStatusOptions,
				description:
					'Status of the reverse order. PandaPon does not document these values; they are the known Taobao sub-order refund statuses.',
			},
			{
				displayName: 'Refunds Created After',
				name: 'refundStartTime',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Refunds Created Before',
				name: 'refundEndTime',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Sales Order ID',
				name: 'salesOrderId',
				type: 'string',
				default: '',
				description: 'Your own sales order number',
			},
		],
	},
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['getAll'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

/** A date as epoch milliseconds (the unit of PandaPon's other timestamps, e.g. createTime); read in the workflow's zone. */
function epochMs(zone: string) {
	return z.preprocess((value, ctx) => {
		if (value === '' || value === undefined || value === null) return undefined;
		if (typeof value === 'number') return value;
		const date = DateTime.isDateTime(value) ? value : DateTime.fromISO(String(value), { zone });
		if (date.isValid) return date.toMillis();
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			message: 'expected a date such as 2026-05-01T00:00:00',
		});
		return z.NEVER;
	}, z.number().int().safe().nonnegative().optional());
}

// ref 4.4 (T-A1): body {refundId, purchaseOrderId, salesOrderId, refundStatus int, refundStartTime int, refundEndTime int, pageNo, pageSize}.
// The page shape is not documented.
function schema(zone: string) {
	return z.object({
		...returnAllOrLimitFields,
		filters: z
			.object({
				refundId: numericId('a refund ID').optional(),
				purchaseOrderId: numericId('a purchase order ID').optional(),
				salesOrderId: z.string().trim().optional(),
				refundStatus: z
					.number({ invalid_type_error: 'expected a status number' })
					.int()
					.safe()
					.optional(),
				refundStartTime: epochMs(zone),
				refundEndTime: epochMs(zone),
			})
			.strict()
			.refine(
				(f) => !f.refundStartTime || !f.refundEndTime || f.refundStartTime <= f.refundEndTime,
				{
					message: 'Refunds Created Before is earlier than Refunds Created After',
					path: ['refundEndTime'],
				},
			),
	});
}

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const filters = compact(
		this.getNodeParameter('filters', itemIndex, {}) as Record<string, string | number>,
	);
	return parseInput.call(
		this,
		schema(this.getTimezone()),
		{ ...readReturnAllOrLimit.call(this, itemIndex), filters },
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await requestListOutput.call(this, 'afterSales.getAll.taobao', itemIndex, input, {
		body: compact(input.filters),
	});
}
