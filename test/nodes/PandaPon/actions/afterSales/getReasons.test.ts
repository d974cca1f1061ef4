/** After-Sales → Get Reasons and Get Logistics Companies (1688, inferred endpoints) against the sandbox. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';
import { refundableAlibabaOrder } from './fixtures';

const alibaba = { resource: 'afterSales', platform: 'alibaba' };

const ctx = useSandbox();

it('asks for the reasons of order lines in a goods status, one item per reason', async () => {
	const order = refundableAlibabaOrder(ctx.sandbox);
	const entries = order.items.map((item) => item.subItemId);
	const result = await ctx.run({
		...alibaba,
		operation: 'getReasons',
		orderId: order.id,
		orderEntryIds: entries.join(', '),
		goodsStatus: 'aftersaleBuyerReceived',
	});

	expect(ctx.requestsTo('/alibaba/refund/reasons').map((request) => request.body)).toEqual([
		{ orderId: order.id, orderEntryIds: entries, goodsStatus: 'aftersaleBuyerReceived' },
	]);
	expect(result.items.length).toBeGreaterThan(1);
	expect(result.items[0].json).toEqual({
		id: expect.any(Number),
		name: expect.any(String),
		needVoucher: expect.any(Boolean),
	});
	expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
});

it('takes sub-order IDs as a list from an expression, keeping 19 digits exact', async () => {
	const order = refundableAlibabaOrder(ctx.sandbox);
	const entries = order.items.map((item) => item.subItemId);
	await ctx.run(
		{
			...alibaba,
			operation: 'getReasons',
			orderId: order.id,
			orderEntryIds: '={{ $json.entries }}',
			goodsStatus: 'aftersaleBuyerReceived',
		},
		[{ json: { entries } }],
	);

	expect((ctx.requestsTo('/alibaba/refund/reasons')[0].body as { orderEntryIds: string[] }).orderEntryIds).toEqual(
		entries,
	);
});

it('refuses sub-order IDs that are not numbers (nothing sent)', async () => {
	const result = await ctx.run({
		...alibaba,
		operation: 'getReasons',
		orderId: '2542285634920880794',
		orderEntryIds: 'first,second',
		goodsStatus: 'refundWaitSellerSend',
	});

	expect(errorText(result)).toMatch(
		/Invalid input in item 0: orderEntryIds\[0\]: expected sub-order IDs \(digits only\)/,
	);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});

it('lists the logistics companies with GET and no parameters, one item each', async () => {
	const result = await ctx.run({ ...alibaba, operation: 'getLogisticsCompanies' });

	expect(ctx.requestsTo('/alibaba/refund/logistics/companies')).toEqual([
		expect.objectContaining({ method: 'GET', query: {}, body: null }),
	]);
	expect(result.items.map((item) => item.json.companyNo)).toContain('SF');
	expect(result.items[0].json).toEqual({ companyNo: expect.any(String), companyName: expect.any(String) });
});
