import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { useFieldLabelsOf } from '../helpers/fieldLabels';
import { errorJson } from '../helpers/utils';
import { endpointKeysOf, getEndpoint } from '../transport/endpoints';
import { getOperation, nodeProperties } from './resources';
import { baseResource } from './versions';
import {
	isBatchOperation,
	type ItemOperation,
	type OperationModule,
	type Parsed,
} from './operation.types';

export { getOperation };

// Validation errors name fields by the labels of these properties (helpers/fieldLabels.ts).
useFieldLabelsOf(nodeProperties);

/**
 * Options parameters of the operation (dropdowns) hold one of their listed values in the editor, but an expression
 * can give anything, and n8n then hides the fields that depend on it ("Could not get parameter"). Checked first,
 * so the error names the dropdown and the item.
 */
function checkOptionValues(
	this: IExecuteFunctions,
	resource: string,
	operation: string,
	itemIndex: number,
): void {
	for (const property of optionProperties(resource, operation)) {
		if (!shownFor.call(this, property, itemIndex)) continue;
		let value: unknown;
		try {
			value = this.getNodeParameter(property.name, itemIndex, property.default);
		} catch {
			continue; // not shown for these settings
		}
		const allowed = (property.options as Array<{ value: unknown }>).map((option) => option.value);
		if (!allowed.some((candidate) => candidate === value)) {
			throw new NodeOperationError(
				this.getNode(),
				`Invalid input in item ${itemIndex}: ${property.name}: expected one of ${allowed.map((entry) => JSON.stringify(entry)).join(', ')}`,
				{
					itemIndex,
					description: `Nothing was sent to PandaPon. "${property.displayName}" got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value}.`,
				},
			);
		}
	}
}

/** Whether the property's other show conditions (platform, modes …) hold: two fields may share a name per platform. */
function shownFor(this: IExecuteFunctions, property: INodeProperties, itemIndex: number): boolean {
	for (const [key, allowed] of Object.entries(property.displayOptions?.show ?? {})) {
		if (key === 'resource' || key === 'operation' || !Array.isArray(allowed)) continue;
		let current: unknown;
		try {
			current = this.getNodeParameter(key, itemIndex, undefined);
		} catch {
			return false;
		}
		if (!allowed.some((candidate) => candidate === current)) return false;
	}
	return true;
}

/** A node error as it is; anything else wrapped, on its item. */
function asNodeError(
	this: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	const failure =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
	if (failure.context.itemIndex === undefined) failure.context.itemIndex = itemIndex;
	return failure;
}

/**
 * One item's parse phase. When it fails with anything but the operation's own input error, a dropdown holding an
 * unlisted value (from an expression) is the likelier cause, and is reported instead.
 */
async function parseItem(
	this: IExecuteFunctions,
	module: OperationModule,
	resource: string,
	operation: string,
	itemIndex: number,
): Promise<unknown> {
	try {
		return await module.parse.call(this, itemIndex);
	} catch (error) {
		const ownInputError =
			error instanceof NodeOperationError && /^Invalid input in item/.test(error.message);
		if (!ownInputError) checkOptionValues.call(this, resource, operation, itemIndex);
		throw asNodeError.call(this, error, itemIndex);
	}
}

/**
 * Every item parsed before anything is sent. Without Continue On Fail the first bad item throws here; with it, a bad
 * item becomes its error item and the others go on to be sent.
 */
async function parseAll(
	this: IExecuteFunctions,
	module: OperationModule,
	resource: string,
	operation: string,
	results: INodeExecutionData[][],
): Promise<Array<Parsed<unknown>>> {
	const continueOnFail = this.continueOnFail();
	const parsed: Array<Parsed<unknown>> = [];
	for (let itemIndex = 0; itemIndex < results.length; itemIndex++) {
		try {
			parsed.push({
				itemIndex,
				input: await parseItem.call(this, module, resource, operation, itemIndex),
			});
		} catch (error) {
			const failure = asNodeError.call(this, error, itemIndex);
			if (!continueOnFail) throw failure;
			results[itemIndex] = [errorItem(failure, itemIndex)];
		}
	}
	return parsed;
}

const errorItem = (error: Error, itemIndex: number): INodeExecutionData => ({
	json: errorJson(error),
	pairedItem: { item: itemIndex },
});

const optionPropertiesCache = new Map<string, INodeProperties[]>();

function optionProperties(resource: string, operation: string): INodeProperties[] {
	const key = `${resource}.${operation}`;
	let list = optionPropertiesCache.get(key);
	if (!list) {
		list = nodeProperties.filter(
			(property) =>
				property.type === 'options' &&
				Array.isArray(property.options) &&
				property.options.length > 0 &&
				!property.typeOptions?.loadOptionsMethod &&
				(property.displayOptions?.show?.resource as unknown[] | undefined)?.includes(resource) &&
				(property.displayOptions?.show?.operation as unknown[] | undefined)?.includes(operation),
		);
		optionPropertiesCache.set(key, list);
	}
	return list;
}

/** Items of a read-only operation run this many at a time; anything that can write runs strictly in order. */
export const READ_CONCURRENCY = 5;

/** Read-only = every catalogue endpoint of the operation is a retryable read (the catalogue is the one source). */
export function isReadOnlyOperation(resource: string, operation: string): boolean {
	const keys = endpointKeysOf(resource, operation);
	return keys.length > 0 && keys.every((key) => getEndpoint(key).retry === 'read');
}

/** Dispatch to the operation file: parse every item, then send; own continueOnFail and pairedItem. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = baseResource(this.getNodeParameter('resource', 0) as string);
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = getOperation(resource, operation);
	if (!module) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for "${resource}"`,
		);
	}
	const results: INodeExecutionData[][] = new Array(items.length);
	const parsed = await parseAll.call(this, module, resource, operation, results);
	if (isBatchOperation(module)) {
		for (const output of await module.sendAll.call(this, parsed)) {
			const itemIndex = (output.pairedItem as { item: number }).item;
			(results[itemIndex] ??= []).push(output);
		}
		return [results.flat()];
	}
	await sendAll.call(
		this,
		module,
		parsed,
		results,
		isReadOnlyOperation(resource, operation) ? READ_CONCURRENCY : 1,
	);
	return [results.flat()];
}

/** The send phase of per-item operations: reads a few at a time, writes strictly in order. */
async function sendAll(
	this: IExecuteFunctions,
	module: ItemOperation,
	parsed: Array<Parsed<unknown>>,
	results: INodeExecutionData[][],
	concurrency: number,
): Promise<void> {
	const continueOnFail = this.continueOnFail();
	const failures = new Map<number, NodeApiError | NodeOperationError>();
	let next = 0;
	const worker = async () => {
		// Stop taking new items after a failure: the earliest failing item is reported, later ones are not sent.
		while (next < parsed.length && failures.size === 0) {
			const { itemIndex, input } = parsed[next++];
			try {
				results[itemIndex] = await module.send.call(this, input, itemIndex);
			} catch (error) {
				if (continueOnFail) results[itemIndex] = [errorItem(error as Error, itemIndex)];
				else failures.set(itemIndex, asNodeError.call(this, error, itemIndex));
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, parsed.length) }, worker));
	if (failures.size === 0) return;
	const failedIndex = Math.min(...failures.keys());
	const failure = failures.get(failedIndex)!;
	if (concurrency === 1 && results.length > 1)
		addBatchRecord(failure, results, failedIndex, results.length);
	throw failure;
}

/** Fields of an output item that identify what PandaPon made or changed (order ids, refund ids …). */
function pandaPonIds(output: INodeExecutionData[] | undefined): string {
	const json = output?.[0]?.json ?? {};
	const ids = Object.entries(json)
		.filter(
			([key, value]) =>
				/(^id$|Id$|Ids$|No$)/.test(key) && value !== null && value !== undefined && value !== '',
		)
		.filter(
			([, value]) =>
				['string', 'number'].includes(typeof value) || (Array.isArray(value) && value.length <= 10),
		)
		.slice(0, 3)
		.map(([key, value]) => `${key} ${Array.isArray(value) ? value.join(', ') : String(value)}`);
	return ids.length ? ids.join(', ') : 'no id in the answer';
}

const range = (from: number, to: number) => (from === to ? `item ${from}` : `items ${from}–${to}`);

/**
 * A write batch stopped by a failure: the error says which items went through (with PandaPon's ids), which one
 * failed and how, and which were not sent, so that nobody re-runs the whole batch blindly.
 */
function addBatchRecord(
	failure: NodeApiError | NodeOperationError,
	results: INodeExecutionData[][],
	failedIndex: number,
	itemCount: number,
): void {
	const lines: string[] = [];
	if (failedIndex > 0) {
		lines.push(
			`Went through: ${Array.from({ length: failedIndex }, (_, index) => `item ${index} (${pandaPonIds(results[index])})`).join('; ')}.`,
		);
	}
	lines.push(`Failed: item ${failedIndex}: ${failure.message}`);
	if (failedIndex < itemCount - 1)
		lines.push(`Not sent: ${range(failedIndex + 1, itemCount - 1)}.`);
	const record = lines.join('\n');
	failure.description = failure.description ? `${failure.description}\n\n${record}` : record;
}
