import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { acknowledged, taobaoRefundIdProperty, taobaoRefundIdSchema } from './shared';

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

const text = (label: string) =>
	z
		.string({ invalid_type_error: `expected ${label} as text` })
		.trim()
		.min(1, `${label} is required`);

// Catalogue note (inferred): body {refundId, logisticsCompanyCode, logisticsNo}; data true.
const schema = z.object({
	refundId: taobaoRefundIdSchema(),
	logisticsCompanyCode: text('a logistics company code'),
	logisticsNo: text('a tracking number').regex(/^[A-Za-z0-9-]+$/, 'expected a tracking number of letters and digits'),
});

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const input = Object.fromEntries(properties.map((p) => [p.name, this.getNodeParameter(p.name, itemIndex)]));
	const body = parseInput.call(this, schema, input, itemIndex);
	const data = await pandaPonRequest.call(this, 'afterSales.submitReturnLogistics.taobao', { body, itemIndex });
	return toOutput.call(this, acknowledged(data, body), itemIndex);
}
