import type { INodeProperties } from 'n8n-workflow';

export const DEFAULT_OVERLAP_MINUTES = 10;

export const watchProperties: INodeProperties[] = [
	{
		displayName:
			"Polls PandaPon for orders modified since the last poll and emits one item per change. Use it next to the PandaPon Trigger: callbacks are fast, Order Watch finds what callbacks missed (no public HTTPS URL, a delivery given up after 5 retries, an execution that died). Items have the PandaPon Trigger's shape plus change, previous and current.",
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Sources',
		name: 'sources',
		type: 'multiOptions',
		required: true,
		options: [
			{ name: '1688 Orders', value: '1688', description: 'POST /v2/alibaba/order/page' },
			{
				name: 'Taobao Orders',
				value: 'taobao',
				description: 'GET /open/order/page, including sub-order refunds',
			},
		],
		default: ['taobao', '1688'],
		description: 'Order lists to watch',
	},
	{
		displayName: 'Changes',
		name: 'changes',
		type: 'multiOptions',
		options: [
			{
				name: 'Amount',
				value: 'amount',
				description: 'The order total changed (for example a seller price change)',
			},
			{ name: 'Logistics', value: 'logistics', description: 'A mail number appeared or changed' },
			{ name: 'New Order', value: 'created', description: 'An order was created' },
			{ name: 'Refund', value: 'refund', description: 'A refund or after-sales status changed' },
			{ name: 'Status', value: 'status', description: 'The order status changed' },
		],
		default: ['created', 'status', 'amount', 'logistics', 'refund'],
		description: 'Kinds of change that produce an item',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Emit History on First Poll (Hours)',
				name: 'historyHours',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 720 },
				default: 0,
				description:
					'On the first poll after publishing, emit orders modified in this many past hours. 0 (the default) starts from now and emits no history.',
			},
			{
				displayName: 'Overlap (Minutes)',
				name: 'overlapMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1440 },
				default: DEFAULT_OVERLAP_MINUTES,
				description:
					'How far each window reaches back before the previous one ended, for orders modified at the boundary and for clock differences. Changes already emitted inside the overlap are not emitted again.',
			},
		],
	},
];
