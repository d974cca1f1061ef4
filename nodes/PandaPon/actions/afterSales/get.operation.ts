import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { alibabaRefundIdProperty, alibabaRefundIdSchema, taobaoRefundIdProperty, taobaoRefundIdSchema } from './shared';

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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	const refundId = this.getNodeParameter('refundId', itemIndex);
	if (platform === 'alibaba') {
		// ref 4.9 (A-A1): POST /alibaba/refund/info {refundId}
		const body = parseInput.call(this, z.object({ refundId: alibabaRefundIdSchema() }), { refundId }, itemIndex);
		const data = await pandaPonRequest.call(this, 'afterSales.get.alibaba', {
			body,
			itemIndex,
		});
		return toOutput.call(this, data ?? {}, itemIndex);
	}
	// ref 4.4 (T-A10): GET /v2/taobao/order/refund/query?refundId=
	const qs = parseInput.call(this, z.object({ refundId: taobaoRefundIdSchema() }), { refundId }, itemIndex);
	const data = await pandaPonRequest.call(this, 'afterSales.get.taobao', {
		qs,
		itemIndex,
	});
	return toOutput.call(this, data ?? {}, itemIndex);
}
