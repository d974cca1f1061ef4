import type { IDataObject } from 'n8n-workflow';

import * as redeliveries from '../../../nodes/PandaPonTrigger/redeliveries';

type Module = typeof redeliveries;

const T0 = 1_779_263_269_913;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A fresh copy of the module: what another n8n process, or this one after a restart, would run. */
function anotherProcess(): Module {
	let fresh: Module | undefined;
	jest.isolateModules(() => {
		fresh = jest.requireActual<Module>('../../../nodes/PandaPonTrigger/redeliveries');
	});
	return fresh as Module;
}

let triggerCount = 0;
/** A trigger key nobody else uses, so tests do not share memory. */
const newTrigger = () => `wf-${++triggerCount}:node-1`;

function check(module: Module, triggerKey: string, staticData: IDataObject, eventId: string, now = T0, expiresAtMs = now + 4 * HOUR) {
	return module.isRedelivery({ triggerKey, staticData, eventId, expiresAtMs, now });
}

/** Event ids in a saved copy. */
function savedIds(staticData: IDataObject): string[] {
	const saved = String(staticData[redeliveries.SAVED_KEY]);
	return saved.slice(saved.indexOf('|') + 1).split(',').map((entry) => entry.split(':')[0]);
}

describe('redeliveries.isRedelivery within one process', () => {
	it('records an event, then reports every later copy as a redelivery', () => {
		const trigger = newTrigger();
		expect(check(redeliveries, trigger, {}, 'a')).toBe(false);
		for (let retry = 1; retry <= 5; retry++) expect(check(redeliveries, trigger, {}, 'a', T0 + retry * 30 * MINUTE)).toBe(true);
		expect(check(redeliveries, trigger, {}, 'b')).toBe(false);
	});

	it('relies on memory, not on the static data n8n happened to load (the last save wins there)', () => {
		const trigger = newTrigger();
		check(redeliveries, trigger, {}, 'a');
		// A request that loaded static data from before 'a' was saved, or with 'a' overwritten by a concurrent save.
		expect(check(redeliveries, trigger, {}, 'a')).toBe(true);
	});

	it('keeps one memory per trigger', () => {
		const one = newTrigger();
		check(redeliveries, one, {}, 'a');
		expect(check(redeliveries, newTrigger(), {}, 'a')).toBe(false);
	});

	it('forgets a record once it expires, so the event may start again', () => {
		const trigger = newTrigger();
		check(redeliveries, trigger, {}, 'a', T0, T0 + HOUR);
		expect(check(redeliveries, trigger, {}, 'a', T0 + HOUR - 1000)).toBe(true);
		expect(check(redeliveries, trigger, {}, 'a', T0 + HOUR + 1000)).toBe(false);
	});

	it('writes every record it knows into the static data of each request, so the last save is a superset', () => {
		const trigger = newTrigger();
		const copies = ['a', 'b', 'c'].map((id) => {
			const staticData: IDataObject = {};
			check(redeliveries, trigger, staticData, id);
			return staticData;
		});
		expect(savedIds(copies[2])).toEqual(['a', 'b', 'c']);
		expect(savedIds(copies[0])).toEqual(['a']);
	});

	it('leaves static data untouched on a redelivery, so n8n writes nothing to its database', () => {
		const trigger = newTrigger();
		const staticData: IDataObject = {};
		check(redeliveries, trigger, staticData, 'a');
		const loaded = { ...staticData };
		expect(check(redeliveries, trigger, loaded, 'a')).toBe(true);
		expect(loaded).toEqual(staticData);
		const lagging: IDataObject = {};
		expect(check(redeliveries, trigger, lagging, 'a')).toBe(true);
		expect(lagging).toEqual({});
	});

	it('drops the list older versions kept under recentEvents', () => {
		const staticData: IDataObject = { recentEvents: [{ id: 'x', at: T0 }], webhookUrl: 'https://n8n.example/webhook' };
		check(redeliveries, newTrigger(), staticData, 'a');
		expect(staticData.recentEvents).toBeUndefined();
		expect(staticData.webhookUrl).toBe('https://n8n.example/webhook');
	});
});

describe('redeliveries.isRedelivery across a restart and across processes', () => {
	it('honours records saved before a restart', () => {
		const trigger = newTrigger();
		const saved: IDataObject = {};
		check(redeliveries, trigger, saved, 'a');
		check(redeliveries, trigger, saved, 'b');
		const restarted = anotherProcess();
		expect(check(restarted, trigger, { ...saved }, 'a', T0 + 30 * MINUTE)).toBe(true);
		expect(check(restarted, trigger, {}, 'b', T0 + 60 * MINUTE)).toBe(true); // merged into memory on the first request
		expect(check(restarted, trigger, {}, 'c', T0 + 60 * MINUTE)).toBe(false);
	});

	it("reads another process's saves and writes them back with its own, so neither erases the other", () => {
		const trigger = newTrigger();
		const other = anotherProcess();
		const database: IDataObject = {};
		check(redeliveries, trigger, database, 'a');
		const loadedByOther = { ...database };
		expect(check(other, trigger, loadedByOther, 'b')).toBe(false);
		expect(savedIds(loadedByOther).sort()).toEqual(['a', 'b']);
		expect(check(redeliveries, trigger, { ...loadedByOther }, 'b')).toBe(true);
	});

	it('ignores expired and malformed saved records', () => {
		const trigger = newTrigger();
		const expired = Math.floor((T0 - MINUTE) / 1000).toString(36);
		const valid = Math.floor((T0 + HOUR) / 1000).toString(36);
		const staticData: IDataObject = { [redeliveries.SAVED_KEY]: `other|old:${expired},:x,junk,fresh:${valid}` };
		expect(check(anotherProcess(), trigger, staticData, 'old')).toBe(false);
		expect(check(anotherProcess(), trigger, { [redeliveries.SAVED_KEY]: `other|fresh:${valid}` }, 'fresh')).toBe(true);
		expect(check(anotherProcess(), trigger, { [redeliveries.SAVED_KEY]: 'no bar at all' }, 'fresh')).toBe(false);
		expect(check(anotherProcess(), trigger, { [redeliveries.SAVED_KEY]: 42 }, 'fresh')).toBe(false);
	});
});

describe('redeliveries.recordKey', () => {
	it('keys on the first 80 bits of an event id, in 14 characters', () => {
		const id = '0123456789abcdef0123456789abcdef';
		expect(redeliveries.recordKey(id)).toBe(Buffer.from('0123456789abcdef0123', 'hex').toString('base64url'));
		expect(redeliveries.recordKey(id)).toHaveLength(14);
		expect(redeliveries.recordKey(`${id.slice(0, 20)}ffffffffffff`)).toBe(redeliveries.recordKey(id));
		expect(redeliveries.recordKey('short-id')).toBe('short-id');
	});
});

describe('redeliveries limits', () => {
	it(`saves the newest ${redeliveries.SAVED_LIMIT} records at least, and never more than a quarter more`, () => {
		const { SAVED_LIMIT } = redeliveries;
		const trigger = newTrigger();
		const staticData: IDataObject = {};
		const most = SAVED_LIMIT + SAVED_LIMIT / 4;
		for (let n = 0; n < most; n++) check(redeliveries, trigger, {}, `id-${n}`);
		check(redeliveries, trigger, staticData, `id-${most}`);
		expect(savedIds(staticData)).toHaveLength(SAVED_LIMIT);
		expect(savedIds(staticData)[0]).toBe(`id-${most - SAVED_LIMIT + 1}`);
		check(redeliveries, trigger, staticData, 'one-more');
		const ids = savedIds(staticData);
		expect(ids).toHaveLength(SAVED_LIMIT + 1);
		expect(ids.at(-1)).toBe('one-more');
	});

	it(`keeps at most ${redeliveries.MEMORY_LIMIT} records in memory, expired ones going first, then the oldest`, () => {
		const trigger = newTrigger();
		check(redeliveries, trigger, {}, 'short-lived', T0, T0 + MINUTE);
		for (let n = 0; n < redeliveries.MEMORY_LIMIT; n++) check(redeliveries, trigger, {}, `id-${n}`, T0 + 2 * MINUTE);
		expect(check(redeliveries, trigger, {}, 'id-0', T0 + 2 * MINUTE)).toBe(true); // the expired one made room
		check(redeliveries, trigger, {}, 'one-more', T0 + 2 * MINUTE);
		expect(check(redeliveries, trigger, {}, 'id-1', T0 + 2 * MINUTE)).toBe(true);
		expect(check(redeliveries, trigger, {}, 'id-0', T0 + 2 * MINUTE)).toBe(false); // the oldest was forgotten
	});

	it(`remembers at most ${redeliveries.TRIGGER_LIMIT} triggers, and one forgotten re-reads its static data`, () => {
		const module = anotherProcess();
		const first = newTrigger();
		const saved: IDataObject = {};
		check(module, first, saved, 'a');
		for (let n = 0; n < module.TRIGGER_LIMIT; n++) check(module, newTrigger(), {}, 'x');
		expect(check(module, first, {}, 'a')).toBe(false); // memory gone…
		const again = anotherProcess();
		check(again, first, {}, 'seed');
		for (let n = 0; n < again.TRIGGER_LIMIT; n++) check(again, newTrigger(), {}, 'x');
		expect(check(again, first, { ...saved }, 'a')).toBe(true); // …but a saved copy still counts
	});
});
