/**
 * Prints the README's operation table from the endpoint catalogue (the single source of truth).
 * `npx tsx scripts/operations-table.ts --write` rewrites the block between the markers in README.md;
 * test/readme.test.ts fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { endpoints, type Endpoint } from '../nodes/PandaPon/transport/endpoints';

export const BEGIN = '<!-- operations-table:begin -->';
export const END = '<!-- operations-table:end -->';

const RESOURCE_NAMES: Record<string, string> = {
	cart: 'Cart',
	taobaoOrder: 'Taobao Order',
	alibabaOrder: '1688 Order',
	logistics: 'Logistics',
	product: 'Product',
	afterSales: 'After-Sales',
	address: 'Address',
};

const PER_PLATFORM = ['product', 'cart', 'afterSales'];

export function operationsTable(): string {
	const rows = Object.entries(endpoints as Record<string, Endpoint>).map(([key, endpoint]) => {
		const [resource, operation, platform] = key.split('.');
		const documented = endpoint.source === 'inferred' ? '**inferred**' : endpoint.source === 'third-party' ? 'third-party client' : 'documented';
		const flags = [endpoint.retry === 'read' ? 'read, retried' : 'write, never retried'];
		if (endpoint.envelope === 'thin') flags.push('thin envelope');
		if (endpoint.multipart) flags.push('multipart');
		// Node version 2 names Product, Cart and After-Sales per platform ("1688 Product"), as the nodes panel does.
		const platformName = platform === 'alibaba' ? '1688' : 'Taobao';
		const resourceName = platform && PER_PLATFORM.includes(resource) ? `${platformName} ${RESOURCE_NAMES[resource]}` : RESOURCE_NAMES[resource];
		return `| ${resourceName} | ${operation}${platform && !PER_PLATFORM.includes(resource) ? ` (${platformName})` : ''} | ${endpoint.method} | \`${endpoint.path}\` | ${documented} (${endpoint.source}) | ${flags.join(', ')} |`;
	});
	return [
		'| Resource | Operation | Method | Path | Source | Retry |',
		'|---|---|---|---|---|---|',
		...rows,
		'| Custom API Call | request | GET/POST | any path you give | — | retried only when marked read-only |',
	].join('\n');
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
