/**
 * Prints the README's operation table from the resource map and the endpoint catalogue (the single sources).
 * `npx tsx scripts/operations-table.ts --write` rewrites the block between the markers in README.md;
 * test/readme.test.ts fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { PandaPonResource } from '../nodes/PandaPon/actions/node.type';
import { resources } from '../nodes/PandaPon/actions/resources';
import { PLATFORM_NAMES, VERSION_TWO_RESOURCES } from '../nodes/PandaPon/actions/versions';
import { endpointKeysOf, getEndpoint, type Endpoint, type EndpointKey } from '../nodes/PandaPon/transport/endpoints';

export const BEGIN = '<!-- operations-table:begin -->';
export const END = '<!-- operations-table:end -->';

const CUSTOM_ROW = '| Custom API Call | request | GET/POST | any path you give | — | retried only when marked read-only |';

function row(resourceName: string, operation: string, key: EndpointKey, showPlatform: boolean): string {
	const endpoint: Endpoint = getEndpoint(key);
	const platform = key.split('.')[2];
	const documented = endpoint.source === 'inferred' ? '**inferred**' : endpoint.source === 'third-party' ? 'third-party client' : 'documented';
	const flags = [endpoint.retry === 'read' ? 'read, retried' : 'write, never retried'];
	if (endpoint.envelope === 'thin') flags.push('thin envelope');
	if (endpoint.multipart) flags.push('multipart');
	const suffix = showPlatform && platform ? ` (${PLATFORM_NAMES[platform as keyof typeof PLATFORM_NAMES]})` : '';
	return `| ${resourceName} | ${operation}${suffix} | ${endpoint.method} | \`${endpoint.path}\` | ${documented} (${endpoint.source}) | ${flags.join(', ')} |`;
}

/**
 * One row per endpoint, walking the resource map (actions/resources.ts) under node version 2's resource names
 * (versions.ts): a per-platform resource such as "1688 Product" lists its platform's endpoints only.
 */
export function operationsTable(): string {
	const rows = VERSION_TWO_RESOURCES.flatMap((entry) =>
		Object.keys(resources[entry.base as PandaPonResource]).flatMap((operation) => {
			const keys = endpointKeysOf(entry.base, operation).filter((key) => !entry.platform || key.endsWith(`.${entry.platform}`));
			if (keys.length === 0 && entry.base === 'customApiCall') return [CUSTOM_ROW];
			return keys.map((key) => row(entry.name, operation, key, !entry.platform));
		}),
	);
	return ['| Resource | Operation | Method | Path | Source | Retry |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function renderReadme(readme: string): string {
	const start = readme.indexOf(BEGIN);
	const end = readme.indexOf(END);
	if (start < 0 || end < 0) throw new Error('README.md lacks the operations-table markers');
	return `${readme.slice(0, start + BEGIN.length)}\n${operationsTable()}\n${readme.slice(end)}`;
}

if (process.argv.includes('--write')) {
	const path = join(__dirname, '..', 'README.md');
	writeFileSync(path, renderReadme(readFileSync(path, 'utf8')));
} else if (require.main === module) {
	console.log(operationsTable());
}
