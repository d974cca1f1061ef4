import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/**
 * An operation file exports `description` and either `execute` (one input item; the router loops, catches and
 * honours continueOnFail) or `executeAll` (all items at once, for operations that batch across items; it must
 * honour continueOnFail and set pairedItem itself).
 */
export interface OperationModule {
	description: INodeProperties[];
	execute?: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
	executeAll?: (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;
}
