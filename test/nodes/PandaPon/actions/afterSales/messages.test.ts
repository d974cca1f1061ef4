/** After-Sales → Add Message / Get Messages (Taobao reverse-order messages) against the sandbox. */
import { errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ADD_PATH = '/open/order/refund/submit/message';
const LIST_PATH = '/open/order/refund/message/list';
const taobao = { resource: 'afterSales', platform: 'taobao' };

const ctx = useSandbox();

it('adds a message with images sent as one comma-separated string', async () => {
	const result = await ctx.run({
		...taobao,
		operation: 'addMessage',
		refundId: '110000235001',
		refundMessage: '请尽快处理',
		refundImages: 'https://img.example.com/1.jpg,https://img.example.com/2.jpg',
	});

	expect(ctx.requestsTo(ADD_PATH).map((request) => request.body)).toEqual([
		{
			refundId: '110000235001',
			refundMessage: '请尽快处理',
			refundImages: 'https://img.example.com/1.jpg,https://img.example.com/2.jpg',
		},
	]);
	expect(result.items[0].json).toEqual({ refundId: '110000235001', success: true });
});

it('lists the messages, one item each, newest first', async () => {
	await ctx.run({
		...taobao,
		operation: 'addMessage',
		refundId: '110000235001',
		refundMessage: 'second',
		refundImages: '',
	});
	ctx.sandbox.clearRequests();
	const result = await ctx.run({ ...taobao, operation: 'getMessages', refundId: '110000235001', returnAll: true });

	expect(ctx.requestsTo(LIST_PATH).map((request) => request.body)).toEqual([
		{ refundId: '110000235001', pageNo: 1, pageSize: 20 },
	]);
	const messages = ctx.sandbox.sandbox.store.taobaoRefundById.get('110000235001')!.messages;
	expect(result.items.map((item) => item.json.content)).toEqual([...messages].reverse().map((m) => m.content));
	expect(result.items[0].json).toMatchObject({ content: 'second', images: [] });
});

it('refuses an empty message (nothing sent)', async () => {
	const result = await ctx.run({
		...taobao,
		operation: 'addMessage',
		refundId: '110000235001',
		refundMessage: '={{ "  " }}',
	});

	expect(errorText(result)).toMatch(/Invalid input in item 0: refundMessage: a message is required/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
