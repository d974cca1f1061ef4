/** Lookups and readers shared by several route groups. */
import { badRequest, notFound } from '../envelope';
import { decodeImageBase64, detectImage, extensionOf } from '../images';
import type { RouteContext } from '../router';
import type { CargoLine } from '../state/alibabaOrders';
import type { Store } from '../state/store';
import type { AlibabaAddress, AlibabaOffer, AlibabaOrder, Receiver, TaobaoOrder } from '../state/types';
import { Reader } from '../validate';

export function taobaoOrder(store: Store, id: string): TaobaoOrder {
	const order = store.taobaoOrderById.get(id);
	if (!order) throw notFound(`Taobao order ${id} not found`);
	return order;
}

export function alibabaOrder(store: Store, id: string): AlibabaOrder {
	const order = store.alibabaOrderById.get(id);
	if (!order) throw notFound(`1688 order ${id} not found`);
	return order;
}

/** A 1688 offer by numeric `offerId` (number or digit string) or by v2 opaque id (`offerId`/`offerMapId`). */
export function offerFrom(store: Store, reader: Reader): AlibabaOffer {
	const key = reader.has('offerMapId') ? 'offerMapId' : 'offerId';
	const raw = reader.raw(key);
	const isOpaque = typeof raw === 'string' && !/^\d+$/.test(raw);
	const id = isOpaque ? reader.string(key) : reader.id(key);
	const offer = isOpaque ? store.offerByMapId.get(id) : store.offerById.get(id);
	if (!offer) throw notFound(`${reader.path(key)}: offer ${id} not found`);
	return offer;
}

/** `Receiver`/`OrderAddress` fields (reference 4.2, seed 000); `name` and an address line are required. */
export function readReceiver(reader: Reader): Receiver {
	const text = (key: string) => reader.optString(key) ?? '';
	return {
		name: reader.string('name'), phone: text('phone'), mobile_phone: text('mobile_phone'), country: text('country'),
		state: text('state'), city: text('city'), district: text('district'), address: reader.string('address'), zip: text('zip'),
	};
}

/** Division codes PandaPon fills in when `districtCode` is absent (seed 003 answers areaCode 330106 for 西湖区). */
const DISTRICT_CODES: Record<string, string> = { 西湖区: '330106', 余杭区: '330110', 上城区: '330102', 拱墅区: '330105', 滨江区: '330108' };

/** `FastAdress` (reference 4.7/4.8; seed 003). */
export function readAlibabaAddress(reader: Reader): AlibabaAddress {
	const text = (key: string) => reader.optString(key) ?? '';
	if (!reader.has('mobile') && !reader.has('phone')) throw badRequest(`${reader.path('mobile')}: required (or phone)`);
	return {
		fullName: reader.string('fullName'), mobile: text('mobile'), phone: text('phone'), postCode: text('postCode'),
		provinceText: reader.string('provinceText'), cityText: reader.string('cityText'), areaText: text('areaText'),
		townText: text('townText'), address: reader.string('address'),
		districtCode: reader.optString('districtCode') ?? DISTRICT_CODES[text('areaText')] ?? '',
	};
}

/** `cargoParamList[]`: offer, spec (must belong to the offer), quantity ≥ the offer's minimum, matching seller. */
export function readCargo(store: Store, body: Reader): (CargoLine & { sellerOpenId: string })[] {
	return body.objects('cargoParamList').map((cargo) => {
		const offer = offerFrom(store, cargo);
		const specId = cargo.string('specId');
		if (!offer.specs.some((spec) => spec.specId === specId)) {
			throw badRequest(`${cargo.path('specId')}: spec ${specId} does not belong to offer ${offer.offerId}`);
		}
		const quantity = cargo.int('quantity', { min: 1 });
		if (quantity < offer.minOrderQuantity) {
			throw badRequest(`${cargo.path('quantity')}: below the minimum order quantity ${offer.minOrderQuantity} of offer ${offer.offerId}`);
		}
		const sellerOpenId = cargo.optString('sellerOpenId');
		if (sellerOpenId !== undefined && sellerOpenId !== offer.sellerOpenId) {
			throw badRequest(`${cargo.path('sellerOpenId')}: offer ${offer.offerId} is sold by ${offer.sellerOpenId}, not ${sellerOpenId}`);
		}
		return { offerId: offer.offerId, specId, quantity, sellerOpenId: offer.sellerOpenId };
	});
}

export function groupBySeller<T extends { sellerOpenId: string }>(lines: T[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const line of lines) groups.set(line.sellerOpenId, [...(groups.get(line.sellerOpenId) ?? []), line]);
	return groups;
}

/** Image search input: `imageBase64` (checked to be a real image) or `imageAddress` (http/https URL). */
export function readImageQuery(body: Reader): string {
	if (body.has('imageBase64')) {
		const { data } = decodeImageBase64(body.string('imageBase64'), body.path('imageBase64'));
		return data.toString('base64').slice(0, 64);
	}
	if (body.has('imageAddress')) {
		const address = body.string('imageAddress');
		if (!/^https?:\/\/\S+$/.test(address)) throw badRequest(`${body.path('imageAddress')}: expected an http(s) URL`);
		return address;
	}
	throw badRequest('imageBase64: required (or imageAddress)');
}

/** Deterministic "similar items": a rotation of the catalogue chosen by the image. */
export function similarTo<T>(key: string, list: T[], limit: number): T[] {
	let hash = 0;
	for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
	const start = hash % list.length;
	return [...list.slice(start), ...list.slice(0, start)].slice(0, limit);
}

/** The 1688 page wrapper `AlibabaBasePageVO…` (reference 4.6). */
export function alibabaPage<T, R>(list: T[], page: number, pageSize: number, view: (entry: T) => R) {
	return {
		totalRecords: list.length, totalPage: Math.ceil(list.length / pageSize), pageSize, currentPage: page,
		data: list.slice((page - 1) * pageSize, page * pageSize).map(view),
	};
}

/** Newest first, without copying the (possibly 10,000-long) list more than once. */
export function newestFirst<T>(list: T[], keep: (entry: T) => boolean): T[] {
	const out: T[] = [];
	for (let i = list.length - 1; i >= 0; i--) if (keep(list[i])) out.push(list[i]);
	return out;
}

/** Whose cart: `userId` in the body (documented on cart calls), else the `user-id` header / default user. */
export function cartUser(ctx: RouteContext): string {
	return ctx.body.optString('userId') ?? ctx.userId;
}

/** Cart records by id; each must exist and belong to `userId`. */
export function cartRecords<T extends { id: number; userId: string }>(cart: Map<number, T>, userId: string, ids: number[], field: string): T[] {
	return ids.map((id) => {
		const record = cart.get(id);
		if (!record || record.userId !== userId) throw notFound(`${field}: cart record ${id} not found for user ${userId}`);
		return record;
	});
}

/** Stores the multipart `file` part (which must be an image) and returns where the sandbox serves it. */
export function storeUpload(ctx: RouteContext): { name: string; relative: string; url: string } {
	const file = ctx.files.find((f) => f.field === 'file');
	if (!file) throw badRequest('file: required (a multipart part named "file")');
	if (file.data.length === 0) throw badRequest('file: is empty');
	const type = detectImage(file.data);
	if (!type) throw badRequest(`file: expected a JPEG, PNG, GIF or WebP image, got "${file.contentType}" content that is none of these`);
	const name = `voucher-${++ctx.store.counters.file}.${extensionOf(type)}`;
	ctx.store.files.set(name, { name, contentType: type, data: file.data });
	const relative = `/__sandbox/files/${name}`;
	return { name, relative, url: `${ctx.baseUrl}${relative}` };
}
