import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/utils';
import * as alibaba from './createAlibaba';
import * as taobao from './createTaobao';

export const description = [
	...updateDisplayOptions(
		{
			show: {
				resource: ['afterSales'],
				operation: ['create'],
				platform: ['taobao'],
			},
		},
		taobao.properties,
	),
	...updateDisplayOptions(
		{
			show: {
				resource: ['afterSales'],
				operation: ['create'],
				platform: ['alibaba'],
			},
		},
		alibaba.properties,
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	return platform === 'alibaba'
		? await alibaba.execute.call(this, itemIndex)
		: await taobao.execute.call(this, itemIndex);
}
