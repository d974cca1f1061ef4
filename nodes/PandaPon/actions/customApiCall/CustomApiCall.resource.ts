import type { INodeProperties } from 'n8n-workflow';

import * as request from './request.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	request: defineOperation(request),
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customApiCall'] } },
		default: 'request',
		options: [
			{
				name: 'Make a Signed Request',
				value: 'request',
				action: 'Make a signed request',
				description:
					'Call any PandaPon endpoint with the signed headers and envelope handling of this node',
			},
		],
	},
	...request.description,
];
