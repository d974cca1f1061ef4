/**
 * Reading orders modified in a window, through the action node's transport (signing, envelope, read retries)
 * and its list paging. The range parameters, their format and time zone come from the endpoint catalogue.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { pagingOf, pandaPonRequestAllItems, type Paging } from '../PandaPon/transport';
import { getEndpoint, type EndpointKey } from '../PandaPon/transport/endpoints';
import type { WatchPlatform } from './snapshot';

interface Source {
	key: EndpointKey;
	paging: Paging;
}

export const SOURCES: Record<WatchPlatform, Source> = {
	taobao: { key: 'taobaoOrder.getAll', paging: pagingOf('taobaoOrder.getAll') },
	'1688': { key: 'alibabaOrder.getAll', paging: pagingOf('alibabaOrder.getAll') },
};

/** The range parameters for [fromMs, toMs], in the endpoint's documented format and zone (China time). */
export function rangeParameters(key: EndpointKey, fromMs: number, toMs: number): IDataObject {
	const range = getEndpoint(key).modifiedRange;
	if (!range) throw new Error(`${key} has no modification range in the endpoint catalogue`);
	const format = (ms: number) =>
		DateTime.fromMillis(ms, { zone: range.zone }).toFormat(range.format);
	// The format has whole seconds: round the start down and the end up, so no boundary millisecond is left out.
	return {
		[range.from]: format(Math.floor(fromMs / 1000) * 1000),
		[range.to]: format(Math.ceil(toMs / 1000) * 1000),
	};
}

/** Every order of `platform` modified in [fromMs, toMs]: one page per pageSize changes, not per account size. */
export async function fetchModified(
	this: IPollFunctions,
	platform: WatchPlatform,
	fromMs: number,
	toMs: number,
) {
	const { key, paging } = SOURCES[platform];
	const range = rangeParameters(key, fromMs, toMs);
	const args = paging.in === 'query' ? { qs: range } : { body: range };
	return await pandaPonRequestAllItems.call(this, key, paging, { returnAll: true, ...args });
}

/** The newest orders, for a manual test run (no range: a real sample even when nothing changed lately). */
export async function fetchNewest(this: IPollFunctions, platform: WatchPlatform, limit: number) {
	const { key, paging } = SOURCES[platform];
	return await pandaPonRequestAllItems.call(this, key, paging, { returnAll: false, limit });
}
