import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { errorJson } from '../helpers/utils';
import { ValidationPassed, validationOnlyContext } from '../transport/dryRun';
import { resources } from './resources';
import type { OperationModule } from './operation.types';

export function getOperation(resource: string, operation: string): OperationModule | undefined {
	const module = (resources as unknown as Record<string, Record<string, OperationModule | unknown>>)[resource];
	const candidate = module?.[operation] as OperationModule | undefined;
	return candidate && typeof candidate === 'object' && 'description' in candidate ? candidate : undefined;
}

/**
 * Without Continue On Fail, a bad item must stop the node before anything is sent, not after the items before it
 * have created orders: run every item once with requests intercepted and return the first validation error.
 */
async function firstInvalidItem(
	this: IExecuteFunctions,
	module: OperationModule,
	itemCount: number,
): Promise<NodeOperationError | undefined> {
	const dryContext = validationOnlyContext(this);
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			await module.execute!.call(dryContext, itemIndex);
		} catch (error) {
			if (error instanceof ValidationPassed) continue;
			if (error instanceof NodeOperationError) {
				if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
				return error;
			}
			// Anything else is not an input problem: the real run reports it in context.
		}
	}
	return undefined;
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
	if (!this.continueOnFail()) {
		const invalid = await firstInvalidItem.call(this, module, items.length);
		if (invalid) throw invalid;
	}

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
