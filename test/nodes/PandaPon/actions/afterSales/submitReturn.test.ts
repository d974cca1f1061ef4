/**
 * 1688 return flow: Upload Voucher (multipart `file`, real PNG from the input item) → Create (return and refund)
 * → seller agrees (sandbox admin) → Submit Return with the voucher URL.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import { binaryItem, errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';
import { refundableAlibabaOrder, RETURN_REFUND } from './fixtures';

const PNG = readFileSync(join(__dirname, '../../../../fixtures/voucher.png'));
const UPLOAD_PATH = '/alibaba/refund/voucher/upload';
const RETURN_PATH = '/alibaba/refund/goods/return';
const alibaba = { resource: 'afterSales', platform: 'alibaba' };

const ctx = useSandbox();

async function uploadVoucher(): Promise<string> {
	const result = await ctx.run({ ...alibaba, operation: 'uploadVoucher', binaryPropertyName: 'data' }, [
		binaryItem(PNG, 'damage.png', 'image/png'),
	]);
	return result.items[0].json.url as string;
}

it('uploads the image as multipart field "file" and returns its URL', async () => {
	const url = await uploadVoucher();

	const [request] = ctx.requestsTo(UPLOAD_PATH);
	expect(request.body).toEqual({
		fields: {},
		files: [{ field: 'file', filename: 'damage.png', contentType: 'image/png', size: PNG.length }],
	});
	const stored = ctx.sandbox.sandbox.store.files.get(url.split('/').pop()!);
	expect(stored?.data.equals(PNG)).toBe(true);
});

it('refuses a binary that is not an image (nothing sent)', async () => {
	const result = await ctx.run({ ...alibaba, operation: 'uploadVoucher', binaryPropertyName: 'data' }, [
		binaryItem(Buffer.from('%PDF-1.4'), 'claim.pdf', 'application/pdf'),
	]);

	expect(errorText(result)).toMatch(
		/Invalid input in item 0: data: expected an image file, received application\/pdf/,
	);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});

it('does not retry an upload that failed with HTTP 503', async () => {
	ctx.sandbox.addFault({ type: '5xx', path: UPLOAD_PATH, status: 503, times: 2 });
	const result = await ctx.run({ ...alibaba, operation: 'uploadVoucher' }, [
		binaryItem(PNG, 'damage.png', 'image/png'),
	]);

	expect(ctx.requestsTo(UPLOAD_PATH)).toHaveLength(1);
	expect(errorText(result)).toMatch(/not retried automatically/);
});

it('submits the return waybill of an agreed return, with vouchers', async () => {
	const voucher = await uploadVoucher();
	const order = refundableAlibabaOrder(ctx.sandbox);
	const created = await ctx.run({
		...alibaba,
		operation: 'create',
		orderId: order.id,
		orderEntryIds: order.items[0].subItemId,
		...RETURN_REFUND,
		vouchers: voucher,
	});
	const refundId = created.items[0].json.refundId as string;
	ctx.sandbox.advanceRefund('1688', refundId);
	ctx.sandbox.clearRequests();

	const result = await ctx.run({
		...alibaba,
		operation: 'submitReturn',
		refundId,
		logisticsCompanyNo: 'SF',
		freightBill: 'SF1234521212678',
		description: '已寄回',
		vouchers: voucher,
	});

	expect(ctx.requestsTo(RETURN_PATH).map((request) => request.body)).toEqual([
		{ refundId, logisticsCompanyNo: 'SF', freightBill: 'SF1234521212678', description: '已寄回', vouchers: [voucher] },
	]);
	expect(result.items[0].json).toMatchObject({ refundId, success: true });
	expect(ctx.sandbox.sandbox.store.alibabaRefundById.get(refundId)?.status).toBe('waitsellerreceive');
});

it.each([
	['a refund ID without TQ', { refundId: '22100210016290201' }, /refundId: expected a 1688 refund ID starting with TQ/],
	[
		'an empty carrier from an expression',
		{ logisticsCompanyNo: '={{ "" }}' },
		/logisticsCompanyNo: a logistics company number is required/,
	],
])('refuses %s (nothing sent)', async (_label, overrides, message) => {
	const result = await ctx.run({
		...alibaba,
		operation: 'submitReturn',
		refundId: 'TQ22100210016290201',
		logisticsCompanyNo: 'SF',
		freightBill: 'SF1',
		...overrides,
	});

	expect(errorText(result)).toMatch(/Invalid input in item 0/);
	expect(errorText(result)).toMatch(message);
	expect(ctx.sandbox.requests()).toHaveLength(0);
});
