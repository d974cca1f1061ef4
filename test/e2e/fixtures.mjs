// Workflows that exist only for the tests (not examples).
import { BATCH_EXAMPLE, batchOrdersWorkflow, ORDER_SHEET_ROWS } from '../../scripts/e2e/examples.mjs';

// Example 3 with a sheet whose first row has a quantity that is not a number. The node stops at the first bad
// item, so with the bad row first nothing at all may reach the sandbox.
export const BAD_INPUT = {
	workflowId: 'PpE2eBadInput001',
	nodeName: BATCH_EXAMPLE.createNode,
	rows: [{ ...ORDER_SHEET_ROWS[0], quantity: 'three' }, ORDER_SHEET_ROWS[1]],
	expectedField: 'quantity',
	expectedItem: 0,
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
