/** The documented examples the tests send: addresses and offers from PandaPon's seed pages, and the order id shape. */
import type { SandboxHandle } from '../../sandbox/server';

/** seed 000's OrderAddress / seed 002's receiver, with a mobile number. */
export const TAOBAO_ADDRESS = {
	zip: '11111',
	country: '中国',
	address: '测试地址',
	mobile_phone: '15068763421',
	city: '杭州市',
	district: '余杭区',
	name: 'a测试aa',
	state: '浙江省',
};

/** seed 003's addressParam (1688 FastAdress), as the node's 1688 address fields. */
export const ALIBABA_ADDRESS = {
	fullName: 'zhang',
	mobile: '18600888861',
	phone: '18600888861',
	postCode: '100000',
	cityText: '杭州市',
	provinceText: '浙江省',
	areaText: '西湖区',
	townText: '转塘',
	address: 'xxxxxxx',
};

/** Seed 003's offer (seller 1). */
export const OFFER_1 = {
	offerId: '743470146022',
	offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg',
	specId: 'e61a85a671bb3d0301d0412b51641c6b',
	sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
};

/** The second documented offer (seller 2, minimum order 2), as the sandbox holds it. */
export function offer2(sandbox: SandboxHandle) {
	const offer = sandbox.sandbox.store.offerById.get('706627393257')!;
	return { offerId: offer.offerId, offerMapId: offer.offerMapId, specId: offer.specs[0].specId, sellerOpenId: offer.sellerOpenId };
}

/** PandaPon order ids: 19 digits, kept as text. */
export const ORDER_ID = /^\d{19}$/;
