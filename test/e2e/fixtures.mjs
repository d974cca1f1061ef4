// Workflows that exist only for the tests (not examples).
import { BATCH_EXAMPLE, batchOrdersWorkflow, ORDER_SHEET_ROWS } from '../../scripts/e2e/examples.mjs';

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
		batchOrdersWorkflow({
			id: BAD_INPUT.workflowId,
			name: 'e2e: a bad spreadsheet row is rejected before anything is sent',
			rows: BAD_INPUT.rows,
		}),
	];
}
