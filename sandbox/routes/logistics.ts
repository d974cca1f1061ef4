/**
 * Warehouse logistics (reference 4.12). Besides the signed headers these paths need query `timestamp` and `sign`
 * (checked in auth.ts). Freight numbers are deterministic, made up from the destination and quantity.
 */
import { badRequest, illegalState, notFound } from '../envelope';
import type { Route } from '../router';
import type { Store } from '../state/store';
import { formatDay } from '../time';
import { Reader } from '../validate';

const BASE_FREIGHT_FEN: Record<string, number> = { US: 6800, JP: 3500, VN: 2200, TH: 2400, PH: 2600 };

function readReceiverAddress(body: Reader) {
	const address = body.object('receiverAddress');
	for (const key of ['email', 'phone', 'mobilePhone', 'taxId', 'zip', 'state']) address.optString(key);
	return { country: address.string('country'), name: address.string('name'), city: address.string('city'), address: address.string('address') };
}

function readFreightInfo(line: Reader) {
	const info = line.optObject('freightInfo');
	return info
		? { serviceId: info.optString('serviceId') ?? '1', companyName: info.optString('companyName') ?? '', serviceCategory: info.optString('serviceCategory') ?? '' }
		: { serviceId: '1', companyName: '', serviceCategory: '' };
}

function readItem(line: Reader) {
	const price = line.optString('price');
	if (price !== undefined && !/^\d+(\.\d+)?$/.test(price)) throw badRequest(`${line.path('price')}: expected a decimal amount as a string, got "${price}"`);
	line.optString('currency');
	return { itemId: line.id('itemId'), skuId: line.id('skuId'), quantity: line.int('quantity', { min: 1 }) };
}

/** Freight in fen for `quantity` pieces to `country` on service `serviceId`. */
function freight(country: string, quantity: number, serviceId: string): number {
	const base = BASE_FREIGHT_FEN[country.toUpperCase()] ?? 5000;
	const express = serviceId === '2' ? 1.6 : 1;
	return Math.round((base + (quantity - 1) * 1200) * express);
}

const yuanText = (fen: number) => (fen / 100).toFixed(2);

function nextRenderId(store: Store): string {
	return `FF${formatDay(store.now())}${String(++store.counters.freight).padStart(5, '0')}`;
}

export const logisticsRoutes: Route[] = [
	{
		method: 'POST', path: '/v2/open/pp/logistics/itemLogisticsPrice',
		handle: ({ body }) => {
			const { country } = readReceiverAddress(body);
			const item = readItem(body);
			body.string('currency');
			if (!/^\d+(\.\d+)?$/.test(body.string('price'))) throw badRequest('price: expected a decimal amount as a string');
			return {
				...item, currency: 'CNY',
				freightOptions: [
					{ serviceId: '1', companyName: 'PandaPon Standard', serviceCategory: 'STANDARD', freight: yuanText(freight(country, item.quantity, '1')), deliveryDays: '7-12' },
					{ serviceId: '2', companyName: 'PandaPon Express', serviceCategory: 'EXPRESS', freight: yuanText(freight(country, item.quantity, '2')), deliveryDays: '3-6' },
				],
			};
		},
	},
	{
		method: 'POST', path: '/open/pp/logistics/orderRenderFreight',
		handle: ({ store, body }) => {
			const { country } = readReceiverAddress(body);
			const items = body.objects('renderItems').map((line) => {
				const item = readItem(line);
				const freightInfo = readFreightInfo(line);
				return { ...item, freightInfo, freight: freight(country, item.quantity, freightInfo.serviceId) };
			});
			const renderId = nextRenderId(store);
			const totalFreight = items.reduce((sum, item) => sum + item.freight, 0);
			store.freightPreviews.set(renderId, { renderId, totalFreight, booked: false });
			return {
				renderId, currency: 'CNY', totalFreight: yuanText(totalFreight),
				renderItems: items.map((item) => ({ ...item, freight: yuanText(item.freight) })),
			};
		},
	},
	{
		method: 'POST', path: '/open/pp/logistics/orderBookingFreight',
		handle: ({ store, body }) => {
			const renderId = body.string('renderId');
			const preview = store.freightPreviews.get(renderId);
			if (!preview) throw notFound(`renderId: freight preview ${renderId} not found`);
			if (preview.booked) throw illegalState(`renderId: freight preview ${renderId} is already booked`);
			const { country } = readReceiverAddress(body);
			for (const line of body.objects('lineItems')) {
				readItem(line);
				readFreightInfo(line);
			}
			body.optObject('tmallOrderInfo')?.optId('tmallOrderId');
			body.optString('remark');
			preview.booked = true;
			const month = formatDay(store.now()).slice(2, 6);
			const logisticsOrderNo = `FAR${country.toUpperCase().slice(0, 2)}${month}${String(++store.counters.bookings).padStart(6, '0')}YQ`;
			return { logisticsOrderNo, renderId, totalFreight: yuanText(preview.totalFreight), currency: 'CNY', status: 'CREATED' };
		},
	},
	{
		method: 'POST', path: '/open/pp/logistics/updateLogisticInfo',
		handle: ({ store, body }) => {
			const orderId = body.id('orderId');
			const tmallOrderId = body.optId('tmallOrderId');
			for (const info of body.objects('logisticInfos')) {
				const line = info.object('lineItem');
				line.id('itemId');
				line.id('skuId');
				line.int('quantity', { min: 1 });
				info.optString('logisticNumer');
				for (const domestic of info.objects('domesticLogisticInfo')) {
					domestic.string('logisticNumer');
					domestic.string('logisticCompanyName');
					const rts = String(domestic.raw('rtsTime') ?? '');
					if (!/^\d{10}$/.test(rts)) throw badRequest(`${domestic.path('rtsTime')}: expected Unix seconds (10 digits), got "${rts}"`);
				}
			}
			store.domesticLogistics.push({ orderId, tmallOrderId, updatedAt: store.now() });
			return true;
		},
	},
];
