import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, readParameters, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import {
	acknowledged,
	alibabaRefundIdProperty,
	alibabaRefundIdSchema,
	requiredText,
	trackingNumber,
	urlList,
} from './shared';

const properties: INodeProperties[] = [
	alibabaRefundIdProperty,
	{
		displayName: 'Logistics Company No',
		name: 'logisticsCompanyNo',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SF',
		description: 'Carrier code, from the Get Logistics Companies operation (companyNo)',
	},
	{
		displayName: 'Tracking Number',
		name: 'freightBill',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SF1234521212678',
		description: 'Waybill number of the return parcel',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
	},
	{
		displayName: 'Voucher URLs',
		name: 'vouchers',
		type: 'string',
		default: '',
		description: 'Comma-separated image URLs returned by the Upload Voucher operation',
	},
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['submitReturn'],
		platform: ['alibaba'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.9 (A-A5): body {refundId (TQ…), logisticsCompanyNo, freightBill, description?, vouchers[]?}.
const schema = z.object({
	refundId: alibabaRefundIdSchema(),
	logisticsCompanyNo: requiredText('a logistics company number'),
	freightBill: trackingNumber(),
	description: z.string().trim().optional(),
	vouchers: urlList('voucher URL'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const { vouchers, ...fields } = parseInput.call(
		this,
		schema,
		readParameters.call(this, properties, itemIndex),
		itemIndex,
	);
	return { ...compact(fields), ...(vouchers.length ? { vouchers } : {}) };
}

export async function send(
	this: IExecuteFunctions,
	body: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.submitReturn.alibaba', {
		body,
		itemIndex,
	});
	return toOutput.call(this, acknowledged(data, body), itemIndex);
}
