/** Product → Image Search: the image comes as binary data from the previous node (or as a URL). */
import { readFileSync } from 'fs';
import { join } from 'path';

import { binaryItem, errorText } from '../../../../helpers/n8nEngine';
import { useSandbox } from '../../../../helpers/sandboxNode';

const JPEG = readFileSync(join(__dirname, '../../../../fixtures/product.jpg'));
const PNG = readFileSync(join(__dirname, '../../../../fixtures/voucher.png'));
const TAOBAO_PATH = '/v2/taobao/product/image/search';
const ALIBABA_PATH = '/alibaba/product/image/query';
const taobaoImageSearch = { resource: 'product', platform: 'taobao', operation: 'imageSearch' };
const alibabaImageSearch = { resource: 'product', platform: 'alibaba', operation: 'imageSearch' };

const ctx = useSandbox();

it('the fixtures are real JPEG and PNG files', () => {
	expect(JPEG.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
	expect(PNG.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
});

describe('Taobao', () => {
	it('sends the binary JPEG of the input item as plain base64 and returns one item per product', async () => {
		const input = binaryItem(JPEG, 'shoe.jpg', 'image/jpeg', { sku: 'A1' });
		const result = await ctx.run(
			{ ...taobaoImageSearch, imageSource: 'binary', binaryPropertyName: 'data', limit: 7 },
			[input],
		);

		expect(ctx.requestsTo(TAOBAO_PATH).map((request) => request.body)).toEqual([
			{ imageBase64: JPEG.toString('base64'), pageNo: 1, pageSize: 7 },
		]);
		expect(result.items).toHaveLength(7);
		expect(result.items[0].json).toMatchObject({ itemId: expect.any(String), title: expect.any(String) });
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('sends imageAddress for an image URL', async () => {
		const url = 'https://img.alicdn.com/bao/uploaded/i1/263669477/O1CN01fH0cbf2JsW8fvHFwx_!!263669477.jpg';
		const result = await ctx.run({ ...taobaoImageSearch, imageSource: 'url', imageAddress: url, limit: 2 });

		expect(ctx.requestsTo(TAOBAO_PATH)[0].body).toEqual({ imageAddress: url, pageNo: 1, pageSize: 2 });
		expect(result.items).toHaveLength(2);
	});
});

describe('1688', () => {
	it('sends a PNG from a custom binary field with the search filters (categoryId as a number)', async () => {
		const input = binaryItem(PNG, 'sample.png', 'image/png', {}, 'photo');
		const result = await ctx.run(
			{
				...alibabaImageSearch,
				binaryPropertyName: 'photo',
				limit: 4,
				filters: { sort: 'price:asc', region: '0,0,8,8', categoryId: '72' },
			},
			[input],
		);

		expect(ctx.requestsTo(ALIBABA_PATH)[0].body).toEqual({
			imageBase64: PNG.toString('base64'),
			country: 'en',
			sort: '{"price":"asc"}',
			categoryId: 72,
			region: '0,0,8,8',
			beginPage: 1,
			pageSize: 4,
		});
		// The sandbox filters by category 72, which no offer has: the search itself succeeded.
		expect(result.error).toBeUndefined();
	});

	it('returns offers for an image from the previous node', async () => {
		const result = await ctx.run({ ...alibabaImageSearch, limit: 5, filters: {} }, [
			binaryItem(JPEG, 'a.jpg', 'image/jpeg'),
		]);

		expect(result.items).toHaveLength(5);
		expect(result.items[0].json).toMatchObject({ offerId: expect.any(Number), subjectTrans: expect.any(String) });
	});
});

describe('bad input (nothing sent)', () => {
	it('refuses a file that is not an image', async () => {
		const text = binaryItem(Buffer.from('hello'), 'notes.txt', 'text/plain');
		const result = await ctx.run({ ...taobaoImageSearch, limit: 5 }, [text]);

		expect(errorText(result)).toMatch(/Invalid input in item 0: data: expected an image file, received text\/plain/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});

	it('reports a missing binary field', async () => {
		const result = await ctx.run({ ...alibabaImageSearch, binaryPropertyName: 'picture', limit: 5, filters: {} }, [
			binaryItem(JPEG, 'a.jpg', 'image/jpeg'),
		]);

		expect(errorText(result)).toMatch(/picture/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});

	it('refuses an image URL that is not a link', async () => {
		const result = await ctx.run({ ...taobaoImageSearch, imageSource: 'url', imageAddress: 'shoe.jpg', limit: 5 });

		expect(errorText(result)).toMatch(
			/Invalid input in item 0: imageAddress: expected an http\(s\) link to an image/,
		);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});

	it('checks the 1688 filters before reading the image', async () => {
		const result = await ctx.run({ ...alibabaImageSearch, limit: 5, filters: { priceStart: 'cheap' } }, [
			binaryItem(JPEG, 'a.jpg', 'image/jpeg'),
		]);

		expect(errorText(result)).toMatch(/filters\.priceStart/);
		expect(ctx.sandbox.requests()).toHaveLength(0);
	});
});
