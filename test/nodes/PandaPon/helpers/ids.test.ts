/** Ids may be pasted as Taobao / 1688 links: the common link forms parse to the id, anything else is refused. */
import { parseAlibabaOfferId, parseOrderId, parseTaobaoItemId } from '../../../../nodes/PandaPon/helpers/ids';
import { alibabaOfferIdSchema, orderIdSchema, taobaoItemIdSchema } from '../../../../nodes/PandaPon/helpers/validation';

describe('parseTaobaoItemId', () => {
	it.each([
		['672991141190', '672991141190'],
		['  672991141190 ', '672991141190'],
		['https://item.taobao.com/item.htm?id=672991141190', '672991141190'],
		['https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002.1&id=672991141190&ns=1#detail', '672991141190'],
		['item.taobao.com/item.htm?id=672991141190', '672991141190'],
		['https://detail.tmall.com/item.htm?id=600126245031&skuId=5016042822039', '600126245031'],
		['https://world.taobao.com/item/672991141190.htm', '672991141190'],
		['https://a.m.taobao.com/i672991141190.htm', '672991141190'],
		['https://h5.m.taobao.com/awp/core/detail.htm?id=672991141190', '672991141190'],
		['https://main.m.taobao.com/security-h5-detail/home?itemId=672991141190', '672991141190'],
	])('reads %s', (input, expected) => {
		expect(parseTaobaoItemId(input)).toBe(expected);
	});

	it.each([
		['a short link that needs a redirect', 'https://m.tb.cn/h.5Ue2K0B'],
		['a 1688 offer link', 'https://detail.1688.com/offer/706627393257.html'],
		['a Taobao shop link without item', 'https://shop268763467.taobao.com/'],
		['text', 'not an id'],
		['too few digits', '1234'],
	])('refuses %s', (_label, input) => {
		expect(parseTaobaoItemId(input)).toBeUndefined();
	});
});

describe('parseAlibabaOfferId', () => {
	it.each([
		['706627393257', '706627393257'],
		['https://detail.1688.com/offer/706627393257.html', '706627393257'],
		['https://detail.1688.com/offer/706627393257.html?spm=a26352.13672862.offerlist.1&sk=consign', '706627393257'],
		['detail.1688.com/offer/706627393257.html', '706627393257'],
		['https://m.1688.com/offer/706627393257.htm', '706627393257'],
		['https://detail.m.1688.com/page/index.htm?offerId=706627393257', '706627393257'],
	])('reads %s', (input, expected) => {
		expect(parseAlibabaOfferId(input)).toBe(expected);
	});

	it.each([
		['a Taobao item link', 'https://item.taobao.com/item.htm?id=672991141190'],
		['a 1688 store link', 'https://shop1234567890.1688.com/page/offerlist.htm'],
		['a 1688 short link', 'https://qr.1688.com/s/abc123'],
	])('refuses %s', (_label, input) => {
		expect(parseAlibabaOfferId(input)).toBeUndefined();
	});
});

describe('parseOrderId', () => {
	it('keeps a 19-digit 1688 order id exactly, as text', () => {
		expect(parseOrderId('https://trade.1688.com/order/new_step_order_detail.htm?orderId=2542285634920880794')).toBe(
			'2542285634920880794',
		);
		expect(parseOrderId('2542285634920880794')).toBe('2542285634920880794');
	});

	it('reads a Taobao bizOrderId link', () => {
		expect(
			parseOrderId('https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3305075341149134260'),
		).toBe('3305075341149134260');
	});

	it('refuses a link without an order id', () => {
		expect(parseOrderId('https://trade.1688.com/order/buyer_order_list.htm')).toBeUndefined();
	});
});

describe('id schemas', () => {
	it('turn links into ids', () => {
		expect(taobaoItemIdSchema().parse('https://item.taobao.com/item.htm?id=672991141190')).toBe('672991141190');
		expect(alibabaOfferIdSchema().parse('https://detail.1688.com/offer/706627393257.html')).toBe('706627393257');
		expect(orderIdSchema().parse('https://trade.1688.com/order/x.htm?orderId=2542285634920880794')).toBe(
			'2542285634920880794',
		);
	});

	it('accept an exact number from an expression, and refuse one that lost precision', () => {
		expect(taobaoItemIdSchema().parse(672991141190)).toBe('672991141190');
		expect(orderIdSchema().safeParse(2542285634920880794).success).toBe(false);
	});

	it('name what was expected when a link cannot be read', () => {
		const result = taobaoItemIdSchema().safeParse('https://m.tb.cn/h.5Ue2K0B');
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toMatch(/Taobao item ID or item link/);
	});
});
