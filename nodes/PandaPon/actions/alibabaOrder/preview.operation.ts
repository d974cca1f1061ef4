import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { orderBodyProperties, orderBodySchema, readOrderInput, toOrderBody } from './cargo';

const properties: INodeProperties[] = orderBodyProperties(false);

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['preview'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// ref 4.8 (A-O6): addressParam + cargoParamList, flow as for create. Nothing is ordered.
const schema = orderBodySchema(false);

export function parse(this: IExecuteFunctions, itemIndex: number) {
	return {
		body: toOrderBody(
			parseInput.call(this, schema, readOrderInput.call(this, itemIndex), itemIndex),
		),
	};
}

export async function send(
	this: IExecuteFunctions,
	{ body }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const data = await pandaPonRequest.call(this, 'alibabaOrder.preview', { body, itemIndex });
	return toOutput.call(this, data, itemIndex);
}
