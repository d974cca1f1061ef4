/** Taobao Order → Upload Voucher: multipart orderId + file from the input item's binary data. */
import { binaryItem } from '../../../../helpers/n8nEngine';
import { errorText, startHarness, type Harness } from '../cart/harness';

let h: Harness;

beforeAll(async () => {
	h = await startHarness();
});

afterAll(async () => {
	await h.sandbox.close();
});

beforeEach(() => {
	h.sandbox.reset();
	h.sandbox.clearRequests();
});

const PATH = '/open/order/voucher/upload';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const upload = { resource: 'taobaoOrder', operation: 'uploadVoucher', binaryPropertyName: 'data' };

it('sends orderId and the file as multipart and outputs the voucher URL', async () => {
	const orderId = h.sandbox.findOrders('taobao', { status: 0, limit: 1 })[0].id as string;
	const result = await h.run({ ...upload, orderId: { __rl: true, mode: 'id', value: orderId } }, [binaryItem(PNG, 'receipt.png', 'image/png')]);

	const [request] = h.requestsTo(PATH);
	expect(request).toMatchObject({ method: 'POST', code: 200 });
	expect(request.body).toEqual({
		fields: { orderId },
		files: [{ field: 'file', filename: 'receipt.png', contentType: 'image/png', size: PNG.length }],
	});
	const voucherUrl = result.items[0].json.voucherUrl as string;
	expect(result.items[0].json).toMatchObject({ orderId, status: 1 });
	const stored = h.sandbox.sandbox.store.files.get(voucherUrl.split('/').pop()!);
	expect(stored?.data.equals(PNG)).toBe(true);
});

it('refuses an item without the binary field before sending anything', async () => {
	const result = await h.run({ ...upload, binaryPropertyName: 'voucher', orderId: '1022505290408395575' }, [binaryItem(PNG, 'a.png', 'image/png')]);

	expect(errorText(result)).toMatch(/voucher/);
	expect(h.sandbox.requests()).toHaveLength(0);
});
