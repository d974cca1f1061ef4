/**
 * Which events this trigger has already started, so a redelivery starts nothing.
 *
 * n8n loads a workflow's static data from the database for every webhook request and saves the whole object after
 * the request, last writer wins; webhook functions get no deduplication helper. So the authoritative record is this
 * module's memory (one per workflow + trigger node, per n8n process), checked and recorded in one synchronous step.
 * Static data is the copy that outlives the process: every request merges what it loaded (records saved before a
 * restart or by another webhook process) into memory, and every request that records an event writes memory's newest
 * records back, so whichever request saves last still saves everything this process knew when that request ran.
 */
import { randomBytes } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** Records kept per trigger in memory: the within-process guarantee holds for this many events per window. */
export const MEMORY_LIMIT = 10_000;
/** At least this many of the newest records (at most a quarter more) go into static data with every save. */
export const SAVED_LIMIT = 2_000;
const SAVED_SLACK = SAVED_LIMIT / 4;
/** Triggers (workflow + node) remembered per process; the least recently used is forgotten first. */
export const TRIGGER_LIMIT = 50;

export const SAVED_KEY = 'seenEvents';
/** Written by earlier versions (an array of objects); dropped on the first write. */
const LEGACY_KEY = 'recentEvents';

/**
 * The first 80 bits of the event id in base64url (14 characters instead of 32): what memory and static data key on.
 * Two of 10,000 events sharing a key has a chance of about 1 in 10^16.
 */
export function recordKey(eventId: string): string {
	return /^[0-9a-f]{20}/.test(eventId)
		? Buffer.from(eventId.slice(0, 20), 'hex').toString('base64url')
		: eventId;
}

interface Memory {
	/** Random per memory: tells the copies it saved from those of another process, or of itself before a restart. */
	tag: string;
	/** record key → expiry (seconds since the epoch), oldest insertion first. */
	expiries: Map<string, number>;
	/** `id:expiry(base 36)` of the newest records, oldest first. */
	recent: string[];
	/** `recent` joined by commas, kept up to date by appending: what gets saved, without a join per request. */
	savedText: string;
}

const memories = new Map<string, Memory>();

function memoryFor(key: string): Memory {
	let memory = memories.get(key);
	if (memory === undefined) {
		memory = {
			tag: randomBytes(6).toString('hex'),
			expiries: new Map(),
			recent: [],
			savedText: '',
		};
		if (memories.size >= TRIGGER_LIMIT) memories.delete(memories.keys().next().value as string);
	} else {
		memories.delete(key); // re-inserted below: most recently used last
	}
	memories.set(key, memory);
	return memory;
}

function remember(memory: Memory, id: string, expiresAt: number): void {
	const entry = `${id}:${expiresAt.toString(36)}`;
	memory.expiries.set(id, expiresAt);
	memory.recent.push(entry);
	memory.savedText = memory.savedText === '' ? entry : `${memory.savedText},${entry}`;
	if (memory.recent.length > SAVED_LIMIT + SAVED_SLACK) {
		memory.recent = memory.recent.slice(-SAVED_LIMIT);
		memory.savedText = memory.recent.join(',');
	}
}

/** Adds the records of a copy saved by someone else (another process, or this one before a restart). */
function mergeSaved(memory: Memory, saved: string, nowSeconds: number): void {
	const bar = saved.indexOf('|');
	if (bar < 0 || saved.startsWith(`${memory.tag}|`)) return; // ours: every record in it is already in memory
	for (const entry of saved.slice(bar + 1).split(',')) {
		const colon = entry.indexOf(':');
		if (colon <= 0) continue;
		const id = entry.slice(0, colon);
		const expiresAt = parseInt(entry.slice(colon + 1), 36);
		if (expiresAt > nowSeconds && !memory.expiries.has(id)) remember(memory, id, expiresAt);
	}
}

/** Keeps memory within its limits: expired records go first, then the oldest. */
function prune(memory: Memory, nowSeconds: number): void {
	if (memory.expiries.size <= MEMORY_LIMIT) return;
	for (const [id, expiresAt] of memory.expiries)
		if (expiresAt <= nowSeconds) memory.expiries.delete(id);
	for (const id of memory.expiries.keys()) {
		if (memory.expiries.size <= MEMORY_LIMIT) break;
		memory.expiries.delete(id);
	}
}

export interface RedeliveryCheck {
	/** Workflow id + node id: one memory per trigger node, shared by every request this process serves. */
	triggerKey: string;
	/** The node's static data as n8n loaded it for this request. */
	staticData: IDataObject;
	eventId: string;
	/** When the record may be forgotten (ms since the epoch): a later copy is refused as stale anyway. */
	expiresAtMs: number;
	now: number;
}

/**
 * True when the event was already recorded (a redelivery); otherwise records it. Synchronous from check to record,
 * so two requests in one process can never both see an event as new.
 */
export function isRedelivery({
	triggerKey,
	staticData,
	eventId,
	expiresAtMs,
	now,
}: RedeliveryCheck): boolean {
	const key = recordKey(eventId);
	const nowSeconds = Math.floor(now / 1000);
	const memory = memoryFor(triggerKey);
	const saved = staticData[SAVED_KEY];
	if (typeof saved === 'string') mergeSaved(memory, saved, nowSeconds);
	const known = memory.expiries.get(key);
	if (known !== undefined && known > nowSeconds) return true;
	memory.expiries.delete(key); // an expired record re-inserted as the newest
	remember(memory, key, Math.ceil(expiresAtMs / 1000));
	prune(memory, nowSeconds);
	// Only a new record changes static data, so n8n writes to its database once per started event, never on a redelivery.
	staticData[SAVED_KEY] = `${memory.tag}|${memory.savedText}`;
	if (LEGACY_KEY in staticData) delete staticData[LEGACY_KEY];
	return false;
}
