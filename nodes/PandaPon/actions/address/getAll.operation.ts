import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	{
		displayName: 'This path is inferred from PandaPon\'s menu ("Get user address information", POST); see the README.',
		name: 'inferredNotice',
		type: 'notice',
		default: '',
	},
];

const displayOptions = { show: { resource: ['address'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'address.getAll', { body: {}, itemIndex });
	return toOutput.call(this, data ?? [], itemIndex);
}
