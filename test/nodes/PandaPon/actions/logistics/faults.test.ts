/**
 * Logistics writes (booking, domestic update) are sent exactly once under a 5xx or a dropped connection; a freight
 * estimate rides out a 429 and a 5xx, each attempt freshly signed in headers and query.
 */
import type { FaultSpec } from '../../../../../sandbox/server';
import { useSandbox } from '../../../../helpers/sandboxNode';

jest.setTimeout(60_000);

const ctx = useSandbox();

const RECEIVER = { country: 'JP', state: 'Tokyo', city: 'Shibuya', zip: '1500001', address: '1-1-1 Jingumae', name: 'Sato', phone: '0312345678' };
const receiver = { receiverAddressMode: 'fields', receiverAddress: RECEIVER };
const line = { itemId: '2048232789087639', skuId: '4970432383383', quantity: 1 };

async function freshRenderId(): Promise<string> {
	const { items, error } = await ctx.run({
		resource: 'logistics',
		operation: 'previewOrderFreight',
		...receiver,
		renderItemsMode: 'json',
		renderItemsJson: JSON.stringify([{ ...line, freightInfo: { serviceId: '1' } }]),
	});
	expect(error).toBeUndefined();
	return items[0].json.renderId as string;
}

const writes: Array<[string, string, () => Promise<Record<string, unknown>>]> = [
	[
		'createInternationalOrder',
		'/open/pp/logistics/orderBookingFreight',
		async () => ({
			operation: 'createInternationalOrder',
			renderId: await freshRenderId(),
			...receiver,
			lineItemsMode: 'json',
			lineItemsJson: JSON.stringify([{ ...line, serviceId: '1' }]),
		}),
	],
	[
		'updateDomestic',
		'/open/pp/logistics/updateLogisticInfo',
		async () => ({
			operation: 'updateDomestic',
			orderId: '1024285237573584051',
			logisticInfosMode: 'json',
			logisticInfosJson: JSON.stringify([{ lineItem: line, domesticLogisticInfo: [{ logisticNumer: 'SF1', logisticCompanyName: '顺丰', rtsTime: '1754342534' }] }]),
		}),
	],
];

const faults: Array<[string, Omit<FaultSpec, 'path'>]> = [
	['HTTP 500', { type: '5xx', status: 500, times: -1 }],
	['a dropped connection after the server acted', { type: 'drop', process: true, times: -1 }],
];

describe.each(faults)('logistics writes under %s', (_name, fault) => {
	it.each(writes)('%s is sent exactly once and says it was not retried', async (_operation, path, parameters) => {
		const resolved = await parameters();
		ctx.sandbox.addFault({ ...fault, path });
		const { error, items } = await ctx.run({ resource: 'logistics', ...resolved });
		expect(items).toEqual([]);
		expect(error?.description).toContain('was not retried automatically');
		const attempts = ctx.requestsTo(path);
		expect(attempts).toHaveLength(1);
		expect(attempts[0].fault).toBe(fault.type);
	});
});

it('a freight estimate survives a 429 with Retry-After and a 5xx, every attempt signed in headers and query', async () => {
	const path = '/v2/open/pp/logistics/itemLogisticsPrice';
	ctx.sandbox.addFault({ type: '429', path, retryAfter: 1 });
	ctx.sandbox.addFault({ type: '5xx', path, status: 503 });
	const { items, error } = await ctx.run({
		resource: 'logistics',
		operation: 'estimateItemFreight',
		...line,
		price: '5',
		currency: 'CNY',
		...receiver,
	});
	expect(error).toBeUndefined();
	expect(items).toHaveLength(1);
	expect((items[0].json.freightOptions as unknown[]).length).toBe(2);
	const attempts = ctx.requestsTo(path);
	expect(attempts.map((entry) => entry.httpStatus)).toEqual([429, 503, 200]);
	expect(attempts[2].auth).toMatchObject({ ok: true });
	expect(new Set(attempts.map((entry) => entry.query.sign)).size).toBe(3);
});
