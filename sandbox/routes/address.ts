/** Foundations (reference 4.11): list and add-or-update addresses; upsert answers the thin `{code: 0, msg}`. */
import { notFound } from '../envelope';
import type { Route } from '../router';

export const addressRoutes: Route[] = [
	{
		method: 'POST', path: '/open/address/list',
		handle: ({ store, userId }) => store.addresses
			.filter((a) => a.userId === userId)
			.map(({ id, name, province, city, district, address, phone }) => ({ id, name, province, city, district, address, phone })),
	},
	{
		method: 'POST', path: '/open/address/addOrUpdate', thin: true,
		handle: ({ store, body, userId }) => {
			const id = body.optInt('id', { min: 0 }) ?? 0;
			const fields = {
				name: body.string('name'), province: body.string('province'), city: body.string('city'),
				district: body.optString('district') ?? '', address: body.string('address'), phone: body.string('phone'),
			};
			if (id === 0) {
				store.addresses.push({ id: ++store.counters.address, userId, ...fields });
				return;
			}
			const existing = store.addresses.find((a) => a.id === id && a.userId === userId);
			if (!existing) throw notFound(`id: address ${id} not found`);
			Object.assign(existing, fields);
		},
	},
];
