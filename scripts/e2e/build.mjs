// `npm run build` only when dist/ is older than the sources it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './constants.mjs';
import { runCommand } from './processes.mjs';

const SOURCES = ['nodes', 'credentials', 'package.json', 'tsconfig.build.json', 'gulpfile.js'];

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

export function distIsStale() {
	const built = newestMtime(join(REPO_ROOT, 'dist'));
	if (built === 0) return true;
	return Math.max(...SOURCES.map((source) => newestMtime(join(REPO_ROOT, source)))) > built;
}

export async function buildPackage() {
	const result = await runCommand('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, timeoutMs: 600000 });
	if (result.code !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}
