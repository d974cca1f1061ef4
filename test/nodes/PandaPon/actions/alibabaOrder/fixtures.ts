/** Sandbox records the 1688 order tests start from. */
import type { SandboxNode } from '../../../../helpers/sandboxNode';

/**
 * Hands out seeded 1688 orders in a given status, each one once per test file, so that a test changing an order
 * never meets another test's order.
 */
export function orderTaker(ctx: SandboxNode) {
	const taken = new Set<string>();
	return (status: string) => {
		const found = ctx.sandbox.findOrders('1688', { status, limit: 10_000 }).find((entry) => !taken.has(String(entry.id)));
		if (!found) throw new Error(`no free 1688 order in ${status}`);
		taken.add(String(found.id));
		return found as { id: string; orderEntryIds: string[]; sellerOpenId: string };
	};
}
