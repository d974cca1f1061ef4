// What n8n 3.0 removes for community nodes, checked on every node and credential package.json declares
// (README → n8n 3 readiness). n8n 3 itself is not run here: it ships as a Docker image only.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `dist/nodes/X/X.node.js` → the class exported by the source `nodes/X/X.node.ts`. */
function loadDeclared(distPath: string): Array<{ description: Record<string, unknown> }> {
	const source = join(root, distPath.replace(/^dist\//, '').replace(/\.js$/, ''));
	const exported = require(source) as Record<string, new () => { description: Record<string, unknown> }>;
	return Object.values(exported).map((Type) => new Type());
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.ts$/.test(entry) ? [path] : [];
	});
}

describe('n8n 3 readiness', () => {
	const nodes = (packageJson.n8n.nodes as string[]).map((file) => [file, loadDeclared(file)] as const);

	it.each(nodes)('%s sets no defaults.color (removed in n8n 3)', (_file, types) => {
		expect(types.length).toBeGreaterThan(0);
		for (const type of types) {
			const defaults = (type.description.defaults ?? {}) as Record<string, unknown>;
			expect(Object.keys(defaults)).not.toContain('color');
		}
	});

	it('no node or credential uses $getPairedItem (removed in n8n 3; item linking is pairedItem)', () => {
		const users = [...sourceFiles(join(root, 'nodes')), ...sourceFiles(join(root, 'credentials'))].filter((file) =>
			readFileSync(file, 'utf8').includes('$getPairedItem'),
		);
		expect(users).toEqual([]);
	});
});
