import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
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

type Input =
	| { platform: 'alibaba'; body: alibaba.Body }
	| { platform: 'taobao'; body: taobao.Body };

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	return platform === 'alibaba'
		? { platform, body: alibaba.parseBody.call(this, itemIndex) }
		: { platform: 'taobao', body: taobao.parseBody.call(this, itemIndex) };
}

export async function send(
	this: IExecuteFunctions,
	input: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const key =
		input.platform === 'alibaba' ? 'afterSales.create.alibaba' : 'afterSales.create.taobao';
	const data = await pandaPonRequest.call(this, key, { body: input.body, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex, 'refundId');
}
