/** Taobao Order → Update Warehouse (ref 4.2 T-O5). */
import { byId, errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const update = { resource: 'taobaoOrder', operation: 'updateWarehouse', warehouseName: '一号仓库', warehouseAddress: '广西省' };

it('posts {orderId, warehouseName, warehouseAddress} and the order carries them', async () => {
	const orderId = ctx.sandbox.findOrders('taobao', { status: 10, limit: 1 })[0].id as string;
	const result = await ctx.run({ ...update, orderId: byId(orderId) });

	expect(ctx.requestsTo('/open/order/updateWarehouse')[0]).toMatchObject({
		method: 'POST',
		body: { orderId, warehouseName: '一号仓库', warehouseAddress: '广西省' },
		code: 200,
	});
	expect(result.items[0]).toEqual({ json: { orderId, warehouseName: '一号仓库', warehouseAddress: '广西省' }, pairedItem: { item: 0 } });
	expect(ctx.sandbox.sandbox.store.taobaoOrderById.get(orderId)).toMatchObject({ warehouseName: '一号仓库' });
});

it('refuses an empty warehouse name before sending anything', async () => {
	const result = await ctx.run({ ...update, orderId: '1022505290408395575', warehouseName: '={{ "  " }}' });

	expect(errorText(result)).toMatch(/Invalid input in item 0: warehouseName: is required/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
