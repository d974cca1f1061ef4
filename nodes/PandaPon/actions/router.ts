import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { errorJson } from '../helpers/utils';
import { resources } from './resources';
import type { OperationModule } from './operation.types';

export function getOperation(resource: string, operation: string): OperationModule | undefined {
	const module = (resources as unknown as Record<string, Record<string, OperationModule | unknown>>)[resource];
	const candidate = module?.[operation] as OperationModule | undefined;
	return candidate && typeof candidate === 'object' && 'description' in candidate ? candidate : undefined;
}

/** Dispatch to the operation file; own the item loop, continueOnFail and pairedItem for per-item operations. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = getOperation(resource, operation);
	if (!module || (!module.execute && !module.executeAll)) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}
	if (module.executeAll) return [await module.executeAll.call(this, items)];

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			returnData.push(...(await module.execute!.call(this, itemIndex)));
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push({ json: errorJson(error as Error), pairedItem: { item: itemIndex } });
				continue;
			}
			const failure =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			if (failure.context.itemIndex === undefined) failure.context.itemIndex = itemIndex;
			throw failure;
		}
	}
	return [returnData];
}
