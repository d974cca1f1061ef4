import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	{
		displayName: 'Returns one item per carrier; use its companyNo in Submit Return',
		name: 'companiesNotice',
		type: 'notice',
		default: '',
	},
];

const displayOptions = {
	show: {
		resource: ['afterSales'],
		operation: ['getLogisticsCompanies'],
		platform: ['alibaba'],
	},
};

export const description = updateDisplayOptions(displayOptions, properties);

// Catalogue note (inferred): GET without parameters; data [{companyNo, companyName}].
export function parse(): Record<string, never> {
	return {};
}

export async function send(
	this: IExecuteFunctions,
	_input: Record<string, never>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'afterSales.getLogisticsCompanies.alibaba', {
		itemIndex,
	});
	return toOutput.call(this, data ?? [], itemIndex);
}
