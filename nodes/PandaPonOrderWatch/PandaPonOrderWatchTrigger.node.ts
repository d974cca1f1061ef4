import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { CHANGE_KINDS, changeItem, diff, type ChangeKind } from './changes';
import { fromEntry, prune, readCursor, toEntry, writeCursor, type PlatformCursor } from './cursor';
import { DEFAULT_OVERLAP_MINUTES, watchProperties } from './description';
import { snapshotOf, type WatchPlatform } from './snapshot';
import { fetchModified, fetchNewest } from './sources';

const MINUTE = 60_000;
const SAMPLE_SIZE = 3;
/** A platform is started only while this share of n8n's poll budget is left; the rest waits for the next poll. */
const BUDGET_SHARE_TO_START = 0.5;

interface WatchSettings {
	platforms: WatchPlatform[];
	kinds: ChangeKind[];
	overlapMs: number;
	historyMs: number;
}

function readSettings(context: IPollFunctions): WatchSettings {
	const platforms = (context.getNodeParameter('sources', []) as string[]).filter(
		(value): value is WatchPlatform => value === 'taobao' || value === '1688',
	);
	if (platforms.length === 0) {
		throw new NodeOperationError(
			context.getNode(),
			'Sources: choose at least one order list to watch',
		);
	}
	const kinds = (context.getNodeParameter('changes', CHANGE_KINDS) as string[]).filter(
		(value): value is ChangeKind => (CHANGE_KINDS as string[]).includes(value),
	);
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const overlap = Number(options.overlapMinutes ?? DEFAULT_OVERLAP_MINUTES);
	const history = Number(options.historyHours ?? 0);
	return {
		platforms,
		kinds,
		overlapMs:
			(Number.isFinite(overlap) && overlap >= 1 ? overlap : DEFAULT_OVERLAP_MINUTES) * MINUTE,
		historyMs: (Number.isFinite(history) && history > 0 ? history : 0) * 60 * MINUTE,
	};
}

/** One platform's window: fetch what was modified, compare with what was seen, advance the cursor. */
async function watchPlatform(
	context: IPollFunctions,
	platform: WatchPlatform,
	state: PlatformCursor | undefined,
	settings: WatchSettings,
): Promise<{ items: INodeExecutionData[]; state: PlatformCursor }> {
	const now = Date.now();
	// First poll: a baseline of the overlap (recorded, not emitted), or the history the user asked for.
	const baseline = state === undefined && settings.historyMs === 0;
	const windowStart =
		state === undefined
			? now - Math.max(settings.overlapMs, settings.historyMs)
			: state.since - settings.overlapMs;
	const seen = { ...(state?.seen ?? {}) };
	const items: INodeExecutionData[] = [];

	const records = await fetchModified.call(context, platform, windowStart, now);
	for (const record of records) {
		const snapshot = snapshotOf(platform, record);
		if (snapshot === undefined) continue;
		// A record modified before the window: the server ignored the range. Nothing to report for it.
		if (snapshot.modifiedMs !== null && snapshot.modifiedMs < windowStart - 1000) continue;
		const previous = fromEntry(seen[snapshot.orderId]);
		if (!baseline) {
			for (const change of diff(previous, snapshot, settings.kinds, windowStart)) {
				items.push(changeItem(snapshot, change, previous, now));
			}
		}
		const keptFrom = snapshot.modifiedMs ?? seen[snapshot.orderId]?.[4] ?? now;
		seen[snapshot.orderId] = toEntry(snapshot, keptFrom);
	}
	return { items, state: { since: now, seen: prune(seen, now - settings.overlapMs - 1000) } };
}

/** Manual test run: the newest orders as they are now, so the editor shows a real item; the cursor is untouched. */
async function sample(
	context: IPollFunctions,
	settings: WatchSettings,
): Promise<INodeExecutionData[][] | null> {
	const items: INodeExecutionData[] = [];
	for (const platform of settings.platforms) {
		for (const record of await fetchNewest.call(context, platform, SAMPLE_SIZE)) {
			const snapshot = snapshotOf(platform, record);
			if (snapshot)
				items.push(
					changeItem(
						snapshot,
						{ kind: 'sample', previous: null, current: snapshot.status },
						undefined,
						Date.now(),
					),
				);
		}
	}
	return items.length ? [items] : null;
}

export class PandaPonOrderWatchTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PandaPon Order Watch Trigger',
		name: 'pandaPonOrderWatchTrigger',
		icon: { light: 'file:pandapon.svg', dark: 'file:pandapon.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Watching: " + ($parameter["sources"] || []).join(", ")}}',
		description:
			'Polls PandaPon orders and emits each status, amount, logistics or refund change once',
		defaults: { name: 'PandaPon Order Watch' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pandaPonApi', required: true }],
		properties: watchProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readSettings(this);
		if (this.getMode() === 'manual') return await sample(this, settings);

		const startedAt = Date.now();
		const budgetMs =
			typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() : 5 * MINUTE;
		const staticData = this.getWorkflowStaticData('node');
		const cursor = readCursor(staticData);
		const items: INodeExecutionData[] = [];

		for (const platform of settings.platforms) {
			if (Date.now() - startedAt > budgetMs * BUDGET_SHARE_TO_START) {
				// Its cursor stays where it was: the next poll covers this platform's window, nothing is skipped.
				this.logger.warn(
					`PandaPon Order Watch: poll budget nearly used, ${platform} orders wait for the next poll`,
				);
				continue;
			}
			const result = await watchPlatform(this, platform, cursor.platforms[platform], settings);
			cursor.platforms[platform] = result.state;
			items.push(...result.items);
		}

		// Staged here; n8n commits it together with the execution these items start (or alone when there are none).
		writeCursor(staticData, cursor);
		return items.length ? [items] : null;
	}
}
