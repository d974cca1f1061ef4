import type { INodeProperties } from 'n8n-workflow';

import * as createInternationalOrder from './createInternationalOrder.operation';
import * as estimateItemFreight from './estimateItemFreight.operation';
import * as previewOrderFreight from './previewOrderFreight.operation';
import * as updateDomestic from './updateDomestic.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	createInternationalOrder: defineOperation(createInternationalOrder),
	estimateItemFreight: defineOperation(estimateItemFreight),
	previewOrderFreight: defineOperation(previewOrderFreight),
	updateDomestic: defineOperation(updateDomestic),
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['logistics'] } },
		default: 'estimateItemFreight',
		options: [
			{
				name: 'Create International Order',
				value: 'createInternationalOrder',
				action: 'Create an international logistics order',
				description:
					'Book international shipping for a freight preview (freight is charged). Sent once, never retried automatically.',
			},
			{
				name: 'Estimate Item Freight',
				value: 'estimateItemFreight',
				action: 'Estimate overseas freight for an item',
				description: 'Estimate the overseas shipping cost of one product to an address',
			},
			{
				name: 'Preview Order Freight',
				value: 'previewOrderFreight',
				action: 'Preview overseas freight for an order',
				description:
					'Price overseas shipping for several items; the result carries the renderId to book it',
			},
			{
				name: 'Update Domestic Logistics',
				value: 'updateDomestic',
				action: 'Update domestic logistics information',
				description:
					'Send the China-side tracking numbers of parcels to the warehouse. Sent once, never retried automatically.',
			},
		],
	},
	...createInternationalOrder.description,
	...estimateItemFreight.description,
	...previewOrderFreight.description,
	...updateDomestic.description,
];
