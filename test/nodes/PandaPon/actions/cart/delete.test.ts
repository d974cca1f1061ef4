/** Cart → Delete Items and Cart → Update Quantity, both platforms. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

describe('Delete Items', () => {
	const del = { resource: 'cart', operation: 'delete' };

	it('posts {ids} as integers to /open/cart/delete and the lines are gone', async () => {
		const result = await ctx.run({ ...del, platform: 'taobao', cartIds: '75, 76' });

		expect(ctx.requestsTo('/open/cart/delete')[0]).toMatchObject({ method: 'POST', body: { ids: [75, 76] }, code: 200 });
		expect(result.items).toEqual([{ json: { success: true, deletedIds: [75, 76] }, pairedItem: { item: 0 } }]);
		expect([...ctx.sandbox.sandbox.store.taobaoCart.keys()]).toEqual([382]);
	});

	it('takes an array from a previous node for the 1688 cart', async () => {
		await ctx.run({ ...del, platform: 'alibaba', cartIds: '={{ $json.ids }}' }, [{ json: { ids: [501, '503'] } }]);

		expect(ctx.requestsTo('/alibaba/cart/delete')[0].body).toEqual({ ids: [501, 503] });
		expect([...ctx.sandbox.sandbox.store.alibabaCart.keys()]).toEqual([502]);
	});

	it('reports an unknown cart line as a PandaPon error with code, message and requestId', async () => {
		const result = await ctx.run({ ...del, platform: 'taobao', cartIds: '99999' });

		expect(result.error?.message).toMatch(/^PandaPon error 404: ids: cart record 99999 not found/);
		expect(result.error?.description).toMatch(/requestId: [0-9a-f]{32}/);
		expect(ctx.requestsTo('/open/cart/delete')).toHaveLength(1);
	});

	it.each([
		['a word among the ids', '75, seventy-six', /cartIds\[1\]: expected a cart record ID/],
		['no ids at all', '={{ "" }}', /cartIds: expected at least one cart record ID/],
		['a broken JSON array', '[75, 76', /cartIds: expected a JSON array/],
		['a negative id', '-75', /cartIds\[0\]: expected a cart record ID/],
	])('refuses %s before sending anything', async (_label, cartIds, message) => {
		const result = await ctx.run({ ...del, platform: 'taobao', cartIds });

		expect(errorText(result)).toMatch(/Invalid input in item 0/);
		expect(errorText(result)).toMatch(message);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});

describe('Update Quantity', () => {
	const update = { resource: 'cart', operation: 'updateQuantity' };

	it('posts {id, quantity} to /open/cart/edit-quantity', async () => {
		const result = await ctx.run({ ...update, platform: 'taobao', cartId: '75', quantity: 9 });

		expect(ctx.requestsTo('/open/cart/edit-quantity')[0]).toMatchObject({ method: 'POST', body: { id: 75, quantity: 9 }, code: 200 });
		expect(result.items[0]).toEqual({ json: { success: true, id: 75, quantity: 9 }, pairedItem: { item: 0 } });
		expect(ctx.sandbox.sandbox.store.taobaoCart.get(75)!.quantity).toBe(9);
	});

	it('posts {id, quantity, productNo, container} to /alibaba/cart/edit-quantity', async () => {
		await ctx.run({
			...update,
			platform: 'alibaba',
			cartId: '502',
			quantity: 4,
			additionalFields: { productNo: 'P-7', container: 'C-1' },
		});

		expect(ctx.requestsTo('/alibaba/cart/edit-quantity')[0].body).toEqual({ id: 502, quantity: 4, productNo: 'P-7', container: 'C-1' });
		expect(ctx.sandbox.sandbox.store.alibabaCart.get(502)!.quantity).toBe(4);
	});

	it.each([
		['a quantity of zero', { cartId: '75', quantity: 0 }, /quantity: expected a positive whole number of pieces/],
		['a cart id with letters', { cartId: 'abc', quantity: 1 }, /cartId: expected a cart record ID/],
	])('refuses %s before sending anything', async (_label, change, message) => {
		const result = await ctx.run({ ...update, platform: 'taobao', ...change });

		expect(errorText(result)).toMatch(message);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
