/** Bad logistics input is refused before any request, naming the field, the item and what was expected. */
import type { INodeParameters } from 'n8n-workflow';

import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

const RECEIVER = { country: 'US', state: 'California', city: 'VALLEY VLG', zip: '91607', address: '5818 WHITSETT AVE 401', name: 'Ofir', phone: '5083326888' };
const estimate = (extra: Record<string, unknown> = {}) => ({
	resource: 'logistics',
	operation: 'estimateItemFreight',
	itemId: '2048232789087639',
	skuId: '4970432383383',
	quantity: 1,
	price: '12.50',
	currency: 'CNY',
	receiverAddressMode: 'fields',
	receiverAddress: RECEIVER,
	...extra,
});
const parcel = { logisticNumer: 'SF1234521212678', logisticCompanyName: '顺丰', rtsTime: '1754342534' };
const shipment = { lineItem: { itemId: '2048232789087639', skuId: '4970432383383', quantity: 1 }, domesticLogisticInfo: [parcel] };
const update = (shipments: unknown) => ({
	resource: 'logistics',
	operation: 'updateDomestic',
	orderId: '1024285237573584051',
	logisticInfosMode: 'json',
	logisticInfosJson: typeof shipments === 'string' ? shipments : JSON.stringify(shipments),
});

async function expectRefused(parameters: INodeParameters, message: string | RegExp) {
	const { error, items } = await ctx.run(parameters);
	expect(items).toEqual([]);
	expect(error?.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
	expect(error?.description).toContain('Nothing was sent to PandaPon');
	expect(ctx.sandbox.requests()).toEqual([]);
}

describe('logistics: bad input', () => {
	it('missing required address field', async () => {
		await expectRefused(estimate({ receiverAddress: { ...RECEIVER, zip: '' } }), 'Invalid input in item 0: receiverAddress.zip: zip is required');
	});

	it('a country that is not a two-letter code', async () => {
		await expectRefused(estimate({ receiverAddress: { ...RECEIVER, country: 'USA' } }), 'Invalid input in item 0: receiverAddress.country: expected a two-letter country code such as US');
	});

	it('a price that is not a number', async () => {
		await expectRefused(estimate({ price: '12,50 €' }), 'Invalid input in item 0: price: expected a price such as 12.50 (digits, optional decimals)');
	});

	it('a currency that is not a code', async () => {
		await expectRefused(estimate({ currency: 'yuan' }), 'Invalid input in item 0: currency: expected a three-letter currency code such as CNY or USD');
	});

	it('an item id that arrived as a rounded number', async () => {
		await expectRefused(
			estimate({ itemId: '={{ 20482327890876391 }}' }),
			/^Invalid input in item 0: itemId: the item ID arrived as a number too large to be exact/,
		);
	});

	it('a render item without a freight service', async () => {
		await expectRefused(
			{
				resource: 'logistics',
				operation: 'previewOrderFreight',
				receiverAddressMode: 'fields',
				receiverAddress: RECEIVER,
				renderItems: { line: [{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, serviceId: '', companyName: '', serviceCategory: '', price: '', currency: 'CNY' }] },
			},
			'Invalid input in item 0: renderItems[0].freightInfo.serviceId: is required (a freight service ID)',
		);
	});

	it('a JSON price without a currency', async () => {
		await expectRefused(
			{
				resource: 'logistics',
				operation: 'previewOrderFreight',
				receiverAddressMode: 'fields',
				receiverAddress: RECEIVER,
				renderItemsMode: 'json',
				renderItemsJson: JSON.stringify([{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, freightInfo: { serviceId: '1' }, price: '3' }]),
			},
			'Invalid input in item 0: renderItems[0].currency: is required with a price (a currency code such as CNY)',
		);
	});

	it('bad JSON for the line items', async () => {
		await expectRefused(
			{ resource: 'logistics', operation: 'createInternationalOrder', renderId: 'FF2024080200007', receiverAddressMode: 'fields', receiverAddress: RECEIVER, lineItemsMode: 'json', lineItemsJson: '[{"itemId": 1' },
			/^Invalid input in item 0: lineItems: expected valid JSON/,
		);
	});

	it('a shipment without parcels', async () => {
		await expectRefused(update([{ ...shipment, domesticLogisticInfo: [] }]), 'Invalid input in item 0: logisticInfos[0].domesticLogisticInfo: expected at least one parcel');
	});

	it('a parcel without a courier', async () => {
		await expectRefused(
			update([{ ...shipment, domesticLogisticInfo: [{ ...parcel, logisticCompanyName: undefined }] }]),
			'Invalid input in item 0: logisticInfos[0].domesticLogisticInfo[0].logisticCompanyName: is required (the courier, e.g. 顺丰)',
		);
	});

	it('a shipping time that is not a date', async () => {
		await expectRefused(
			update([{ ...shipment, domesticLogisticInfo: [{ ...parcel, rtsTime: 'last tuesday' }] }]),
			'Invalid input in item 0: logisticInfos[0].domesticLogisticInfo[0].rtsTime: expected a date such as 2025-08-04T21:22:14 or unix seconds such as 1754342534',
		);
	});

	it('a quantity of zero on a line item', async () => {
		await expectRefused(
			update([{ ...shipment, lineItem: { ...shipment.lineItem, quantity: 0 } }]),
			'Invalid input in item 0: logisticInfos[0].lineItem.quantity: expected a positive whole number of pieces (decimal digits, for example 3)',
		);
	});

	it('shipments that are an object, not a list', async () => {
		await expectRefused(update(shipment), 'Invalid input in item 0: logisticInfos: expected a list of shipments');
	});
});
