/** After-Sales → Render / Submit Return Logistics (Taobao, inferred endpoints) against the sandbox. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const RENDER_PATH = '/open/order/refund/logistics/render';
const SUBMIT_PATH = '/open/order/refund/logistics/submit';
const taobao = { resource: 'afterSales', platform: 'taobao' };

const ctx = useSandbox();

const agreedReturn = () => ctx.sandbox.sandbox.store.taobaoRefunds.find((r) => r.refundType === 2 && r.status === 20)!;

it('renders the return address and carriers with GET ?refundId=', async () => {
	const refund = agreedReturn();
	const result = await ctx.run({ ...taobao, operation: 'renderReturnLogistics', refundId: refund.refundId });

	expect(ctx.requestsTo(RENDER_PATH)[0]).toMatchObject({ method: 'GET', query: { refundId: refund.refundId } });
	expect(result.items[0].json).toMatchObject({
		refundId: refund.refundId,
		logisticsCompanies: expect.arrayContaining([{ code: 'SF', name: expect.any(String) }]),
	});
});

it('submits carrier and tracking number once, and the reverse order moves on', async () => {
	const refund = agreedReturn();
	const result = await ctx.run({
		...taobao,
		operation: 'submitReturnLogistics',
		refundId: refund.refundId,
		logisticsCompanyCode: 'SF',
		logisticsNo: 'SF1234521212678',
	});

	expect(ctx.requestsTo(SUBMIT_PATH).map((request) => request.body)).toEqual([
		{ refundId: refund.refundId, logisticsCompanyCode: 'SF', logisticsNo: 'SF1234521212678' },
	]);
	expect(result.items[0].json).toEqual({
		refundId: refund.refundId,
		logisticsCompanyCode: 'SF',
		logisticsNo: 'SF1234521212678',
		success: true,
	});
	expect(refund.status).toBe(30);
});

it('does not retry a submit that timed out on the server side (HTTP 502)', async () => {
	const refund = agreedReturn();
	ctx.sandbox.addFault({ type: '5xx', path: SUBMIT_PATH, status: 502, times: 2 });
	const result = await ctx.run({
		...taobao,
		operation: 'submitReturnLogistics',
		refundId: refund.refundId,
		logisticsCompanyCode: 'SF',
		logisticsNo: 'SF1',
	});

	expect(ctx.requestsTo(SUBMIT_PATH)).toHaveLength(1);
	expect(errorText(result)).toMatch(/HTTP 502/);
});

it('refuses a tracking number with spaces (nothing sent)', async () => {
	const result = await ctx.run({
		...taobao,
		operation: 'submitReturnLogistics',
		refundId: '110000235001',
		logisticsCompanyCode: 'SF',
		logisticsNo: 'SF 123',
	});

	expect(errorText(result)).toMatch(
		/Invalid input in item 0: logisticsNo: expected a tracking number of letters and digits/,
	);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
