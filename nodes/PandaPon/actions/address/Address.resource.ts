import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';
import * as upsert from './upsert.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	getAll: defineOperation(getAll),
	upsert: defineOperation(upsert),
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['address'] } },
		default: 'getAll',
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update an address',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many addresses',
				description: "List the user's saved addresses",
			},
		],
	},
	...getAll.description,
	...upsert.description,
];
