/** Taobao Order → Upload Voucher: multipart orderId + file from the input item's binary data. */
import { binaryItem, byId, errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const ctx = useSandbox({ resetEachTest: true });

const PATH = '/open/order/voucher/upload';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const upload = { resource: 'taobaoOrder', operation: 'uploadVoucher', binaryPropertyName: 'data' };

it('sends orderId and the file as multipart and outputs the voucher URL', async () => {
	const orderId = ctx.sandbox.findOrders('taobao', { status: 0, limit: 1 })[0].id as string;
	const result = await ctx.run({ ...upload, orderId: byId(orderId) }, [binaryItem(PNG, 'receipt.png', 'image/png')]);

	const [request] = ctx.requestsTo(PATH);
	expect(request).toMatchObject({ method: 'POST', code: 200 });
	expect(request.body).toEqual({
		fields: { orderId },
		files: [{ field: 'file', filename: 'receipt.png', contentType: 'image/png', size: PNG.length }],
	});
	const voucherUrl = result.items[0].json.voucherUrl as string;
	expect(result.items[0].json).toMatchObject({ orderId, status: 1 });
	const stored = ctx.sandbox.sandbox.store.files.get(voucherUrl.split('/').pop()!);
	expect(stored?.data.equals(PNG)).toBe(true);
});

it('refuses an item without the binary field before sending anything', async () => {
	const result = await ctx.run({ ...upload, binaryPropertyName: 'voucher', orderId: '1022505290408395575' }, [binaryItem(PNG, 'a.png', 'image/png')]);

	expect(errorText(result)).toMatch(/voucher/);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
