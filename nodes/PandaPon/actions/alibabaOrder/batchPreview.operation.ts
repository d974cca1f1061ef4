import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { pandaPonRequest } from '../../transport';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';
import { orderBodyProperties, orderBodySchema, readOrderInput, toOrderBody } from './cargo';

const properties: INodeProperties[] = orderBodyProperties(true);

const displayOptions = { show: { resource: ['alibabaOrder'], operation: ['batchPreview'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Inferred endpoint (catalogue note): same body as batch create (seed 003); one preview per seller.
const schema = orderBodySchema(true);

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
	const data = await pandaPonRequest.call(this, 'alibabaOrder.batchPreview', { body, itemIndex });
	return toOutput.call(this, data, itemIndex);
}
