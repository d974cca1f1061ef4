/**
 * PandaPon's own examples must be accepted (issue 14, item 8). Each seed page's example request is given to its
 * operation the way a user pasting it would (JSON modes), and must reach the documented path with the documented
 * body: required-ness follows the documentation, not our idea of a complete address.
 */
import type { IDataObject } from 'n8n-workflow';

import examples from '../../fixtures/seed-example-requests.json';
import { useSandbox } from '../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

/** The documented body without the empty strings the node leaves out (PandaPon types them `string | null`). */
const withoutEmpty = (object: IDataObject) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== ''));

async function sent(path: string) {
	const [request] = ctx.requestsTo(path);
	expect(request).toBeDefined();
	return request.body as IDataObject;
}

function expectAccepted(error: { message: string } | undefined) {
	if (error) expect(error.message).not.toMatch(/^Invalid input/);
}

it('seed 000: Cart → Create Order (Taobao) with "mobile_phone": "" and "phone": ""', async () => {
	const { body, path } = examples['000'];
	const { error } = await ctx.run({
		resource: 'cart', operation: 'createOrder', platform: 'taobao', cartIds: JSON.stringify(body.ids),
		orderAddressMode: 'json', orderAddressJson: JSON.stringify(body.orderAddress), userId: body.userId,
	});
	expectAccepted(error);
	expect(await sent(path)).toEqual({ ids: body.ids, orderAddress: withoutEmpty(body.orderAddress), userId: body.userId });
});

it('seed 001: Cart → Preview (Taobao) with ids only', async () => {
	const { body, path } = examples['001'];
	const { error } = await ctx.run({ resource: 'cart', operation: 'preview', platform: 'taobao', cartIds: JSON.stringify(body.ids) });
	expectAccepted(error);
	expect(await sent(path)).toEqual(body);
});

it('seed 002: Taobao Order → Create with its receiver and order lines (quantities and prices as text)', async () => {
	const { body, path } = examples['002'];
	const { error } = await ctx.run({
		resource: 'taobaoOrder', operation: 'create', purchaseAmount: body.purchaseAmount,
		receiverMode: 'json', receiverJson: body.receiver, orderLinesMode: 'json', orderLinesJson: body.orderLineList,
		additionalFields: { orderSource: body.orderSource, sellerOrderNumber: body.sellerOrderNumber },
	});
	expectAccepted(error);
	const request = await sent(path);
	expect(request).toMatchObject({ purchaseAmount: 400, orderSource: 'lazada', sellerOrderNumber: '1' });
	expect(JSON.parse(String(request.receiver))).toEqual(withoutEmpty(JSON.parse(body.receiver)));
	const lines = JSON.parse(String(request.orderLineList)) as IDataObject[];
	const documented = JSON.parse(body.orderLineList) as IDataObject[];
	expect(lines.map(({ itemId, skuId, quantity, price, currency }) => ({ itemId, skuId, quantity, price, currency }))).toEqual(
		documented.map(({ itemId, skuId, quantity, price, currency }) => ({ itemId, skuId, quantity, price, currency })),
	);
});

it('seed 003: 1688 Order → Batch Create with offerMapId lines', async () => {
	const { body, path } = examples['003'];
	const { error } = await ctx.run({
		resource: 'alibabaOrder', operation: 'batchCreate', flow: body.flow,
		addressParamMode: 'json', addressParamJson: JSON.stringify(body.addressParam),
		cargoMode: 'json', cargoParamListJson: JSON.stringify(body.cargoParamList),
	});
	expectAccepted(error);
	expect(await sent(path)).toEqual(body);
});

it('seed 004: Taobao Order → Get Many with every filter empty', async () => {
	const { path, method } = examples['004'];
	const { error } = await ctx.run({ resource: 'taobaoOrder', operation: 'getAll', returnAll: false, limit: 10, filters: {} });
	expect(error).toBeUndefined();
	const [request] = ctx.requestsTo(path);
	expect(request.method).toBe(method);
});
