/** Taobao Order → Get IM Link: the example's {sourceType, bizId} shape (ref 4.2 T-O7). */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const PATH = '/open/order/page/link/get';
const link = { resource: 'taobaoOrder', operation: 'getImLink' };

it('posts {sourceType: "item", bizId} for an item link and outputs the chat URL', async () => {
	const result = await ctx.run({ ...link, sourceType: 'item', bizId: 'https://item.taobao.com/item.htm?id=672991141190' });

	expect(ctx.requestsTo(PATH)[0]).toMatchObject({ method: 'POST', body: { sourceType: 'item', bizId: '672991141190' }, code: 200 });
	expect(result.items[0]).toEqual({
		json: { url: expect.stringMatching(/^https:\/\/distributor\.taobao\.global\/apps\/open\/imchat\?/), sourceType: 'item', bizId: '672991141190' },
		pairedItem: { item: 0 },
	});
});

it('posts {sourceType: "order", bizId} for an order', async () => {
	await ctx.run({ ...link, sourceType: 'order', bizId: '1022505290408395575' });

	expect(ctx.requestsTo(PATH)[0].body).toEqual({ sourceType: 'order', bizId: '1022505290408395575' });
});

it('refuses a 1688 link as an item before sending anything', async () => {
	const result = await ctx.run({ ...link, sourceType: 'item', bizId: 'https://detail.1688.com/offer/706627393257.html' });

	expect(errorText(result)).toMatch(/Invalid input in item 0: bizId: expected a Taobao item ID or item link/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
