import type { INodePropertyOptions } from 'n8n-workflow';

/** Selecting this value (or nothing) lets every message type through. */
export const ANY_EVENT = '*';

/**
 * Message types PandaPon pushes. The names come from the Xportcn KA message manual (1688 examples, reference §3.1);
 * PandaPon's Taobao type strings are unpublished, so ORDER_STATUS_CHANGE is our inferred name for its
 * "order status modification" callback. Unknown types still arrive with "Any Event".
 */
export const pandaPonEvents: INodePropertyOptions[] = [
	{
		name: 'After-Sales Refund',
		value: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND',
		description: 'A refund or after-sales case changed (ORDER_BUYER_VIEW_ORDER_BUYER_REFUND)',
	},
	{
		name: 'Order Cancelled',
		value: 'ORDER_CANCEL',
		description: 'An order was closed or cancelled (ORDER_CANCEL)',
	},
	{
		name: 'Order Created',
		value: 'ORDER_CREATE',
		description: 'An order was created (ORDER_CREATE)',
	},
	{
		name: 'Order Paid',
		value: 'ORDER_PAY_SUCCESS',
		description: 'An order was paid (ORDER_PAY_SUCCESS)',
	},
	{
		name: 'Order Price Changed',
		value: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
		description: 'The seller changed the price of an order (ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY)',
	},
	{
		name: 'Order Status Changed',
		value: 'ORDER_STATUS_CHANGE',
		description:
			'An order changed status (ORDER_STATUS_CHANGE, inferred name: PandaPon has not published it)',
	},
];

export const eventOptions: INodePropertyOptions[] = [
	{
		name: 'Any Event',
		value: ANY_EVENT,
		description: 'Every message type, including ones not listed here',
	},
	...pandaPonEvents,
];
