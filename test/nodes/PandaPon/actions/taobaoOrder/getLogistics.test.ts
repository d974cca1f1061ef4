/** Taobao Order → Get Logistics (ref 4.2 T-O9), keyed by the sub-purchase-order id from Get / Get Many. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const PATH = '/v2/taobao/order/logistics/detail/get';

it('takes subPurchaseOrderId from a simplified Get output and returns the tracking details', async () => {
	const orderId = ctx.sandbox.findOrders('taobao', { status: 11, limit: 1 })[0].id as string;
	const order = await ctx.run({ resource: 'taobaoOrder', operation: 'get', orderId });
	const subPurchaseOrderId = (order.items[0].json.subOrderVOS as Array<{ subPurchaseOrderId: string }>)[0].subPurchaseOrderId;

	const result = await ctx.run(
		{ resource: 'taobaoOrder', operation: 'getLogistics', subPurchaseOrderId: '={{ $json.subOrderVOS[0].subPurchaseOrderId }}' },
		order.items,
	);

	expect(ctx.requestsTo(PATH)[0]).toMatchObject({ method: 'GET', query: { subPurchaseOrderId }, code: 200 });
	expect(result.items[0].pairedItem).toEqual({ item: 0 });
	expect(result.items[0].json.purchaseOrderOuterId).toBe(subPurchaseOrderId);
	const details = result.items[0].json.pnmLogisticsDetails as Array<{ mailNo: string; logisticsTraces: object[] }>;
	expect(details).toHaveLength(1);
	expect(details[0].mailNo).toMatch(/^SF\d+$/);
	expect(details[0].logisticsTraces.length).toBeGreaterThan(0);
});

it('refuses a sub-purchase-order id with letters before sending anything', async () => {
	const result = await ctx.run({ resource: 'taobaoOrder', operation: 'getLogistics', subPurchaseOrderId: 'SPO-1' });

	expect(errorText(result)).toMatch(/Invalid input in item 0: subPurchaseOrderId: expected a sub-purchase-order ID/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
