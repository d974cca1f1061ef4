import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { errorJson } from '../helpers/utils';
import { ValidationPassed, validationOnlyContext } from '../transport/dryRun';
import { endpoints, type Endpoint } from '../transport/endpoints';
import { resources } from './resources';
import { baseResource } from './versions';
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

/** Items of a read-only operation run this many at a time; anything that can write runs strictly in order. */
export const READ_CONCURRENCY = 5;

/** Read-only = every catalogue endpoint of the operation is a retryable read (the catalogue is the one source). */
export function isReadOnlyOperation(resource: string, operation: string): boolean {
	const prefix = `${resource}.${operation}`;
	const keys = Object.keys(endpoints).filter((key) => key === prefix || key.startsWith(`${prefix}.`));
	return keys.length > 0 && keys.every((key) => (endpoints as Record<string, Endpoint>)[key].retry === 'read');
}

/** Dispatch to the operation file; own the item loop, continueOnFail and pairedItem for per-item operations. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = baseResource(this.getNodeParameter('resource', 0) as string);
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = getOperation(resource, operation);
	if (!module || (!module.execute && !module.executeAll)) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}
	if (module.executeAll) return [await module.executeAll.call(this, items)];
	const continueOnFail = this.continueOnFail();
	if (!continueOnFail) {
		const invalid = await firstInvalidItem.call(this, module, items.length);
		if (invalid) throw invalid;
	}

	const results: INodeExecutionData[][] = new Array(items.length);
	const failures = new Map<number, NodeApiError | NodeOperationError>();
	let next = 0;
	const worker = async () => {
		// Stop taking new items after a failure: the earliest failing item is reported, later ones are not sent.
		while (next < items.length && failures.size === 0) {
			const itemIndex = next++;
			try {
				results[itemIndex] = await module.execute!.call(this, itemIndex);
			} catch (error) {
				if (continueOnFail) {
					results[itemIndex] = [{ json: errorJson(error as Error), pairedItem: { item: itemIndex } }];
					continue;
				}
				const failure =
					error instanceof NodeApiError || error instanceof NodeOperationError
						? error
						: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
				if (failure.context.itemIndex === undefined) failure.context.itemIndex = itemIndex;
				failures.set(itemIndex, failure);
			}
		}
	};
	const concurrency = isReadOnlyOperation(resource, operation) ? READ_CONCURRENCY : 1;
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
	if (failures.size > 0) throw failures.get(Math.min(...failures.keys()))!;
	return [results.flat()];
}
