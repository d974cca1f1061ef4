/** Product → Get Related (1688 v2 related recommendations) against the sandbox. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const PATH = '/v2/alibaba/product/productRelatedRecommendQuery';
const getRelated = { resource: 'product', platform: 'alibaba', operation: 'getRelated' };

const ctx = useSandbox();

function relatedTo(offerId: string): string[] {
	const offers = ctx.sandbox.sandbox.store.offers;
	const offer = offers.find((o) => o.offerId === offerId)!;
	return offers
		.filter((o) => o !== offer && (o.sellerOpenId === offer.sellerOpenId || o.subjectTrans === offer.subjectTrans))
		.map((o) => o.offerId);
}

it('sends the v2 offerMapId with pageNo/pageSize and the language', async () => {
	const result = await ctx.run({ ...getRelated, offerId: 'f6vE-dfY1NV37oG_fz9WSA', language: 'vi', limit: 2 });

	expect(ctx.requestsTo(PATH).map((request) => request.body)).toEqual([
		{ offerId: 'f6vE-dfY1NV37oG_fz9WSA', language: 'vi', pageNo: 1, pageSize: 2 },
	]);
	expect(result.items.map((item) => String(item.json.offerId))).toEqual(relatedTo('706627393257').slice(0, 2));
});

it('accepts an offer link and returns all related offers', async () => {
	const result = await ctx.run({
		...getRelated,
		offerId: 'https://detail.1688.com/offer/743470146022.html',
		returnAll: true,
	});

	expect(ctx.requestsTo(PATH)[0].body).toMatchObject({
		offerId: '743470146022',
		language: 'en',
		pageNo: 1,
		pageSize: 20,
	});
	expect(result.items.map((item) => String(item.json.offerId))).toEqual(relatedTo('743470146022'));
});

it('refuses a link that is not a 1688 offer before sending anything', async () => {
	const result = await ctx.run({
		...getRelated,
		offerId: 'https://item.taobao.com/item.htm?id=672991141190',
		limit: 5,
	});

	expect(errorText(result)).toMatch(/Invalid input in item 0: offerId: expected a 1688 offer ID/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
