import type { IDataObject } from 'n8n-workflow';

import {
	REDELIVERY_MEMORY_SIZE,
	REDELIVERY_WINDOW_MS,
	isRedelivery,
} from '../../../nodes/PandaPonTrigger/redeliveries';

const T0 = 1_779_263_269_913;
const MINUTE = 60_000;

function ids(store: IDataObject): unknown {
	return (store.recentEvents as Array<{ id: string }>).map((entry) => entry.id);
}

describe('redeliveries.isRedelivery', () => {
	it('remembers ids first-in first-out within the limit', () => {
		const store: IDataObject = {};
		expect(isRedelivery(store, 'a', T0, 3)).toBe(false);
		expect(isRedelivery(store, 'a', T0, 3)).toBe(true);
		for (const id of ['b', 'c', 'd']) isRedelivery(store, id, T0, 3);
		expect(ids(store)).toEqual(['b', 'c', 'd']);
		expect(isRedelivery(store, 'a', T0, 3)).toBe(false);
	});

	it("covers PandaPon's five retries, 30 minutes apart", () => {
		const store: IDataObject = {};
		isRedelivery(store, 'a', T0);
		for (let retry = 1; retry <= 5; retry++) expect(isRedelivery(store, 'a', T0 + retry * 30 * MINUTE)).toBe(true);
	});

	it('forgets ids older than the window, so a genuinely repeated message passes later', () => {
		const store: IDataObject = {};
		isRedelivery(store, 'a', T0);
		isRedelivery(store, 'b', T0 + REDELIVERY_WINDOW_MS - MINUTE);
		expect(isRedelivery(store, 'a', T0 + REDELIVERY_WINDOW_MS)).toBe(false);
		expect(ids(store)).toEqual(['b', 'a']);
	});

	it('stays bounded at the default size however many messages arrive', () => {
		const store: IDataObject = {};
		for (let i = 0; i < REDELIVERY_MEMORY_SIZE + 250; i++) isRedelivery(store, `id-${i}`, T0);
		expect(store.recentEvents).toHaveLength(REDELIVERY_MEMORY_SIZE);
		expect(isRedelivery(store, `id-${REDELIVERY_MEMORY_SIZE + 249}`, T0)).toBe(true);
		expect(isRedelivery(store, 'id-249', T0)).toBe(false);
	});

	it('assigns a fresh array so n8n sees the static data change, and survives corrupt data', () => {
		const before = [{ id: 'x', at: T0 }, { id: 42, at: T0 }, null, 'y'];
		const store: IDataObject = { recentEvents: before as IDataObject[] };
		expect(isRedelivery(store, 'y', T0)).toBe(false);
		expect(store.recentEvents).not.toBe(before);
		expect(ids(store)).toEqual(['x', 'y']);
	});
});
