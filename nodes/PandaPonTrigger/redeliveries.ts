import type { IDataObject } from 'n8n-workflow';

/** 5 retries × 30 min: 500 ids cover the whole redelivery window unless more than ~200 messages arrive per hour. */
export const REDELIVERY_MEMORY_SIZE = 500;

/** The last retry comes 150 min after the first push; older ids are forgotten so a genuinely repeated message passes. */
export const REDELIVERY_WINDOW_MS = 3 * 60 * 60 * 1000;

const KEY = 'recentEvents';

// A type alias (not an interface) so entries stay assignable to IDataObject.
type SeenEvent = { id: string; at: number };

function readSeen(stored: unknown): SeenEvent[] {
	if (!Array.isArray(stored)) return [];
	return stored.filter(
		(entry): entry is SeenEvent => typeof entry?.id === 'string' && typeof entry?.at === 'number',
	);
}

/**
 * True when `eventId` was seen within the window among the last `limit` ids; otherwise records it, forgetting the
 * oldest first. Assigns a new array (never mutates in place) so n8n's static-data proxy notices the change and saves it.
 */
export function isRedelivery(
	store: IDataObject,
	eventId: string,
	now: number = Date.now(),
	limit = REDELIVERY_MEMORY_SIZE,
): boolean {
	const recent = readSeen(store[KEY]).filter((entry) => now - entry.at < REDELIVERY_WINDOW_MS);
	if (recent.some((entry) => entry.id === eventId)) return true;
	store[KEY] = [...recent, { id: eventId, at: now }].slice(-limit);
	return false;
}
