/** Taobao goods (reference 4.1): get by id, batch check, keyword search, image search. */
import { notFound } from '../envelope';
import type { Route } from '../router';
import type { TaobaoItem } from '../state/types';
import { Reader, readPage, slicePage } from '../validate';
import { taobaoProductDetail, taobaoSearchItem } from '../views/taobao';
import { readImageQuery, similarTo } from './common';

const SEARCH_MAX_PAGE_SIZE = 40;

function searchPage(items: TaobaoItem[], page: number, pageSize: number) {
	return { total: items.length, pageNo: page, pageSize, data: slicePage(items, page, pageSize).map(taobaoSearchItem) };
}

export const taobaoProductRoutes: Route[] = [
	{
		method: 'GET', path: '/open/product/get',
		handle: ({ store, query }) => {
			const itemId = query.id('itemId');
			const item = store.taobaoItemById.get(itemId);
			if (!item) throw notFound(`item ${itemId} not found`);
			return taobaoProductDetail(item);
		},
	},
	{
		method: 'POST', path: '/open/product/batch/check',
		handle: ({ store, body }) => {
			const entries = Reader.nested(body.jsonString('params', 'array') as unknown[], 'params');
			const result = { mpProducts: [] as unknown[], noMpProductItemIds: [] as string[], noMpReasonList: [] as { itemId: string; reason: string }[] };
			for (const entry of entries) {
				const itemId = entry.id('itemId');
				const skuIds = entry.has('skuIds') ? entry.array('skuIds').map(String) : [];
				const item = store.taobaoItemById.get(itemId);
				if (!item) {
					result.noMpProductItemIds.push(itemId);
					result.noMpReasonList.push({ itemId, reason: 'item not found or not available for distribution' });
					continue;
				}
				const unknown = skuIds.filter((skuId) => !item.skus.some((sku) => sku.skuId === skuId));
				if (unknown.length > 0) result.noMpReasonList.push({ itemId, reason: `sku not found: ${unknown.join(', ')}` });
				const detail = taobaoProductDetail(item);
				const skuList = skuIds.length === 0 ? detail.skuList : detail.skuList.filter((sku) => skuIds.includes(sku.skuId));
				result.mpProducts.push({ itemId, mpId: item.mpId, product: { ...detail, skuList } });
			}
			return result;
		},
	},
	{
		method: 'POST', path: '/v2/taobao/product/item/search',
		handle: ({ store, body }) => {
			const keyword = body.string('keyword').trim().toLowerCase();
			const { page, pageSize } = readPage(body, 'pageNo', { pageSize: 20, maxPageSize: SEARCH_MAX_PAGE_SIZE });
			const sort = body.optString('sort');
			const hits = store.taobaoItems.filter((item) => `${item.title} ${item.categoryName}`.toLowerCase().includes(keyword));
			if (sort === 'price_asc') hits.sort((a, b) => a.promotionPrice - b.promotionPrice);
			if (sort === 'price_desc') hits.sort((a, b) => b.promotionPrice - a.promotionPrice);
			return searchPage(hits, page, pageSize);
		},
	},
	{
		method: 'POST', path: '/v2/taobao/product/image/search',
		handle: ({ store, body }) => {
			const key = readImageQuery(body);
			const { page, pageSize } = readPage(body, 'pageNo', { pageSize: 20, maxPageSize: SEARCH_MAX_PAGE_SIZE });
			return searchPage(similarTo(key, store.taobaoItems, 20), page, pageSize);
		},
	},
];
