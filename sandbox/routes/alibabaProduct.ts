/** 1688 goods (reference 4.6): detail, keyword / image / store search, related offers, Wangwang decrypt. */
import { badRequest, notFound } from '../envelope';
import type { Route } from '../router';
import type { Store } from '../state/store';
import type { AlibabaOffer } from '../state/types';
import { Reader, readPage } from '../validate';
import { alibabaListItem, alibabaProductDetail } from '../views/alibaba';
import { alibabaPage, offerFrom, readImageQuery, similarTo } from './common';

const MAX_PAGE_SIZE = 50;
const PRICE = /^\d+(\.\d{1,2})?$/;

function readPrice(body: Reader, key: string): number | undefined {
	const value = body.optString(key);
	if (value === undefined) return undefined;
	if (!PRICE.test(value)) throw badRequest(`${key}: expected a yuan amount as a string such as "633.69", got "${value}"`);
	return Math.round(Number(value) * 100);
}

/** The shared 1688 search filters: price range (yuan strings), category, `sort` as a JSON string. */
function applyFilters(body: Reader, offers: AlibabaOffer[]): AlibabaOffer[] {
	const min = readPrice(body, 'priceStart');
	const max = readPrice(body, 'priceEnd');
	const category = body.has('categoryId') ? String(body.raw('categoryId')) : undefined;
	let list = offers.filter((offer) => (min === undefined || offer.price >= min) && (max === undefined || offer.price <= max)
		&& (category === undefined || String(offer.categoryId) === category));
	if (body.has('sort')) {
		const sort = body.jsonString('sort', 'object') as Record<string, unknown>;
		const direction = sort.price ?? sort.monthSold;
		if (direction !== undefined && direction !== 'asc' && direction !== 'desc') throw badRequest('sort: expected values "asc" or "desc"');
		const field = sort.price !== undefined ? 'price' : 'monthSold';
		if (direction) list = [...list].sort((a, b) => (direction === 'asc' ? 1 : -1) * (a[field] - b[field]));
	}
	return list;
}

function matching(store: Store, keyword: string | undefined): AlibabaOffer[] {
	const needle = keyword?.trim().toLowerCase() ?? '';
	return store.offers.filter((offer) => `${offer.subject} ${offer.subjectTrans}`.toLowerCase().includes(needle));
}

function searchResult(body: Reader, offers: AlibabaOffer[]) {
	const { page, pageSize } = readPage(body, 'beginPage', { pageSize: 20, maxPageSize: MAX_PAGE_SIZE });
	return alibabaPage(applyFilters(body, offers), page, pageSize, alibabaListItem);
}

export const alibabaProductRoutes: Route[] = [
	{
		method: 'POST', path: '/alibaba/product/detail/get',
		handle: ({ store, body }) => alibabaProductDetail(store, offerFrom(store, body)),
	},
	{
		method: 'POST', path: '/alibaba/product/keywords/query',
		handle: ({ store, body }) => searchResult(body, matching(store, body.string('keyword'))),
	},
	{
		method: 'POST', path: '/alibaba/product/image/query',
		handle: ({ store, body }) => searchResult(body, similarTo(readImageQuery(body), store.offers, 24)),
	},
	{
		method: 'POST', path: '/alibaba/product/query/selleroffer',
		handle: ({ store, body }) => {
			const sellerOpenId = body.string('sellerOpenId');
			if (!store.sellerById.has(sellerOpenId)) throw notFound(`seller ${sellerOpenId} not found`);
			const offers = matching(store, body.optString('keyword')).filter((offer) => offer.sellerOpenId === sellerOpenId);
			return searchResult(body, offers);
		},
	},
	{
		method: 'POST', path: '/v2/alibaba/product/productRelatedRecommendQuery',
		handle: ({ store, body }) => {
			const offer = offerFrom(store, body);
			const { page, pageSize } = readPage(body, 'pageNo', { pageSize: 10, maxPageSize: MAX_PAGE_SIZE });
			const related = store.offers.filter((other) => other !== offer && (other.sellerOpenId === offer.sellerOpenId || other.subjectTrans === offer.subjectTrans));
			return alibabaPage(related, page, pageSize, alibabaListItem);
		},
	},
	{
		method: 'POST', path: '/alibaba/product/openuid/decrypt',
		handle: ({ store, body }) => {
			const openUid = body.string('openUid');
			const seller = store.sellerById.get(openUid);
			if (!seller) throw notFound(`openUid ${openUid} not found`);
			if (body.has('offerId')) offerFrom(store, body);
			return { openUid, wangwangNick: seller.loginId, wangwangUrl: `https://amos.alicdn.com/getcid.aw?uid=${encodeURIComponent(seller.loginId)}&site=cnalichn` };
		},
	},
];
