import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { orderIdSchema, parseInput } from '../../helpers/validation';
import {
	ALIBABA_GOODS_STATUSES,
	alibabaGoodsStatusProperty,
	alibabaOrderIdProperty,
	idList,
	orderEntryIdsProperty,
} from './shared';

const properties: INodeProperties[] = [alibabaOrderIdProperty, orderEntryIdsProperty, alibabaGoodsStatusProperty];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['getReasons'],
		platform: ['alibaba'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): body {orderId, orderEntryIds, goodsStatus}; data [{id, name, needVoucher}]. Ids stay strings.
const schema = z.object({
	orderId: orderIdSchema(),
	orderEntryIds: idList('sub-order ID'),
	goodsStatus: z.enum(ALIBABA_GOODS_STATUSES, {
		errorMap: () => ({
			message: `expected one of ${ALIBABA_GOODS_STATUSES.join(', ')}`,
		}),
	}),
});

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const input = Object.fromEntries(properties.map((p) => [p.name, this.getNodeParameter(p.name, itemIndex)]));
	const body = parseInput.call(this, schema, input, itemIndex);
	const data = await pandaPonRequest.call(this, 'afterSales.getReasons.alibaba', { body, itemIndex });
	return toOutput.call(this, data ?? [], itemIndex);
}
