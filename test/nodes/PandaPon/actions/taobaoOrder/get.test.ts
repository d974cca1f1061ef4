/** Taobao Order → Get: the order picker's ID and link forms, Simplify, and continueOnFail across items. */
import { byId, errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const PATH = '/open/order/detail';
const SEED_004 = '1022505290408395575';
const get = { resource: 'taobaoOrder', operation: 'get' };

it('sends GET ?orderId= and outputs the simplified order', async () => {
	const result = await ctx.run({ ...get, orderId: byId(SEED_004) });

	expect(ctx.requestsTo(PATH)[0]).toMatchObject({ method: 'GET', query: { orderId: SEED_004 }, body: null, code: 200 });
	expect(result.items).toHaveLength(1);
	expect(result.items[0].pairedItem).toEqual({ item: 0 });
	expect(result.items[0].json).toMatchObject({ id: SEED_004, orderNo: '1022505290345480832', statusName: 'Awaiting Payment' });
	expect((result.items[0].json.subOrderVOS as object[])[0]).not.toHaveProperty('subOrderResult');
});

it('accepts an order link, a value picked from the list and a plain string', async () => {
	await ctx.run({ ...get, orderId: byId(`https://www.pandapon.com/order/detail?orderId=${SEED_004}&tab=1`) });
	await ctx.run({ ...get, orderId: { __rl: true, mode: 'list', value: SEED_004 } });
	await ctx.run({ ...get, orderId: SEED_004 });

	expect(ctx.requestsTo(PATH).map((request) => request.query.orderId)).toEqual([SEED_004, SEED_004, SEED_004]);
});

it('parses subOrderResult when Simplify is off', async () => {
	const result = await ctx.run({ ...get, orderId: byId(SEED_004), simplify: false });

	const sub = (result.items[0].json.subOrderVOS as Array<{ subOrderResult: { item_id: string } }>)[0];
	expect(sub.subOrderResult.item_id).toBe('600126245031041190');
});

it('refuses a link without an order id before sending anything', async () => {
	const result = await ctx.run({ ...get, orderId: byId('https://www.pandapon.com/order/list') });

	expect(errorText(result)).toMatch(/Invalid input in item 0: orderId: expected a numeric order ID or an order link containing orderId=/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});

it('with continueOnFail, pairs each output with its input when the middle item is bad and one is unknown', async () => {
	const items = [{ json: { id: SEED_004 } }, { json: { id: 'not-an-id' } }, { json: { id: '1999999999999999999' } }];
	const result = await ctx.run({ ...get, orderId: byId('={{ $json.id }}') }, items, true);

	expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	expect(result.items[0].json.id).toBe(SEED_004);
	expect(result.items[1].json.error).toMatch(/^Invalid input in item 1: orderId/);
	expect(result.items[2].json).toMatchObject({ error: expect.stringMatching(/^PandaPon error 404: /), code: '404' });
	expect(ctx.requestsTo(PATH).map((request) => request.query.orderId)).toEqual([SEED_004, '1999999999999999999']);
});
