/** Preview, create, batch preview and batch create against the sandbox: the body received and the node's output. */
import { ALIBABA_ADDRESS, offer2, OFFER_1, ORDER_ID } from '../../../../helpers/examples';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox();

/** The keys of a simplified 1688 order. */
const SIMPLE_ORDER_KEYS = [
	'createTime',
	'errorCode',
	'errorMsg',
	'orderId',
	'products',
	'sellerLoginId',
	'sellerOpenId',
	'shippingFee',
	'status',
	'success',
	'sumProductPayment',
	'totalAmount',
];

const order = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'alibabaOrder',
	operation,
	addressParamMode: 'fields',
	addressParam: ALIBABA_ADDRESS,
	...extra,
});

describe('1688 order: preview', () => {
	it('sends flow, the address and a link-given offer as a numeric offerId, and outputs the preview', async () => {
		const { items, error } = await ctx.run(
			order('preview', {
				cargoParamList: { line: [{ offer: 'https://detail.1688.com/offer/743470146022.html?spm=a26', specId: OFFER_1.specId, quantity: 3, sellerOpenId: '' }] },
			}),
		);
		expect(error).toBeUndefined();
		const [request] = ctx.requestsTo('/v2/alibaba/order/create/preview');
		expect(request.method).toBe('POST');
		expect(request.body).toEqual({
			flow: 'general',
			addressParam: ALIBABA_ADDRESS,
			cargoParamList: [{ offerId: 743470146022, specId: OFFER_1.specId, quantity: 3 }],
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ sellerOpenId: OFFER_1.sellerOpenId, sumPaymentNoCarriage: 1900 * 3 });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('1688 order: create', () => {
	it('sends an opaque v2 id as offerMapId plus the optional fields, and returns the new order id as text', async () => {
		const { items, error } = await ctx.run(
			order('create', {
				cargoParamList: { line: [{ offer: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId }] },
				additionalFields: { message: 'please pack well', tradeType: 'fxassure' },
			}),
		);
		expect(error).toBeUndefined();
		const requests = ctx.requestsTo('/v2/alibaba/order/create');
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			flow: 'general',
			message: 'please pack well',
			tradeType: 'fxassure',
			addressParam: ALIBABA_ADDRESS,
			cargoParamList: [{ offerMapId: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId }],
		});
		const created = ctx.sandbox.sandbox.store.alibabaOrders.at(-1)!;
		expect(items).toHaveLength(1);
		expect(items[0].json.orderId).toBe(created.id);
		expect(items[0].json.orderId).toMatch(ORDER_ID);
	});
});

describe('1688 order: batch preview', () => {
	it('previews lines of two sellers from JSON and outputs one item per seller', async () => {
		const second = offer2(ctx.sandbox);
		const cargo = [
			{ offerId: OFFER_1.offerId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId },
			{ offerMapId: second.offerMapId, specId: second.specId, quantity: '2', sellerOpenId: second.sellerOpenId },
		];
		const { items, error } = await ctx.run(order('batchPreview', { cargoMode: 'json', cargoParamListJson: JSON.stringify(cargo) }));
		expect(error).toBeUndefined();
		const [request] = ctx.requestsTo('/v2/alibaba/order/batch/create/preview');
		expect(request.body).toEqual({
			flow: 'general',
			addressParam: ALIBABA_ADDRESS,
			cargoParamList: [
				{ offerId: 743470146022, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId },
				{ offerMapId: second.offerMapId, specId: second.specId, quantity: 2, sellerOpenId: second.sellerOpenId },
			],
		});
		expect(items.map((item) => item.json.sellerOpenId)).toEqual([OFFER_1.sellerOpenId, second.sellerOpenId]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});
});

describe('1688 order: batch create', () => {
	it('sends the seed 003 body and outputs one simplified item per created order', async () => {
		const second = offer2(ctx.sandbox);
		const before = ctx.sandbox.sandbox.store.alibabaOrders.length;
		const { items, error } = await ctx.run(
			order('batchCreate', {
				cargoParamList: {
					line: [
						{ offer: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId },
						{ offer: second.offerId, specId: second.specId, quantity: 2, sellerOpenId: second.sellerOpenId },
					],
				},
			}),
		);
		expect(error).toBeUndefined();
		const requests = ctx.requestsTo('/v2/alibaba/order/batch/create');
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			flow: 'general',
			addressParam: ALIBABA_ADDRESS,
			cargoParamList: [
				{ offerMapId: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId },
				{ offerId: Number(second.offerId), specId: second.specId, quantity: 2, sellerOpenId: second.sellerOpenId },
			],
		});

		const created = ctx.sandbox.sandbox.store.alibabaOrders.slice(before);
		expect(created).toHaveLength(2);
		expect(items).toHaveLength(2);
		for (const [index, item] of items.entries()) {
			expect(Object.keys(item.json).sort()).toEqual(SIMPLE_ORDER_KEYS);
			expect(item.json.orderId).toBe(created[index].id);
			expect(item.pairedItem).toEqual({ item: 0 });
		}
		// Seed 003's numbers for its offer: 19 yuan + 4 yuan shipping = 23.
		expect(items[0].json).toMatchObject({
			status: 'waitbuyerpay',
			totalAmount: 23,
			shippingFee: 4,
			sumProductPayment: 19,
			sellerOpenId: OFFER_1.sellerOpenId,
			success: true,
			errorCode: null,
			errorMsg: null,
		});
		expect(items[0].json.products).toEqual([
			{
				name: expect.stringContaining('女包'),
				quantity: 1,
				price: 19,
				skuId: '5129230517256',
				specId: OFFER_1.specId,
				productId: OFFER_1.offerId,
				subItemId: created[0].items[0].subItemId,
			},
		]);
	});

	it('returns the full 1688 order with Simplify off, 19-digit numbers kept exact as text', async () => {
		const { items, error } = await ctx.run(
			order('batchCreate', {
				simplify: false,
				cargoParamList: { line: [{ offer: OFFER_1.offerId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId }] },
			}),
		);
		expect(error).toBeUndefined();
		const created = ctx.sandbox.sandbox.store.alibabaOrders.at(-1)!;
		expect(items).toHaveLength(1);
		const json = items[0].json as { baseInfo: Record<string, unknown>; productItems: Array<Record<string, unknown>>; nativeLogistics: unknown };
		expect(json.nativeLogistics).toBeDefined();
		// The sandbox writes baseInfo.id and subItemID as bare 19-digit JSON numbers.
		expect(json.baseInfo.id).toBe(created.id);
		expect(json.baseInfo.idOfStr).toBe(created.id);
		expect(json.productItems[0].subItemID).toBe(created.items[0].subItemId);
	});

	it('makes one call per input item, each output item paired with its input', async () => {
		const { items, error } = await ctx.run(
			order('batchCreate', {
				cargoMode: 'json',
				cargoParamListJson: '={{ JSON.stringify([{ offer: $json.offer, specId: $json.specId, quantity: 1, sellerOpenId: $json.seller }]) }}',
			}),
			[
				{ json: { offer: OFFER_1.offerId, specId: OFFER_1.specId, seller: OFFER_1.sellerOpenId } },
				{ json: { offer: OFFER_1.offerMapId, specId: OFFER_1.specId, seller: OFFER_1.sellerOpenId } },
			],
		);
		expect(error).toBeUndefined();
		const bodies = ctx.requestsTo('/v2/alibaba/order/batch/create').map((request) => (request.body as { cargoParamList: unknown[] }).cargoParamList[0]);
		expect(bodies).toEqual([
			{ offerId: 743470146022, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId },
			{ offerMapId: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
