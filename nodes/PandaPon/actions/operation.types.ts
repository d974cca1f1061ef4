import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/**
 * Every operation runs in two phases. `parse` reads the item's parameters once and validates them (it throws a
 * NodeOperationError naming the field and the item); it sends nothing. `send` makes the requests from the parsed
 * input alone. The router parses every item before it sends any, so a bad item anywhere stops the node before
 * anything is sent, whatever the operation does first.
 */
export type Parse<Input> = (this: IExecuteFunctions, itemIndex: number) => Input | Promise<Input>;

/** One item's requests; its output items carry `pairedItem`. */
export type Send<Input> = (
	this: IExecuteFunctions,
	input: Input,
	itemIndex: number,
) => Promise<INodeExecutionData[]>;

/** An item that parsed. */
export interface Parsed<Input> {
	itemIndex: number;
	input: Input;
}

/**
 * Operations that batch across items send every parsed item at once. Output items carry `pairedItem`; the router
 * puts them, and the error items of items that did not parse, in input order.
 */
export type SendAll<Input> = (
	this: IExecuteFunctions,
	items: Array<Parsed<Input>>,
) => Promise<INodeExecutionData[]>;

// Method syntax: one list can hold operations of different inputs; `defineOperation` checks each one's pair.
export interface ItemOperation<Input = unknown> {
	description: INodeProperties[];
	parse(this: IExecuteFunctions, itemIndex: number): Input | Promise<Input>;
	send(this: IExecuteFunctions, input: Input, itemIndex: number): Promise<INodeExecutionData[]>;
}

export interface BatchOperation<Input = unknown> {
	description: INodeProperties[];
	parse(this: IExecuteFunctions, itemIndex: number): Input | Promise<Input>;
	sendAll(this: IExecuteFunctions, items: Array<Parsed<Input>>): Promise<INodeExecutionData[]>;
}

export type OperationModule = ItemOperation | BatchOperation;

export function isBatchOperation(module: OperationModule): module is BatchOperation {
	return 'sendAll' in module;
}

/** An operation file's exports, checked: what `parse` returns is what `send` takes. */
export function defineOperation<Input>(
	module: ItemOperation<Input> | BatchOperation<Input>,
): OperationModule {
	return module;
}
