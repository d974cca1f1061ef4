import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ORDER_STATUS_NAMES } from '../actions/taobaoOrder/shared';
import { pandaPonRequest } from '../transport';

interface OrderPage {
	total?: number;
	data?: Array<{
		id?: string | number;
		orderNo?: string;
		status?: number;
		sellerOrderNumber?: string;
		createTime?: string;
		/** Fen (seed 004). */
		purchaseAmount?: number | string;
		/** The receiver on the seller's shop order (seed 004: "Nguyen Thi Tuyet"). */
		userName?: string;
	}>;
}

const PAGE_SIZE = 20;

type OrderRecord = NonNullable<OrderPage['data']>[number];

/** What a seller chooses an order by: number, status, amount, receiver and time ("… · Awaiting Payment · ¥4.00 · …"). */
function orderEntryName(order: OrderRecord): string {
	const fen = Number(order.purchaseAmount);
	const parts = [
		`${order.orderNo ?? order.id}${order.sellerOrderNumber ? ` (${order.sellerOrderNumber})` : ''}`,
		order.status === undefined || order.status === null
			? undefined
			: (ORDER_STATUS_NAMES[order.status] ?? `status ${order.status}`),
		order.purchaseAmount === undefined || order.purchaseAmount === null || !Number.isFinite(fen)
			? undefined
			: `¥${(fen / 100).toFixed(2)}`,
		order.userName || undefined,
		order.createTime || undefined,
	];
	return parts.filter((part) => part !== undefined).join(' · ');
}

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
		results: records.map((order) => ({ name: orderEntryName(order), value: String(order.id) })),
		paginationToken:
			records.length === PAGE_SIZE && page * PAGE_SIZE < (data?.total ?? Infinity)
				? String(page + 1)
				: undefined,
	};
}
