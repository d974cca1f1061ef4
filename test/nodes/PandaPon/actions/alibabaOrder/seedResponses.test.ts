/**
 * Responses the sandbox does not produce, replayed from a scripted server: seed 003's batch-create answer verbatim
 * (its baseInfo.id was already rounded in the docs, so Simplify must take idOfStr), a partly failed batch, and
 * 1688's nested `success: false` on confirm receipt.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import { ALIBABA_ADDRESS, OFFER_1 } from '../../../../helpers/examples';
import { runNode, type SandboxCredentials } from '../../../../helpers/n8nEngine';
import { startScriptedServer, type ScriptedServer } from '../../../../helpers/scriptedServer';

let server: ScriptedServer;
let credentials: SandboxCredentials;
beforeAll(async () => {
	server = await startScriptedServer();
	credentials = { accessKey: 'key', accessSecret: 'scripted-secret', userId: '2100007340000', baseUrl: server.url };
});
afterAll(async () => await server.close());

/**
 * The response example of seed 003 (shared/seeds/003_977c2508eb4f95c7.txt), copied verbatim into a fixture, as text:
 * its numbers must not pass through JSON.parse before the node.
 */
function seed003Response(): string {
	return readFileSync(join(__dirname, '../../../../fixtures/seed-003-batch-create-response.json'), 'utf8');
}

const batchCreate = {
	resource: 'alibabaOrder',
	operation: 'batchCreate',
	addressParamMode: 'fields',
	addressParam: ALIBABA_ADDRESS,
	cargoParamList: { line: [{ offer: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId }] },
};

it('simplifies seed 003 to the documented fields, with the order id from idOfStr', async () => {
	server.script([{ body: seed003Response() }]);
	const { items, error } = await runNode({ credentials, parameters: batchCreate });
	expect(error).toBeUndefined();
	expect(items.map((item) => item.json)).toEqual([
		{
			orderId: '2540608320348880794',
			status: 'waitbuyerpay',
			totalAmount: 23,
			shippingFee: 4,
			sumProductPayment: 19,
			sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
			sellerLoginId: '广州市大榕树皮具',
			createTime: '2025-04-23T14:13:44.000+08:00',
			products: [
				{
					name: '2024春季新款女包斜跨大容量包包女时尚手提托特包尼龙布单肩包潮',
					quantity: 1,
					price: 19,
					skuId: '5129230517256',
					specId: 'e61a85a671bb3d0301d0412b51641c6b',
					productId: '743470146022',
					subItemId: '2540608320348880794',
				},
			],
			success: true,
			errorCode: null,
			errorMsg: null,
		},
	]);
	expect(JSON.parse(server.seen[0].body)).toEqual({
		flow: 'general',
		addressParam: ALIBABA_ADDRESS,
		cargoParamList: [{ offerMapId: OFFER_1.offerMapId, specId: OFFER_1.specId, quantity: 1, sellerOpenId: OFFER_1.sellerOpenId }],
	});
});

it('outputs failed orders of a batch next to the created ones instead of hiding the created ids', async () => {
	const created = '{"baseInfo":{"id":2600000000001880794,"idOfStr":"2600000000001880794","status":"waitbuyerpay","totalAmount":23},"productItems":[],"sellerOpenId":"BBBgGWh2O6JFI6v1aQuZVgRIA","success":true,"errorCode":null,"errorMsg":null}';
	const failed = '{"baseInfo":null,"productItems":null,"sellerOpenId":"BBBwAN4GQ60zRPzBkv7BYPJRQ","success":false,"errorCode":"500_003","errorMsg":"库存不足"}';
	server.script([{ body: `{"requestId":"${'c'.repeat(32)}","code":200,"msg":"成功","data":[${created},${failed}]}` }]);
	const { items, error } = await runNode({ credentials, parameters: batchCreate });
	expect(error).toBeUndefined();
	expect(items.map((item) => [item.json.orderId, item.json.success, item.json.errorCode, item.json.errorMsg])).toEqual([
		['2600000000001880794', true, null, null],
		[null, false, '500_003', '库存不足'],
	]);
});

it('turns 1688\'s nested success: false on confirm receipt into an error with its code', async () => {
	server.script([{ body: { requestId: 'd'.repeat(32), code: 200, msg: '成功', data: { success: false, errorInfo: '订单状态不允许确认收货', errorCode: 'ORDER_STATUS_ERROR' } } }]);
	const { items, error } = await runNode({
		credentials,
		parameters: { resource: 'alibabaOrder', operation: 'confirmReceipt', orderId: '2540608320348880794', orderEntryIds: '2540608320348880794' },
	});
	expect(items).toEqual([]);
	expect(error?.message).toBe('1688 refused to confirm receipt (ORDER_STATUS_ERROR): 订单状态不允许确认收货');
	expect(error?.description).toContain(`requestId: ${'d'.repeat(32)}`);
	expect(server.seen).toHaveLength(1);
	expect(server.seen[0].body).toBe('{"orderId":"2540608320348880794","orderEntryIds":["2540608320348880794"]}');
});

it('replays a confirm-receipt refusal to Retry On Fail instead of confirming again', async () => {
	server.script([{ body: { requestId: 'e'.repeat(32), code: 200, msg: '成功', data: { success: false, errorInfo: '订单状态不允许确认收货', errorCode: 'ORDER_STATUS_ERROR' } } }]);
	const { error } = await runNode({
		credentials,
		parameters: { resource: 'alibabaOrder', operation: 'confirmReceipt', orderId: '2540608320348880794', orderEntryIds: '2540608320348880794' },
		settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
	});
	expect(error?.message).toBe('1688 refused to confirm receipt (ORDER_STATUS_ERROR): 订单状态不允许确认收货');
	expect(server.seen).toHaveLength(1);
});
