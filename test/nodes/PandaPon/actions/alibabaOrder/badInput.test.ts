/** Bad input is refused before any request: the error names the field, the item and what was expected. */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { ALIBABA_ADDRESS, OFFER_1 } from '../../../../helpers/examples';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const line = { offer: OFFER_1.offerId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId };
const batchCreate = (extra: Record<string, unknown>) => ({
	resource: 'alibabaOrder',
	operation: 'batchCreate',
	addressParamMode: 'fields',
	addressParam: ALIBABA_ADDRESS,
	cargoParamList: { line: [line] },
	...extra,
});

async function expectRefused(parameters: INodeParameters, message: string | RegExp, items?: INodeExecutionData[]) {
	const { error, items: output } = await ctx.run(parameters, items);
	expect(output).toEqual([]);
	expect(error?.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
	expect(error?.description).toContain('Nothing was sent to PandaPon');
	expect(ctx.sandbox.requests()).toEqual([]);
}

describe('1688 order: bad input', () => {
	it('missing seller on a batch line', async () => {
		await expectRefused(
			batchCreate({ cargoParamList: { line: [line, { ...line, sellerOpenId: '' }] } }),
			'Invalid input in item 0: cargoParamList[1].sellerOpenId: is required (the seller of this offer)',
		);
	});

	it('missing required address field', async () => {
		await expectRefused(batchCreate({ addressParam: { ...ALIBABA_ADDRESS, fullName: '' } }), 'Invalid input in item 0: addressParam.fullName: fullName is required');
	});

	it('names the fields as the editor labels them, in the error description', async () => {
		const address = await ctx.run(batchCreate({ addressParam: { ...ALIBABA_ADDRESS, fullName: '' } }));
		expect(address.error?.description).toContain('"Address → Full Name (Required)" (addressParam.fullName: fullName is required)');
		const missingSeller = await ctx.run(batchCreate({ cargoParamList: { line: [{ ...line, sellerOpenId: '' }] } }));
		expect(missingSeller.error?.description).toMatch(/"Cargo Lines → Seller Open ID" \(cargoParamList\[0\]\.sellerOpenId: is required/);
	});

	it('no cargo line at all', async () => {
		await expectRefused(batchCreate({ cargoParamList: {} }), 'Invalid input in item 0: cargoParamList: expected at least one cargo line');
	});

	it('wrong type: a quantity that is not a number', async () => {
		await expectRefused(
			batchCreate({ cargoMode: 'json', cargoParamListJson: JSON.stringify([{ ...line, quantity: 'two' }]) }),
			'Invalid input in item 0: cargoParamList[0].quantity: expected a positive whole number of pieces (decimal digits, for example 3)',
		);
	});

	it('wrong type: a fractional quantity', async () => {
		await expectRefused(
			batchCreate({ cargoParamList: { line: [{ ...line, quantity: 1.5 }] } }),
			'Invalid input in item 0: cargoParamList[0].quantity: expected a positive whole number of pieces (decimal digits, for example 3)',
		);
	});

	it('bad JSON for the cargo lines', async () => {
		await expectRefused(
			batchCreate({ cargoMode: 'json', cargoParamListJson: '[{"offer": "743470146022",' }),
			/^Invalid input in item 0: cargoParamList: expected valid JSON/,
		);
	});

	it('bad JSON for the address', async () => {
		await expectRefused(batchCreate({ addressParamMode: 'json', addressParamJson: '{fullName: zhang}' }), /^Invalid input in item 0: addressParam: expected valid JSON/);
	});

	it('an offer link that is not a 1688 link', async () => {
		await expectRefused(
			batchCreate({ cargoParamList: { line: [{ ...line, offer: 'https://item.taobao.com/item.htm?id=672991141190' }] } }),
			/^Invalid input in item 0: cargoParamList\[0\]\.offer: expected a 1688 offer ID/,
		);
	});

	it('an order id that is not an id or an order link', async () => {
		await expectRefused(
			{ resource: 'alibabaOrder', operation: 'get', orderId: 'https://detail.1688.com/offer/743470146022.html' },
			/^Invalid input in item 0: orderId: expected a numeric order ID or an order link/,
		);
	});

	it('a 19-digit order id that arrived as a rounded JS number', async () => {
		await expectRefused(
			{ resource: 'alibabaOrder', operation: 'cancel', orderId: '={{ $json.id }}', cancelReason: 'buyerCancel' },
			/^Invalid input in item 0: orderId: the order ID arrived as a number too large to be exact/,
			[{ json: { id: 2540608320348880794 } }], // eslint-disable-line @typescript-eslint/no-loss-of-precision
		);
	});

	it('cancel without a reason', async () => {
		await expectRefused(
			{ resource: 'alibabaOrder', operation: 'cancel', orderId: '2540608320348880794', cancelReason: '  ' },
			'Invalid input in item 0: cancelReason: is required (why the order is cancelled)',
		);
	});

	it('a bad id among the ids to pay', async () => {
		await expectRefused(
			{ resource: 'alibabaOrder', operation: 'submitForPayment', orderIds: '2540608320348880794, 25406O8320348880795' },
			/^Invalid input in item 0: orderIds\[1\]: expected a numeric order ID/,
		);
	});

	it('an unknown trade status from an expression', async () => {
		await expectRefused(
			{ resource: 'alibabaOrder', operation: 'getAll', returnAll: true, filters: { status: '={{ "shipped" }}' } },
			/^Invalid input in item 0: filters\.status: expected one of waitbuyerpay, .*terminated$/,
		);
	});

	it('confirm receipt without order entry ids', async () => {
		await expectRefused(
			{ resource: 'alibabaOrder', operation: 'confirmReceipt', orderId: '2540608320348880794', orderEntryIds: ' , ' },
			'Invalid input in item 0: orderEntryIds: expected at least one order entry ID',
		);
	});

	it('names the failing item and sends nothing, not even the valid item 0', async () => {
		const { error, items } = await ctx.run(batchCreate({ cargoParamList: { line: [{ ...line, quantity: '={{ $json.quantity }}' }] } }), [
			{ json: { quantity: 1 } },
			{ json: { quantity: 0 } },
		]);
		expect(items).toEqual([]);
		expect(error?.message).toBe('Invalid input in item 1: cargoParamList[0].quantity: expected a positive whole number of pieces (decimal digits, for example 3)');
		expect(ctx.requestsTo('/v2/alibaba/order/batch/create')).toHaveLength(0);
	});
});
