/**
 * List operations: the Return All / Limit parameters, reading and checking them, and the request of every page up
 * to the limit with one output item per record.
 */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pagingOf, pandaPonRequestAllItems, type CallArgs } from '../transport';
import type { EndpointKey } from '../transport/endpoints';
import { toOutput } from '../helpers/utils';
import { parseInput, wholeNumber } from '../helpers/validation';

export function returnAllOrLimit(maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			displayOptions: { show: { returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/** The two parameters as given; Limit is read only when Return All is off. The operation's schema checks them. */
export function readReturnAllOrLimit(
	this: IExecuteFunctions,
	itemIndex: number,
): { returnAll: boolean; limit: unknown } {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return {
		returnAll,
		limit: returnAll ? undefined : this.getNodeParameter('limit', itemIndex, 50),
	};
}

/** Schema fields for `readReturnAllOrLimit()`, to spread into an operation's z.object. */
const limitSchema = wholeNumber('expected a positive whole number', 1);

export const returnAllOrLimitFields = {
	returnAll: z.boolean(),
	limit: limitSchema.optional(),
};

const wholeLimitSchema = z.object({ limit: limitSchema });

/** Limit checked on its own (digit text from an expression is accepted); undefined means Return All. */
export function readWholeLimit(this: IExecuteFunctions, itemIndex: number): number | undefined {
	const list = readReturnAllOrLimit.call(this, itemIndex);
	return list.returnAll
		? undefined
		: parseInput.call(this, wholeLimitSchema, { limit: list.limit }, itemIndex).limit;
}

/** Every page of a list endpoint (paged as its catalogue entry says) up to the limit, one output item per record. */
export async function requestListOutput(
	this: IExecuteFunctions,
	key: EndpointKey,
	itemIndex: number,
	list: { returnAll: boolean; limit?: number },
	request: Pick<CallArgs, 'body' | 'qs'> = {},
): Promise<INodeExecutionData[]> {
	const records = await pandaPonRequestAllItems.call(this, key, pagingOf(key), {
		...request,
		returnAll: list.returnAll,
		limit: list.limit,
		itemIndex,
	});
	return toOutput.call(this, records, itemIndex);
}
