import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { MAX_PAGES, pagingOf, pandaPonRequestAllItems, type Paging } from '../../../../nodes/PandaPon/transport';

// The catalogue's paging of the two order lists and of the lists documented only as {pageNo, pageSize} in the body.
const orderPaging = pagingOf('taobaoOrder.getAll');
const orderListPaging = pagingOf('alibabaOrder.getAll');
const PAGE_NO_IN_BODY = pagingOf('afterSales.getAll.taobao');

/** A minimal context whose HTTP helper answers pages from `pageFor(pageNumber)`. */
function contextServing(pageFor: (page: number) => IDataObject[] | undefined, total?: number) {
	const calls: IDataObject[] = [];
	const context = {
		getNode: () => ({ name: 'PandaPon', type: 'pandaPon', typeVersion: 1, parameters: {} }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: { qs: IDataObject }) => {
				calls.push(options.qs);
				const records = pageFor(Number(options.qs.pageNum)) ?? [];
				return {
					statusCode: 200,
					headers: {},
					body: Buffer.from(JSON.stringify({ code: 200, msg: 'ok', requestId: 'r', data: { total, data: records } })),
				};
			},
		},
	} as unknown as IExecuteFunctions;
	return { context, calls };
}

const paging: Paging = {
	pageParam: 'pageNum',
	in: 'query',
	maxPageSize: 10,
	extract: (data) => ({ records: (data as { data: IDataObject[] }).data, total: (data as { total?: number }).total }),
};

const records = (page: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `${page}-${i}` }));

describe('pagination', () => {
	it('stops on a short page and returns every record once', async () => {
		const { context, calls } = contextServing((page) => (page <= 3 ? records(page, page === 3 ? 4 : 10) : []));
		const all = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', paging, { returnAll: true });
		expect(all).toHaveLength(24);
		expect(calls.map((qs) => qs.pageNum)).toEqual([1, 2, 3]);
		expect(calls.every((qs) => qs.pageSize === 10)).toBe(true);
	});

	it('stops when a page repeats the previous one (an API ignoring the page number)', async () => {
		const { context, calls } = contextServing(() => records(1, 10));
		const all = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', paging, { returnAll: true });
		expect(all).toHaveLength(10);
		expect(calls).toHaveLength(2);
	});

	it('stops at the limit, asking only for the page size it needs', async () => {
		const { context, calls } = contextServing((page) => records(page, 10));
		const few = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', paging, { returnAll: false, limit: 3 });
		expect(few.map((record) => record.id)).toEqual(['1-0', '1-1', '1-2']);
		expect(calls).toEqual([{ pageNum: 1, pageSize: 3 }]);
	});

	it('stops when the announced total is reached', async () => {
		const { context, calls } = contextServing((page) => records(page, 10), 20);
		const all = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', paging, { returnAll: true });
		expect(all).toHaveLength(20);
		expect(calls).toHaveLength(2);
	});

	it('keeps going after a short page while the announced total is not reached (a server capping the page size)', async () => {
		const { context, calls } = contextServing((page) => (page <= 3 ? records(page, page === 3 ? 2 : 5) : []), 12);
		const all = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', paging, { returnAll: true });
		expect(all).toHaveLength(12);
		expect(calls.map((qs) => qs.pageNum)).toEqual([1, 2, 3]);
	});

	it('stops on an empty page even when the total promised more', async () => {
		const { context, calls } = contextServing((page) => (page === 1 ? records(1, 10) : []), 50);
		const all = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', paging, { returnAll: true });
		expect(all).toHaveLength(10);
		expect(calls).toHaveLength(2);
	});

	it('has a hard page ceiling for endless distinct pages', async () => {
		const { context, calls } = contextServing((page) => records(page, 10));
		await expect(
			pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', paging, { returnAll: true }),
		).rejects.toThrow(`Stopped after ${MAX_PAGES} pages`);
		expect(calls).toHaveLength(MAX_PAGES);
	});
});

describe('a missing total means unknown, not zero (issue 14, item 6)', () => {
	const served = (total: unknown) => {
		const calls: number[] = [];
		const context = {
			getNode: () => ({ name: 'PandaPon', type: 'pandaPon', typeVersion: 1, parameters: {} }),
			helpers: {
				httpRequestWithAuthentication: async (_type: string, options: { qs: IDataObject }) => {
					const page = Number(options.qs.pageNum);
					calls.push(page);
					const data = { total, data: page <= 3 ? records(page, page === 3 ? 5 : 50) : [] };
					return { statusCode: 200, headers: {}, body: Buffer.from(JSON.stringify({ code: 200, msg: 'ok', data })) };
				},
			},
		} as unknown as IExecuteFunctions;
		return { context, calls };
	};

	it.each([
		['null', null],
		['missing', undefined],
		['an empty string', ''],
		['not a number', 'many'],
		['0 next to full pages', 0],
		['"0"', '0'],
	])('total %s: Return All pages on until a short page', async (_name, total) => {
		const { context, calls } = served(total);
		const all = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', orderPaging, { returnAll: true });
		expect(all).toHaveLength(105);
		expect(calls).toEqual([1, 2, 3]);
	});

	it('a real total still ends the listing and lets pages shorter than asked continue', async () => {
		const { context, calls } = served('105');
		const all = await pandaPonRequestAllItems.call(context, 'taobaoOrder.getAll', orderPaging, { returnAll: true });
		expect(all).toHaveLength(105);
		expect(calls).toEqual([1, 2, 3]);
	});

	it.each([
		['Taobao orders', orderPaging, { total: null, data: [{ id: 1 }] }],
		['1688 orders', orderListPaging, { totalRecords: null, data: [{ id: 1 }] }],
		['shared page shapes', PAGE_NO_IN_BODY, { total: null, totalRecords: null, list: [{ id: 1 }] }],
	])('%s: extract gives no total for null', (_name, paging, data) => {
		expect(paging.extract(data).total).toBeUndefined();
	});
});
