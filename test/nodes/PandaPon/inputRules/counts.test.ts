/**
 * One rule for every count (issue 14, item 3): decimal digits or a number, a safe integer, greater than 0. Hex,
 * binary and exponent text, 1e300 and rounded unsafe integers are refused in every operation that sends a
 * quantity, before any request; decimal digit text is sent as that number.
 */
import type { INodeParameters } from 'n8n-workflow';

import { ALIBABA_ADDRESS, OFFER_1, TAOBAO_ADDRESS } from '../../../helpers/examples';
import { useSandbox } from '../../../helpers/sandboxNode';

const ctx = useSandbox();

const RECEIVER = { country: 'US', state: 'California', city: 'VALLEY VLG', zip: '91607', address: '5818 WHITSETT AVE 401', name: 'Ofir', phone: '5083326888' };

/** Each operation with a count, given as raw JSON text (lines) or through an expression (a single field). */
const operations: Record<string, { path: string; field: RegExp; parameters: (quantity: string) => INodeParameters; sent: (body: any) => unknown }> = {
	'1688 Order → Batch Create (cargo JSON)': {
		path: '/v2/alibaba/order/batch/create',
		field: /cargoParamList\[0\]\.quantity/,
		parameters: (quantity) => ({
			resource: 'alibabaOrder', operation: 'batchCreate', addressParamMode: 'fields', addressParam: ALIBABA_ADDRESS, cargoMode: 'json',
			cargoParamListJson: `[{"offer":"${OFFER_1.offerId}","specId":"${OFFER_1.specId}","sellerOpenId":"${OFFER_1.sellerOpenId}","quantity":${quantity}}]`,
		}),
		sent: (body) => body.cargoParamList[0].quantity,
	},
	'Logistics → Estimate Item Freight (expression)': {
		path: '/v2/open/pp/logistics/itemLogisticsPrice',
		field: /quantity/,
		parameters: (quantity) => ({
			resource: 'logistics', operation: 'estimateItemFreight', itemId: '2048232789087639', skuId: '4970432383383',
			quantity: `={{ ${quantity} }}`, price: '12.50', currency: 'CNY', receiverAddressMode: 'fields', receiverAddress: RECEIVER,
		}),
		sent: (body) => body.quantity,
	},
	'Logistics → Update Domestic (line JSON)': {
		path: '/open/pp/logistics/updateLogisticInfo',
		field: /logisticInfos\[0\]\.lineItem\.quantity/,
		parameters: (quantity) => ({
			resource: 'logistics', operation: 'updateDomestic', orderId: '1024285237573584051', logisticInfosMode: 'json',
			logisticInfosJson: `[{"lineItem":{"itemId":"2048232789087639","skuId":"4970432383383","quantity":${quantity}},"domesticLogisticInfo":[{"logisticNumer":"SF1234521212678","logisticCompanyName":"顺丰","rtsTime":"1754342534"}]}]`,
		}),
		sent: (body) => body.logisticInfos[0].lineItem.quantity,
	},
	'Cart → Add (expression)': {
		path: '/open/cart/add',
		field: /quantity/,
		parameters: (quantity) => ({
			resource: 'cart', operation: 'add', platform: 'taobao', itemId: '672991141190', skuId: '3452545926726', mpId: '2048057995392326',
			mpSkuId: '3452545926727', price: 1, quantity: `={{ ${quantity} }}`,
		}),
		sent: (body) => body.quantity,
	},
	'Taobao Order → Create (order-line JSON)': {
		path: '/open/order',
		field: /orderLines\[0\]\.quantity/,
		parameters: (quantity) => ({
			resource: 'taobaoOrder', operation: 'create', receiver: TAOBAO_ADDRESS, purchaseAmount: 400, orderLinesMode: 'json',
			orderLinesJson: `[{"itemId":"600126245031041190","skuId":"5016042822039","price":1,"quantity":${quantity}}]`,
		}),
		sent: (body) => JSON.parse(body.orderLineList)[0].quantity,
	},
};

const refused = ['"0x10"', '"0b11"', '"1e3"', '"1e300"', '1e300', '9007199254740993', '"9007199254740993"', '"-1"', '0', '"1.5"', '" "', '"١٢"'];

describe.each(Object.entries(operations))('%s', (_name, operation) => {
	it.each(refused)('refuses %s before any request, naming the field and the item', async (quantity) => {
		const { error, items } = await ctx.run(operation.parameters(quantity));
		expect(items).toEqual([]);
		expect(error?.message).toMatch(/^Invalid input in item 0: /);
		expect(error?.message).toMatch(operation.field);
		expect(error?.message).toContain('expected a positive whole number of pieces (decimal digits, for example 3)');
		expect(ctx.sandbox.requests()).toEqual([]);
	});

	it.each(['"16"', '16', '" 16 "'])('sends %s as the number 16', async (quantity) => {
		await ctx.run(operation.parameters(quantity));
		const [request] = ctx.requestsTo(operation.path);
		expect(request).toBeDefined();
		expect(Number(operation.sent(request.body))).toBe(16);
	});
});
