import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { readParameters, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	acknowledged,
	requiredText,
	taobaoRefundIdProperty,
	taobaoRefundIdSchema,
	trackingNumber,
} from './shared';

const properties: INodeProperties[] = [
	taobaoRefundIdProperty,
	{
		displayName: 'Logistics Company Code',
		name: 'logisticsCompanyCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SF',
		description: 'Code of the carrier, from Render Return Logistics (logisticsCompanies[].code)',
	},
	{
		displayName: 'Tracking Number',
		name: 'logisticsNo',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SF12181323546',
	},
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['submitReturnLogistics'],
		platform: ['taobao'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): body {refundId, logisticsCompanyCode, logisticsNo}; data true.
const schema = z.object({
	refundId: taobaoRefundIdSchema(),
	logisticsCompanyCode: requiredText('a logistics company code'),
	logisticsNo: trackingNumber(),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return parseInput.call(this, schema, readParameters.call(this, properties, itemIndex), itemIndex);
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.submitReturnLogistics.taobao', {
		body,
		itemIndex,
	});
	return toOutput.call(this, acknowledged(data, body), itemIndex);
}
