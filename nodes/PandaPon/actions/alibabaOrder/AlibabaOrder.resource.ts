import type { INodeProperties } from 'n8n-workflow';

import * as batchCreate from './batchCreate.operation';
import * as batchPreview from './batchPreview.operation';
import * as cancel from './cancel.operation';
import * as confirmReceipt from './confirmReceipt.operation';
import * as create from './create.operation';
import * as decryptWangwang from './decryptWangwang.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getLogistics from './getLogistics.operation';
import * as getPaymentUrl from './getPaymentUrl.operation';
import * as preview from './preview.operation';
import * as submitForPayment from './submitForPayment.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	batchCreate: defineOperation(batchCreate),
	batchPreview: defineOperation(batchPreview),
	cancel: defineOperation(cancel),
	confirmReceipt: defineOperation(confirmReceipt),
	create: defineOperation(create),
	decryptWangwang: defineOperation(decryptWangwang),
	get: defineOperation(get),
	getAll: defineOperation(getAll),
	getLogistics: defineOperation(getLogistics),
	getPaymentUrl: defineOperation(getPaymentUrl),
	preview: defineOperation(preview),
	submitForPayment: defineOperation(submitForPayment),
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['alibabaOrder'] } },
		default: 'getAll',
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a 1688 order',
				description: 'Cancel an unpaid 1688 order. Sent once, never retried automatically.',
			},
			{
				name: 'Confirm Receipt',
				value: 'confirmReceipt',
				action: 'Confirm receipt of a 1688 order',
				description:
					'Confirm that the goods arrived, releasing payment to the seller. Sent once, never retried automatically.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a 1688 order',
				description:
					'Place a real 1688 order with one seller (spends real money once paid). Sent once, never retried automatically.',
			},
			{
				name: 'Create for Several Sellers',
				value: 'batchCreate',
				action: 'Create 1688 orders for several sellers',
				description:
					'Place real 1688 orders across sellers in one call, one output item per created order. Sent once, never retried automatically.',
			},
			{
				name: 'Decrypt Wangwang Nickname',
				value: 'decryptWangwang',
				action: 'Decrypt a 1688 seller wangwang nickname',
				description: "Turn a seller's encrypted open ID into its Wangwang (chat) nickname",
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a 1688 order',
				description: 'Get one 1688 order by ID',
			},
			{
				name: 'Get Logistics',
				value: 'getLogistics',
				action: 'Get logistics of a 1688 order',
				description: 'Get the logistics tracking of a 1688 order',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many 1688 orders',
				description: 'List 1688 orders, optionally by trade status',
			},
			{
				name: 'Get Payment URL',
				value: 'getPaymentUrl',
				action: 'Get the payment URL of a 1688 order',
				description: 'Get the link where a person pays a 1688 order; nothing is paid by this call',
			},
			{
				name: 'Preview',
				value: 'preview',
				action: 'Preview a 1688 order',
				description:
					'Price an order with one seller before creating it (freight, totals); nothing is ordered',
			},
			{
				name: 'Preview for Several Sellers',
				value: 'batchPreview',
				action: 'Preview 1688 orders for several sellers',
				description: 'Price orders across sellers before creating them; nothing is ordered',
			},
			{
				name: 'Submit for Payment',
				value: 'submitForPayment',
				action: 'Submit 1688 orders for payment',
				description:
					'Pay 1688 orders in bulk from the developer account: spends real money. Sent once, never retried automatically.',
			},
		],
	},
	...batchCreate.description,
	...batchPreview.description,
	...cancel.description,
	...confirmReceipt.description,
	...create.description,
	...decryptWangwang.description,
	...get.description,
	...getAll.description,
	...getLogistics.description,
	...getPaymentUrl.description,
	...preview.description,
	...submitForPayment.description,
];
