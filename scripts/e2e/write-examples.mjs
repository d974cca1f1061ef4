#!/usr/bin/env node
// Regenerates examples/*.json from scripts/e2e/examples.mjs. `--check` only reports files that differ.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './constants.mjs';
import { exampleWorkflows } from './examples.mjs';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

export function renderExample(workflow) {
	return `${JSON.stringify(workflow, null, '\t')}\n`;
}

/** Example files whose content is not what the generator produces now. */
export function outdatedExamples() {
	return exampleWorkflows()
		.filter(({ file, workflow }) => {
			const path = join(EXAMPLES_DIR, file);
			return !existsSync(path) || readFileSync(path, 'utf8') !== renderExample(workflow);
		})
		.map(({ file }) => file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	if (process.argv.includes('--check')) {
		const outdated = outdatedExamples();
		if (outdated.length > 0) {
			console.error(`Outdated examples (run node scripts/e2e/write-examples.mjs): ${outdated.join(', ')}`);
			process.exit(1);
		}
		console.log('examples/ is up to date');
	} else {
		mkdirSync(EXAMPLES_DIR, { recursive: true });
		for (const { file, workflow } of exampleWorkflows()) {
			writeFileSync(join(EXAMPLES_DIR, file), renderExample(workflow));
			console.log(`wrote examples/${file}`);
		}
	}
}
