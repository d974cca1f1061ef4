import type { INodeProperties } from 'n8n-workflow';

import { platformProperty } from '../common.descriptions';
import * as addMessage from './addMessage.operation';
import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getLogisticsCompanies from './getLogisticsCompanies.operation';
import * as getMessages from './getMessages.operation';
import * as getReasons from './getReasons.operation';
import * as render from './render.operation';
import * as renderReturnLogistics from './renderReturnLogistics.operation';
import * as submitReturn from './submitReturn.operation';
import * as submitReturnLogistics from './submitReturnLogistics.operation';
import * as update from './update.operation';
import * as uploadVoucher from './uploadVoucher.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	addMessage: defineOperation(addMessage),
	cancel: defineOperation(cancel),
	create: defineOperation(create),
	get: defineOperation(get),
	getAll: defineOperation(getAll),
	getLogisticsCompanies: defineOperation(getLogisticsCompanies),
	getMessages: defineOperation(getMessages),
	getReasons: defineOperation(getReasons),
	render: defineOperation(render),
	renderReturnLogistics: defineOperation(renderReturnLogistics),
	submitReturn: defineOperation(submitReturn),
	submitReturnLogistics: defineOperation(submitReturnLogistics),
	update: defineOperation(update),
	uploadVoucher: defineOperation(uploadVoucher),
};

export const description: INodeProperties[] = [
	{
		...platformProperty,
		displayOptions: { show: { resource: ['afterSales'] } },
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: { resource: ['afterSales'], platform: ['taobao'] },
		},
		default: 'getAll',
		options: [
			{
				name: 'Add Message',
				value: 'addMessage',
				action: 'Add a message to a taobao refund',
				description:
					'Send a message (and images) to the seller about a reverse order. Sent once and never retried automatically.',
			},
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a taobao refund',
				description:
					'Withdraw a reverse order (refund request). Sent once and never retried automatically.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a taobao refund',
				description:
					'Submit a reverse order (refund, or return and refund) for one sub-order; use Render first for the reasons and the maximum amount. Sent once and never retried automatically.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a taobao refund',
				description: 'Get the details and status of one reverse order',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many taobao refunds',
				description: 'List reverse orders, filtered by ID, order, status or date',
			},
			{
				name: 'Get Messages',
				value: 'getMessages',
				action: 'Get the messages of a taobao refund',
				description: 'List the messages exchanged with the seller about a reverse order',
			},
			{
				name: 'Render',
				value: 'render',
				action: 'Render a taobao refund form',
				description:
					'Get the refund reasons, goods statuses and maximum refund amount allowed for a sub-order, before Create',
			},
			{
				name: 'Render Return Logistics',
				value: 'renderReturnLogistics',
				action: 'Render the return logistics of a taobao refund',
				description: 'Get the return address and the carriers allowed for sending goods back',
			},
			{
				name: 'Submit Return Logistics',
				value: 'submitReturnLogistics',
				action: 'Submit the return logistics of a taobao refund',
				description:
					'Tell the seller which carrier and tracking number the returned goods use. Sent once and never retried automatically.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a taobao refund',
				description:
					'Change the type, reason, amount or description of a reverse order. Sent once and never retried automatically.',
			},
		],
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: { resource: ['afterSales'], platform: ['alibaba'] },
		},
		default: 'get',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a 1688 refund',
				description:
					'Apply for a refund, or a return and refund, on 1688 order lines; use Get Reasons first. Sent once and never retried automatically.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a 1688 refund',
				description: 'Get the details and status of one 1688 refund (TQ…)',
			},
			{
				name: 'Get Logistics Companies',
				value: 'getLogisticsCompanies',
				action: 'Get 1688 logistics companies',
				description: 'List the carriers accepted for returning goods',
			},
			{
				name: 'Get Reasons',
				value: 'getReasons',
				action: 'Get 1688 refund reasons',
				description: 'List the refund reasons allowed for order lines in a given goods status',
			},
			{
				name: 'Submit Return',
				value: 'submitReturn',
				action: 'Submit a 1688 return',
				description:
					'Send the carrier and tracking number of the returned goods. Sent once and never retried automatically.',
			},
			{
				name: 'Upload Voucher',
				value: 'uploadVoucher',
				action: 'Upload a 1688 refund voucher',
				description:
					'Upload an image (binary) as proof for a refund; returns its URL. Sent once and never retried automatically.',
			},
		],
	},
	...addMessage.description,
	...cancel.description,
	...create.description,
	...get.description,
	...getAll.description,
	...getLogisticsCompanies.description,
	...getMessages.description,
	...getReasons.description,
	...render.description,
	...renderReturnLogistics.description,
	...submitReturn.description,
	...submitReturnLogistics.description,
	...update.description,
	...uploadVoucher.description,
];
