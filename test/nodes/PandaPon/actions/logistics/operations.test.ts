/**
 * Warehouse logistics against the sandbox: each request as documented (ref 4.12), with the query `timestamp` and
 * `sign` the credential adds (the sandbox accepts them only when they equal the signed headers), and the output.
 */
import type { RequestLogEntry } from '../../../../../sandbox/server';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

/** ref 4.12's example receiver. */
const RECEIVER = {
	country: 'US',
	state: 'California',
	city: 'VALLEY VLG',
	zip: '91607',
	address: '5818 WHITSETT AVE 401',
	name: 'Ofir Birinbaum',
	phone: '5083326888',
	mobilePhone: '5083326888',
	email: '1229220680@qq.com',
};
const receiver = { receiverAddressMode: 'fields', receiverAddress: RECEIVER };

function expectQuerySigned(entry: RequestLogEntry) {
	expect(Object.keys(entry.query).sort()).toEqual(['sign', 'timestamp']);
	expect(entry.query.timestamp).toMatch(/^\d{13}$/);
	expect(entry.query.sign).toMatch(/^[0-9A-F]{32}$/);
	expect(entry.headerNames).toEqual(expect.arrayContaining(['timestamp', 'signature', 'access-key', 'nonce-str']));
	// The sandbox checks query timestamp === header timestamp and sign === header signature (else 40105/40106).
	expect(entry.auth).toMatchObject({ ok: true, code: 200 });
}

describe('logistics: estimate item freight (W1)', () => {
	it('sends every W1 field, price as text and the currency upper-cased, and outputs the estimate', async () => {
		const { items, error } = await ctx.run({
			resource: 'logistics',
			operation: 'estimateItemFreight',
			itemId: '2048232789087639',
			skuId: '4970432383383',
			quantity: 2,
			price: '={{ 12.5 }}',
			currency: 'usd',
			...receiver,
		});
		expect(error).toBeUndefined();
		const [request] = ctx.requestsTo('/v2/open/pp/logistics/itemLogisticsPrice');
		expect(request.method).toBe('POST');
		expectQuerySigned(request);
		expect(request.body).toEqual({
			itemId: '2048232789087639',
			skuId: '4970432383383',
			quantity: 2,
			currency: 'USD',
			price: '12.5',
			receiverAddress: RECEIVER,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ itemId: '2048232789087639', skuId: '4970432383383', quantity: 2 });
		expect((items[0].json.freightOptions as unknown[]).length).toBeGreaterThan(0);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('logistics: preview order freight (W2), then book it (W3)', () => {
	it('previews typed lines with nested freightInfo, then books the renderId with JSON lines', async () => {
		const preview = await ctx.run({
			resource: 'logistics',
			operation: 'previewOrderFreight',
			...receiver,
			renderItems: {
				line: [
					{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, serviceId: '1', companyName: '', serviceCategory: '', price: '', currency: 'CNY' },
					{ itemId: '2048232789087639', skuId: '4970432383383', quantity: 2, serviceId: '2', companyName: 'PandaPon Express', serviceCategory: 'EXPRESS', price: '8.80', currency: 'CNY' },
				],
			},
		});
		expect(preview.error).toBeUndefined();
		const [previewRequest] = ctx.requestsTo('/open/pp/logistics/orderRenderFreight');
		expectQuerySigned(previewRequest);
		// The docs' example, plus currency and price on the line that has a price.
		expect(previewRequest.body).toEqual({
			receiverAddress: RECEIVER,
			renderItems: [
				{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, freightInfo: { serviceId: '1', companyName: '', serviceCategory: '' } },
				{
					itemId: '2048232789087639',
					skuId: '4970432383383',
					quantity: 2,
					freightInfo: { serviceId: '2', companyName: 'PandaPon Express', serviceCategory: 'EXPRESS' },
					currency: 'CNY',
					price: '8.80',
				},
			],
		});
		expect(preview.items).toHaveLength(1);
		const renderId = preview.items[0].json.renderId as string;
		expect(renderId).toMatch(/^FF\d{8}\d{5}$/);

		const lineItems = [
			{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, title: 'Dress', imageUrl: 'https://img.alicdn.com/a.jpg', freightInfo: { serviceId: '1' } },
			{ itemId: 2048232789087639, skuId: '4970432383383', quantity: '2', serviceId: '2', price: 8.8, currency: 'cny' },
		];
		const booking = await ctx.run(
			{
				resource: 'logistics',
				operation: 'createInternationalOrder',
				renderId: '={{ $json.renderId }}',
				...receiver,
				lineItemsMode: 'json',
				lineItemsJson: JSON.stringify(lineItems),
				tmallOrderId: '3305075341149134260',
				remark: 'fragile',
			},
			preview.items,
		);
		expect(booking.error).toBeUndefined();
		const [bookingRequest] = ctx.requestsTo('/open/pp/logistics/orderBookingFreight');
		expectQuerySigned(bookingRequest);
		expect(bookingRequest.body).toEqual({
			renderId,
			receiverAddress: RECEIVER,
			lineItems: [
				{
					itemId: '2048020617114736',
					skuId: '413185732720',
					quantity: 1,
					title: 'Dress',
					imageUrl: 'https://img.alicdn.com/a.jpg',
					freightInfo: { serviceId: '1', companyName: '', serviceCategory: '' },
				},
				{
					itemId: '2048232789087639',
					skuId: '4970432383383',
					quantity: 2,
					freightInfo: { serviceId: '2', companyName: '', serviceCategory: '' },
					currency: 'CNY',
					price: '8.8',
				},
			],
			tmallOrderInfo: { tmallOrderId: '3305075341149134260' },
			remark: 'fragile',
		});
		expect(booking.items).toHaveLength(1);
		expect(booking.items[0].json).toMatchObject({ renderId, status: 'CREATED', logisticsOrderNo: expect.stringMatching(/^FARUS\d{4}\d{6}YQ$/) });
		expect(ctx.sandbox.sandbox.store.freightPreviews.get(renderId)?.booked).toBe(true);
	});
});

describe('logistics: update domestic logistics (W4)', () => {
	it('sends nested typed parcels with the misspelt wire name and rtsTime converted to unix seconds', async () => {
		const { items, error } = await ctx.run({
			resource: 'logistics',
			operation: 'updateDomestic',
			orderId: '1024285237573584051',
			tmallOrderId: '3305075341149134260',
			logisticInfos: {
				line: [
					{
						itemId: '2048232789087639',
						skuId: '4970432383383',
						quantity: 2,
						title: '',
						imageUrl: '',
						logisticNumer: 'FARJP2408000013YQ',
						domesticLogisticInfo: {
							parcel: [
								{ logisticNumer: 'SF1234521212678', logisticCompanyName: '顺丰', rtsTime: '2025-08-05T05:22:14+08:00' },
								{ logisticNumer: 'YT122323345678', logisticCompanyName: '圆通', rtsTime: '1754342534' },
							],
						},
					},
				],
			},
		});
		expect(error).toBeUndefined();
		const [request] = ctx.requestsTo('/open/pp/logistics/updateLogisticInfo');
		expectQuerySigned(request);
		expect(request.body).toEqual({
			orderId: '1024285237573584051',
			tmallOrderId: '3305075341149134260',
			logisticInfos: [
				{
					lineItem: { itemId: '2048232789087639', skuId: '4970432383383', quantity: 2 },
					logisticNumer: 'FARJP2408000013YQ',
					domesticLogisticInfo: [
						{ logisticNumer: 'SF1234521212678', logisticCompanyName: '顺丰', rtsTime: '1754342534' },
						{ logisticNumer: 'YT122323345678', logisticCompanyName: '圆通', rtsTime: '1754342534' },
					],
				},
			],
		});
		expect(items.map((item) => item.json)).toEqual([{ orderId: '1024285237573584051', success: true }]);
		expect(ctx.sandbox.sandbox.store.domesticLogistics.at(-1)).toMatchObject({ orderId: '1024285237573584051' });
	});

	it('takes shipments as JSON in the wire shape, rtsTime in milliseconds', async () => {
		const shipments = [
			{
				lineItem: { itemId: '2048232789087639', skuId: '4970432383383', quantity: 1 },
				domesticLogisticInfo: [{ logisticNumer: 'SF1234521212678', logisticCompanyName: '顺丰', rtsTime: 1754342534000 }],
			},
		];
		const { error } = await ctx.run({
			resource: 'logistics',
			operation: 'updateDomestic',
			orderId: '1024285237573584051',
			logisticInfosMode: 'json',
			logisticInfosJson: JSON.stringify(shipments),
		});
		expect(error).toBeUndefined();
		expect(ctx.requestsTo('/open/pp/logistics/updateLogisticInfo')[0].body).toEqual({
			orderId: '1024285237573584051',
			logisticInfos: [
				{
					lineItem: { itemId: '2048232789087639', skuId: '4970432383383', quantity: 1 },
					domesticLogisticInfo: [{ logisticNumer: 'SF1234521212678', logisticCompanyName: '顺丰', rtsTime: '1754342534' }],
				},
			],
		});
	});
});
