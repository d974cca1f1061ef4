/** Cart → Preview Order, both platforms. */
import { ALIBABA_ADDRESS, TAOBAO_ADDRESS } from '../../../../helpers/examples';
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

const preview = { resource: 'cart', operation: 'preview' };

describe('Taobao', () => {
	it('posts only {ids} to /v2/taobao/cart/confirm/order when no address is given (seed 001 example)', async () => {
		const result = await ctx.run({ ...preview, platform: 'taobao', cartIds: '382' });

		const [request] = ctx.requestsTo('/v2/taobao/cart/confirm/order');
		expect(request).toMatchObject({ method: 'POST', body: { ids: [382] }, code: 200 });
		expect(result.items).toHaveLength(1);
		const { json, pairedItem } = result.items[0];
		expect(pairedItem).toEqual({ item: 0 });
		const orders = json.confirmOrders as Array<{ shopId: number; cartItemInfos: Array<{ id: number }> }>;
		expect(orders).toHaveLength(1);
		expect(orders[0]).toMatchObject({ shopId: 268763467, cartItemInfos: [{ id: 382, itemId: '672991141190' }] });
		expect(json.totalRealPayPrice).toEqual({ amount: '1', currency: 'CNY' });
	});

	it('sends the address as orderAddress, without empty fields, and userId when given', async () => {
		await ctx.run({
			...preview,
			platform: 'taobao',
			cartIds: '75,76',
			orderAddress: { ...TAOBAO_ADDRESS, phone: '' },
			userId: '2100007340000',
		});

		expect(ctx.requestsTo('/v2/taobao/cart/confirm/order')[0].body).toEqual({
			ids: [75, 76],
			orderAddress: TAOBAO_ADDRESS,
			userId: '2100007340000',
		});
	});

	it('sends a half-filled address as given: PandaPon marks every OrderAddress field optional (seed 000)', async () => {
		const result = await ctx.run({ ...preview, platform: 'taobao', cartIds: '382', orderAddress: { name: 'a测试aa' } });

		expect(errorText(result)).not.toMatch(/Invalid input/);
		expect(ctx.requestsTo('/v2/taobao/cart/confirm/order')[0].body).toEqual({ ids: [382], orderAddress: { name: 'a测试aa' } });
	});
});

describe('1688', () => {
	it('posts {cartIds, addressParam} to /alibaba/cart/preview/order and outputs one preview per seller', async () => {
		const result = await ctx.run({
			...preview,
			platform: 'alibaba',
			cartIds: '501, 502',
			addressParamMode: 'json',
			addressParamJson: JSON.stringify(ALIBABA_ADDRESS),
		});

		const [request] = ctx.requestsTo('/alibaba/cart/preview/order');
		expect(request).toMatchObject({ method: 'POST', code: 200 });
		expect(request.body).toEqual({ cartIds: [501, 502], addressParam: ALIBABA_ADDRESS });
		const store = ctx.sandbox.sandbox.store;
		const sellers = [501, 502].map((id) => store.offerById.get(store.alibabaCart.get(id)!.offerId)!.sellerOpenId);
		expect(result.items.map((item) => item.json.sellerOpenId).sort()).toEqual([...new Set(sellers)].sort());
		expect(result.items.every((item) => typeof item.json.sumPayment === 'number')).toBe(true);
	});

	it('refuses a missing 1688 address and bad address JSON before sending anything', async () => {
		const missing = await ctx.run({ ...preview, platform: 'alibaba', cartIds: '501' });
		const broken = await ctx.run({ ...preview, platform: 'alibaba', cartIds: '501', addressParamMode: 'json', addressParamJson: '{"fullName": ' });

		expect(errorText(missing)).toMatch(/Invalid input in item 0: addressParam\.fullName: (fullName )?is required/);
		expect(errorText(broken)).toMatch(/Invalid input in item 0: addressParam: expected valid JSON/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
