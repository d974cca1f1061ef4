import type { INodeProperties } from 'n8n-workflow';

import { platformProperty } from '../common.descriptions';
import * as add from './add.operation';
import * as createOrder from './createOrder.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as preview from './preview.operation';
import * as updateQuantity from './updateQuantity.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	add: defineOperation(add),
	createOrder: defineOperation(createOrder),
	delete: defineOperation(del),
	getAll: defineOperation(getAll),
	preview: defineOperation(preview),
	updateQuantity: defineOperation(updateQuantity),
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['cart'] } },
		default: 'getAll',
		options: [
			{
				name: 'Add Item',
				value: 'add',
				action: 'Add an item to the cart',
				description: 'Put a Taobao SKU or a 1688 offer in the PandaPon cart',
			},
			{
				name: 'Create Order',
				value: 'createOrder',
				action: 'Create an order from cart items',
				description: 'Order the given cart lines. Spends real money; never retried automatically.',
			},
			{
				name: 'Delete Items',
				value: 'delete',
				action: 'Delete items from the cart',
				description: 'Remove cart lines by their cart record IDs',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many cart items',
				description: 'List the cart, one item per cart line',
			},
			{
				name: 'Preview Order',
				value: 'preview',
				action: 'Preview an order from cart items',
				description:
					'Show shops, shipping fees and totals for the given cart lines without ordering',
			},
			{
				name: 'Update Quantity',
				value: 'updateQuantity',
				action: 'Update the quantity of a cart item',
				description: 'Change how many pieces a cart line holds',
			},
		],
	},
	{
		...platformProperty,
		description: 'Which cart to work with: the Taobao cart or the 1688 cart',
		displayOptions: { show: { resource: ['cart'] } },
	},
	...add.description,
	...createOrder.description,
	...del.description,
	...getAll.description,
	...preview.description,
	...updateQuantity.description,
];
