/**
 * Every resource and its operations, as types derived from the one resource map (`resources` in resources.ts), the
 * way n8n's Airtable v2 `node.type.ts` names them. The router, the structure test and the README operation table
 * read the same map.
 */
import type { resources } from './resources';

type ResourceMap = typeof resources;

export type PandaPonMap = { [R in keyof ResourceMap]: Extract<keyof ResourceMap[R], string> };

export type PandaPonResource = keyof PandaPonMap;

/** One resource × operation pair of the map. */
export type PandaPonAction = {
	[R in PandaPonResource]: { resource: R; operation: PandaPonMap[R] };
}[PandaPonResource];
