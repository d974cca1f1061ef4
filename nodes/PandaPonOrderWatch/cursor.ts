/**
 * Order Watch's cursor, kept in the node's static data. n8n 2.40 stages static data during poll() and commits it
 * in one transaction with the execution the poll emits (or alone when it emits nothing), so a poll that dies
 * before that commit leaves the old cursor: the next poll repeats the window instead of losing it.
 *
 * Per platform: `since` (ms, our clock) is where the last completed window ended; `seen` holds, for orders
 * modified within the overlap, the watched values last reported. Entries older than the overlap are dropped:
 * such an order can only come back into a window by being modified again. So the state is bounded by the
 * number of orders modified within one overlap, not by the size of the account.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Watched, WatchPlatform } from './snapshot';

/** status, amount, logistics, refund, and the time the entry is kept from (modification or first sight). */
export type SeenEntry = [string, number | null, string | null, string | null, number];

export interface PlatformCursor {
	since: number;
	seen: Record<string, SeenEntry>;
}

export interface Cursor {
	version: 1;
	platforms: Partial<Record<WatchPlatform, PlatformCursor>>;
}

export const CURSOR_KEY = 'orderWatch';

function isPlatformCursor(value: unknown): value is PlatformCursor {
	const candidate = value as PlatformCursor | undefined;
	return (
		typeof candidate?.since === 'number' &&
		typeof candidate.seen === 'object' &&
		candidate.seen !== null
	);
}

/** The stored cursor, or an empty one (first activation, or a cursor from an unknown version). */
export function readCursor(staticData: IDataObject): Cursor {
	const stored = staticData[CURSOR_KEY] as Cursor | undefined;
	const platforms: Cursor['platforms'] = {};
	if (stored?.version === 1 && typeof stored.platforms === 'object' && stored.platforms !== null) {
		for (const platform of ['taobao', '1688'] as const) {
			const entry = stored.platforms[platform];
			if (isPlatformCursor(entry))
				platforms[platform] = { since: entry.since, seen: { ...entry.seen } };
		}
	}
	return { version: 1, platforms };
}

export function writeCursor(staticData: IDataObject, cursor: Cursor): void {
	staticData[CURSOR_KEY] = cursor as unknown as IDataObject;
}

export const toEntry = (watched: Watched, keptFrom: number): SeenEntry => [
	watched.status,
	watched.amount,
	watched.logistics,
	watched.refund,
	keptFrom,
];

export const fromEntry = (entry: SeenEntry | undefined): Watched | undefined =>
	entry === undefined
		? undefined
		: { status: entry[0], amount: entry[1], logistics: entry[2], refund: entry[3] };

/** Drops entries that no window starting at or after `oldestWindowStart` can bring back unmodified. */
export function prune(
	seen: Record<string, SeenEntry>,
	oldestWindowStart: number,
): Record<string, SeenEntry> {
	const kept: Record<string, SeenEntry> = {};
	for (const [orderId, entry] of Object.entries(seen))
		if (entry[4] >= oldestWindowStart) kept[orderId] = entry;
	return kept;
}
