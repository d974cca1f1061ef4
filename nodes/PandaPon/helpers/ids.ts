/**
 * Ids may be typed as ids or pasted as Taobao / 1688 links. These parse the common URL forms into ids.
 * Short links (m.tb.cn, qr.1688.com) need a redirect to resolve and are rejected with a clear message.
 */
const DIGITS = /^\d{5,20}$/;

function tryUrl(input: string): URL | undefined {
	try {
		return new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
	} catch {
		return undefined;
	}
}

/** Taobao / Tmall item id from an id or a link (item.taobao.com/item.htm?id=, detail.tmall.com, world.taobao.com/item/N.htm, a.m.taobao.com/iN.htm). */
export function parseTaobaoItemId(input: string): string | undefined {
	const value = input.trim();
	if (DIGITS.test(value)) return value;
	const url = tryUrl(value);
	if (!url || !/(^|\.)(taobao\.com|tmall\.com|tmall\.hk)$/i.test(url.hostname)) return undefined;
	for (const key of ['id', 'itemId', 'item_id']) {
		const id = url.searchParams.get(key);
		if (id && DIGITS.test(id)) return id;
	}
	const path = url.pathname.match(/\/(?:item\/|i)(\d{5,20})\.htm/);
	return path?.[1];
}

/** 1688 offer id from an id or a link (detail.1688.com/offer/N.html, m.1688.com/offer/N.html, ?offerId=N). */
export function parseAlibabaOfferId(input: string): string | undefined {
	const value = input.trim();
	if (DIGITS.test(value)) return value;
	const url = tryUrl(value);
	if (!url || !/(^|\.)1688\.com$/i.test(url.hostname)) return undefined;
	const path = url.pathname.match(/\/offer\/(\d{5,20})\.html?/);
	if (path) return path[1];
	const query = url.searchParams.get('offerId') ?? url.searchParams.get('offerid');
	return query && DIGITS.test(query) ? query : undefined;
}

/** Order id from an id or an order link (?orderId=, ?bizOrderId=, ?id=). */
export function parseOrderId(input: string): string | undefined {
	const value = input.trim();
	if (/^\d{1,20}$/.test(value)) return value;
	const url = /^https?:\/\//i.test(value) ? tryUrl(value) : undefined;
	if (!url) return undefined;
	for (const key of ['orderId', 'bizOrderId', 'orderid', 'id']) {
		const id = url.searchParams.get(key);
		if (id && /^\d{1,20}$/.test(id)) return id;
	}
	return undefined;
}
