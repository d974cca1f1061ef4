import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { pandaPonRequest } from '../transport';

interface OrderPage {
	total?: number;
	data?: Array<{
		id?: string | number;
		orderNo?: string;
		status?: number;
		sellerOrderNumber?: string;
		createTime?: string;
	}>;
}

const PAGE_SIZE = 20;

/** Recent Taobao purchase orders for the Order ID resource locator. */
export async function searchTaobaoOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs: Record<string, string | number> = { pageNum: page, pageSize: PAGE_SIZE };
	if (filter) qs.orderNo = filter;
	const data = (await pandaPonRequest.call(this, 'taobaoOrder.getAll', { qs })) as OrderPage;
	const records = data?.data ?? [];
	return {
		results: records.map((order) => ({
			name: `${order.orderNo ?? order.id}${order.sellerOrderNumber ? ` (${order.sellerOrderNumber})` : ''}${order.createTime ? ` · ${order.createTime}` : ''}`,
			value: String(order.id),
		})),
		paginationToken:
			records.length === PAGE_SIZE && page * PAGE_SIZE < (data?.total ?? Infinity)
				? String(page + 1)
				: undefined,
	};
}
