import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { renderReadme } from '../scripts/operations-table';

describe('README', () => {
	const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

	it('has an operation table that matches the resource map and the endpoint catalogue (regenerate: npx tsx scripts/operations-table.ts --write)', () => {
		expect(readme).toBe(renderReadme(readme));
	});

	it('starts with the two commands', () => {
		const firstCommands = readme.slice(0, 1500);
		expect(firstCommands).toContain('npm start');
		expect(firstCommands).toContain('npm test');
	});

	it('describes each example as its canvas sticky note does', () => {
		const dir = join(__dirname, '..', 'examples');
		const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const workflow = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: Array<{ type: string; parameters: { content?: string } }> };
			const note = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.stickyNote');
			expect([file, Boolean(note?.parameters.content)]).toEqual([file, true]);
			const title = note!.parameters.content!.split('\n')[0].replace(/^#+\s*/, '');
			expect([file, readme.includes(`**${title}**`)]).toEqual([file, true]);
		}
	});
});
