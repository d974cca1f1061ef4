// Workflows that exist only for the tests (not examples).
import { BATCH_EXAMPLE, batchOrdersWorkflow, ORDER_SHEET_ROWS } from '../../scripts/e2e/examples.mjs';
import { ACTION_NODE_TYPE } from '../../scripts/e2e/constants.mjs';
import { linearWorkflow, manualTrigger, pandaPonCredentials } from '../../scripts/e2e/workflow-builder.mjs';

// A node saved by version 1 (Resource "Product" + Platform "1688"), as workflows made before version 2 hold it.
export const VERSION_ONE = { workflowId: 'PpE2eVersionOne1', nodeName: 'Search 1688 (version 1)' };

// Example 3 with a sheet whose second row has a quantity that is not a number. The node validates every item
// before sending anything, so not even the valid first row may reach the sandbox.
export const BAD_INPUT = {
	workflowId: 'PpE2eBadInput001',
	nodeName: BATCH_EXAMPLE.createNode,
	rows: [ORDER_SHEET_ROWS[0], { ...ORDER_SHEET_ROWS[1], quantity: 'three' }],
	expectedField: 'quantity',
	expectedItem: 1,
};

export function fixtureWorkflows() {
	return [
		linearWorkflow({
			id: VERSION_ONE.workflowId,
			name: 'e2e: a version 1 PandaPon node',
			nodes: [
				manualTrigger(),
				{
					name: VERSION_ONE.nodeName,
					type: ACTION_NODE_TYPE,
					typeVersion: 1,
					parameters: { resource: 'product', platform: 'alibaba', operation: 'search', keyword: '连衣裙' },
					credentials: pandaPonCredentials,
				},
			],
		}),
		batchOrdersWorkflow({
			id: BAD_INPUT.workflowId,
			name: 'e2e: a bad spreadsheet row is rejected before anything is sent',
			rows: BAD_INPUT.rows,
		}),
	];
}
