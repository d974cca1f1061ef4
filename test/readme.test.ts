import { readFileSync } from 'fs';
import { join } from 'path';

import { renderReadme } from '../scripts/operations-table';

describe('README', () => {
	const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

	it('has an operation table that matches the endpoint catalogue (regenerate: npx tsx scripts/operations-table.ts --write)', () => {
		expect(readme).toBe(renderReadme(readme));
	});

	it('starts with the two commands', () => {
		const firstCommands = readme.slice(0, 1500);
		expect(firstCommands).toContain('npm start');
		expect(firstCommands).toContain('npm test');
	});
});
