/**
 * The Taobao cart flow end to end, each step fed with the previous step's output items as a workflow would:
 * add → get many → preview → create order → Taobao Order → Get Many finds the new order.
 */
import { ORDER_ID, TAOBAO_ADDRESS } from '../../../../helpers/examples';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

it('orders two freshly added SKUs from the cart and finds the order in the order list', async () => {
	const store = ctx.sandbox.sandbox.store;
	// Two items that are not in the seeded cart, with their own SKU data as Product → Get would give it.
	const picks = store.taobaoItems.slice(6, 8).map((item) => ({
		itemId: item.itemId,
		skuId: item.skus[0].skuId,
		mpId: item.mpId,
		mpSkuId: item.skus[0].mpSkuId,
		price: item.skus[0].promotionPrice,
	}));

	const added = await ctx.run(
		{
			resource: 'cart',
			operation: 'add',
			platform: 'taobao',
			itemId: '={{ $json.itemId }}',
			skuId: '={{ $json.skuId }}',
			mpId: '={{ $json.mpId }}',
			mpSkuId: '={{ $json.mpSkuId }}',
			price: '={{ $json.price }}',
			quantity: 2,
		},
		picks.map((json) => ({ json })),
	);
	expect(added.error).toBeUndefined();
	const newIds = added.items.map((item) => item.json.id as number);
	expect(newIds).toHaveLength(2);

	const cart = await ctx.run({ resource: 'cart', operation: 'getAll', platform: 'taobao', returnAll: true });
	const lines = cart.items.filter((item) => newIds.includes(item.json.id as number));
	expect(lines.map((line) => [line.json.skuId, line.json.quantity])).toEqual(picks.map((pick) => [pick.skuId, 2]));

	// All cart lines arrive as items; one node run per line set, so the ids are joined from the items.
	const idsExpression = `={{ ${JSON.stringify(newIds)}.join(",") }}`;
	const previewed = await ctx.run({ resource: 'cart', operation: 'preview', platform: 'taobao', cartIds: idsExpression });
	const previewItems = (previewed.items[0].json.confirmOrders as Array<{ cartItemInfos: Array<{ id: number }> }>).flatMap(
		(order) => order.cartItemInfos.map((info) => info.id),
	);
	expect(previewItems.sort()).toEqual([...newIds].sort());
	const expectedTotal = picks.reduce((sum, pick) => sum + pick.price * 2, 0);
	expect(previewed.items[0].json.totalRealPayPrice).toEqual({ amount: String(expectedTotal), currency: 'CNY' });

	const created = await ctx.run({
		resource: 'cart',
		operation: 'createOrder',
		platform: 'taobao',
		cartIds: idsExpression,
		orderAddress: TAOBAO_ADDRESS,
	});
	const orderId = created.items[0].json.id as string;
	expect(orderId).toMatch(ORDER_ID);
	expect(ctx.requestsTo('/open/cart/create/order')).toHaveLength(1);

	const listed = await ctx.run(
		{ resource: 'taobaoOrder', operation: 'getAll', returnAll: false, limit: 5, filters: { id: '={{ $json.id }}' } },
		created.items,
	);
	expect(ctx.requestsTo('/open/order/page').at(-1)!.query).toMatchObject({ id: orderId, pageNum: '1' });
	expect(listed.items).toHaveLength(1);
	expect(listed.items[0].json).toMatchObject({ id: orderId, status: 0, statusName: 'Awaiting Payment', purchaseAmount: expectedTotal });
	expect((listed.items[0].json.subOrderVOS as Array<{ skuId: string }>).map((sub) => sub.skuId).sort()).toEqual(
		picks.map((pick) => pick.skuId).sort(),
	);
	// The ordered lines left the cart.
	const after = await ctx.run({ resource: 'cart', operation: 'getAll', platform: 'taobao', returnAll: true });
	expect(after.items.some((item) => newIds.includes(item.json.id as number))).toBe(false);
});
