import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { orderIdSchema, parseInput, taobaoItemIdSchema } from '../../helpers/validation';

const properties: INodeProperties[] = [
	{
		displayName: 'Chat About',
		name: 'sourceType',
		type: 'options',
		default: 'order',
		options: [
			{ name: 'Item', value: 'item', description: 'Open a chat with the seller of a Taobao item' },
			{
				name: 'Order',
				value: 'order',
				description: 'Open a chat with the seller of a purchase order',
			},
		],
	},
	{
		displayName: 'Item ID or Link',
		name: 'bizId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 672991141190',
		description: 'Taobao item ID, or a Taobao / Tmall item link',
		displayOptions: { show: { sourceType: ['item'] } },
	},
	{
		displayName: 'Order ID or Link',
		name: 'bizId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1031992847890383164',
		description: 'PandaPon order ID, or an order link containing orderId=',
		displayOptions: { show: { sourceType: ['order'] } },
	},
];

const displayOptions = { show: { resource: ['taobaoOrder'], operation: ['getImLink'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.2 (T-O7): the page's schema (loginName/password/pageName/pageParamMap) contradicts its example
// {"sourceType":"item","bizId":"234576234"}; we send the example's shape. data is the chat URL.
const schema = z.discriminatedUnion('sourceType', [
	z.object({ sourceType: z.literal('item'), bizId: taobaoItemIdSchema() }),
	z.object({ sourceType: z.literal('order'), bizId: orderIdSchema() }),
]);

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(
		this,
		schema,
		{
			sourceType: this.getNodeParameter('sourceType', itemIndex),
			bizId: this.getNodeParameter('bizId', itemIndex),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'taobaoOrder.getImLink', { body, itemIndex });
	return toOutput.call(this, isPlainObject(data) ? data : { url: data, ...body }, itemIndex);
}
