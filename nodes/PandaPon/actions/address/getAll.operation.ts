import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	{
		displayName:
			'This path is inferred from PandaPon\'s menu ("Get user address information", POST); see the README.',
		name: 'inferredNotice',
		type: 'notice',
		default: '',
	},
];

const displayOptions = { show: { resource: ['address'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export function parse(): Record<string, never> {
	return {};
}

export async function send(
	this: IExecuteFunctions,
	_input: Record<string, never>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'address.getAll', { body: {}, itemIndex });
	return toOutput.call(this, data ?? [], itemIndex);
}
