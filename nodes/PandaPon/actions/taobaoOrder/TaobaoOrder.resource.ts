import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getImLink from './getImLink.operation';
import * as getLogistics from './getLogistics.operation';
import * as pay from './pay.operation';
import * as updateWarehouse from './updateWarehouse.operation';
import * as uploadVoucher from './uploadVoucher.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	cancel: defineOperation(cancel),
	create: defineOperation(create),
	get: defineOperation(get),
	getAll: defineOperation(getAll),
	getImLink: defineOperation(getImLink),
	getLogistics: defineOperation(getLogistics),
	pay: defineOperation(pay),
	updateWarehouse: defineOperation(updateWarehouse),
	uploadVoucher: defineOperation(uploadVoucher),
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['taobaoOrder'] } },
		default: 'getAll',
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an order',
				description: 'Cancel a purchase order. Never retried automatically.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an order',
				description:
					'Place a purchase order for Taobao items. Spends real money; never retried automatically.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an order',
				description: 'Get one purchase order by its ID',
			},
			{
				name: 'Get IM Link',
				value: 'getImLink',
				action: 'Get a chat link for an item or order',
				description: 'Get a link that opens a chat with the seller',
			},
			{
				name: 'Get Logistics',
				value: 'getLogistics',
				action: 'Get logistics of an order line',
				description: 'Get tracking details for one sub-purchase order',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many orders',
				description: 'List purchase orders, with filters for status, dates, seller and numbers',
			},
			{
				name: 'Pay',
				value: 'pay',
				action: 'Pay an order',
				description:
					'Pay a purchase order from your PandaPon balance. Spends real money; never retried automatically.',
			},
			{
				name: 'Update Warehouse',
				value: 'updateWarehouse',
				action: 'Update the warehouse of an order',
				description:
					'Change the forwarding warehouse the order ships to. Never retried automatically.',
			},
			{
				name: 'Upload Voucher',
				value: 'uploadVoucher',
				action: 'Upload a payment voucher for an order',
				description:
					'Upload proof of an offline payment (a file from a previous node). Never retried automatically.',
			},
		],
	},
	...cancel.description,
	...create.description,
	...get.description,
	...getAll.description,
	...getImLink.description,
	...getLogistics.description,
	...pay.description,
	...updateWarehouse.description,
	...uploadVoucher.description,
];
