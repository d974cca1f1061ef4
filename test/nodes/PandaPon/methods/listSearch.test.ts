import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { searchTaobaoOrders } from '../../../../nodes/PandaPon/methods/listSearch';

// The record of seed 004's example answer (GET /open/order/page), trimmed to what the picker reads.
const SEED_004_ORDER = {
	id: '1022505290408395575',
	orderNo: '1022505290345480832',
	sellerOrderNumber: '1',
	userName: 'Nguyen Thi Tuyet',
	createTime: '2023-09-22 13:50:59',
	purchaseAmount: 400,
	status: 0,
};

/** A load-options context whose HTTP helper answers with one page of the given order records (full response, as n8n gives it). */
function pickerContext(records: object[]) {
	const requests: unknown[] = [];
	const context = {
		getNode: () => ({ name: 'PandaPon', type: 'n8n-nodes-pandapon.pandaPon', typeVersion: 2 }),
		getCredentials: async () => ({ baseUrl: 'https://api.pandapon.com' }),
		helpers: {
			httpRequestWithAuthentication: async (_name: string, options: unknown) => {
				requests.push(options);
				const body = JSON.stringify({ code: 200, msg: 'ok', requestId: 'r1', data: { total: records.length, data: records } });
				return { statusCode: 200, headers: {}, body };
			},
		},
	} as unknown as ILoadOptionsFunctions;
	return { context, requests };
}

describe('order picker (From list)', () => {
	it('shows what a seller chooses by: number, status, amount in yuan, receiver, time; the value is the order id', async () => {
		const { context, requests } = pickerContext([SEED_004_ORDER]);
		const result = await searchTaobaoOrders.call(context);
		expect(result.results).toEqual([
			{
				name: '1022505290345480832 (1) · Awaiting Payment · ¥4.00 · Nguyen Thi Tuyet · 2023-09-22 13:50:59',
				value: '1022505290408395575',
			},
		]);
		expect(result.paginationToken).toBeUndefined();
		expect(requests).toHaveLength(1);
	});

	it('leaves out what the record lacks, and names an unknown status by its code', async () => {
		const { context } = pickerContext([{ id: '7', status: 99 }]);
		expect((await searchTaobaoOrders.call(context)).results).toEqual([{ name: '7 · status 99', value: '7' }]);
	});
});
