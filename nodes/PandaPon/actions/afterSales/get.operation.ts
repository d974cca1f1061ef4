import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	alibabaRefundIdProperty,
	alibabaRefundIdSchema,
	taobaoRefundIdProperty,
	taobaoRefundIdSchema,
} from './shared';

export const description = [
	...updateDisplayOptions(
		{
			show: {
				resource: ['afterSales'],
				operation: ['get'],
				platform: ['taobao'],
			},
		},
		[taobaoRefundIdProperty],
	),
	...updateDisplayOptions(
		{
			show: {
				resource: ['afterSales'],
				operation: ['get'],
				platform: ['alibaba'],
			},
		},
		[alibabaRefundIdProperty],
	),
];

type Input = { platform: 'alibaba'; refundId: string } | { platform: 'taobao'; refundId: string };

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	const refundId = this.getNodeParameter('refundId', itemIndex);
	if (platform === 'alibaba') {
		return {
			platform,
			...parseInput.call(
				this,
				z.object({ refundId: alibabaRefundIdSchema() }),
				{ refundId },
				itemIndex,
			),
		};
	}
	return {
		platform: 'taobao',
		...parseInput.call(
			this,
			z.object({ refundId: taobaoRefundIdSchema() }),
			{ refundId },
			itemIndex,
		),
	};
}

export async function send(
	this: IExecuteFunctions,
	{ platform, refundId }: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	// ref 4.9 (A-A1): POST /alibaba/refund/info {refundId}; ref 4.4 (T-A10): GET /v2/taobao/order/refund/query?refundId=
	const data =
		platform === 'alibaba'
			? await pandaPonRequest.call(this, 'afterSales.get.alibaba', {
					body: { refundId },
					itemIndex,
				})
			: await pandaPonRequest.call(this, 'afterSales.get.taobao', { qs: { refundId }, itemIndex });
	return toOutput.call(this, data ?? {}, itemIndex);
}
