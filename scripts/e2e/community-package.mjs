// Installs our packed tarball into an n8n user folder exactly the way n8n's own installer
// (CommunityPackagesService.downloadPackage + persistInstalledPackage in n8n 2.40.7) does it:
//   <userFolder>/.n8n/nodes/node_modules/<name>  <- tarball contents, dev/peer/optional deps stripped,
//                                                   then `npm install` there with n8n's flags
//   <userFolder>/.n8n/nodes/package.json         <- dependencies[name] = version
//   installed_packages / installed_nodes rows    <- so Settings > Community nodes lists it
// n8n then loads it like any community package: node types are `<name>.<node>`.
// Why not let n8n install it: n8n installs only from a registry, and a registry other than
// npmjs needs an enterprise license feature (feat:communityNodes:customRegistry) in 2.40.7.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostEnv } from '../n8n-host.mjs';
import { PACKAGE_NAME, REPO_ROOT } from './constants.mjs';
import { runCommand } from './processes.mjs';

const REGISTER_SCRIPT = fileURLToPath(new URL('./register-community-package.cjs', import.meta.url));

async function runOk(command, args, options) {
	const result = await runCommand(command, args, options);
	if (result.code !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
	}
	return result;
}

/** `npm pack` of the repo (expects `npm run build` to have produced dist/). Returns the tarball path. */
export async function packPackage(outDir) {
	if (!existsSync(join(REPO_ROOT, 'dist'))) {
		throw new Error('dist/ is missing: run `npm run build` before packing.');
	}
	mkdirSync(outDir, { recursive: true });
	const { stdout } = await runOk('npm', ['pack', '--json', '--pack-destination', outDir], {
		cwd: REPO_ROOT,
		env: { ...process.env, npm_config_update_notifier: 'false' },
	});
	const [info] = JSON.parse(stdout);
	return { tarball: join(outDir, info.filename), files: info.files.map((file) => file.path) };
}

export function communityPackageDir(userFolder, name = PACKAGE_NAME) {
	return join(userFolder, '.n8n', 'nodes', 'node_modules', name);
}

/** Unpacks the tarball into the user folder's community-package folder (replacing an older copy). */
export async function installTarball({ host, userFolder, tarball }) {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const packageDir = communityPackageDir(userFolder);
	rmSync(packageDir, { recursive: true, force: true });
	mkdirSync(packageDir, { recursive: true });
	await runOk('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);

	const packageJsonPath = join(packageDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...packageJson } = JSON.parse(
		readFileSync(packageJsonPath, 'utf8'),
	);
	writeFileSync(packageJsonPath, JSON.stringify(packageJson, null, 2));
	await runOk(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{ cwd: packageDir, env: { ...hostEnv(host), npm_config_update_notifier: 'false' } },
	);

	const manifestPath = join(nodesDir, 'package.json');
	const manifest = existsSync(manifestPath)
		? JSON.parse(readFileSync(manifestPath, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	manifest.dependencies = { ...manifest.dependencies, [packageJson.name]: packageJson.version };
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	return { packageDir, name: packageJson.name, version: packageJson.version };
}

/**
 * Writes the installed_packages/installed_nodes rows (the DB must exist: run any import first).
 * Runs on Node 24, whose built-in node:sqlite reads n8n's SQLite database; with `env.DB_TYPE` = postgresdb it writes
 * to PostgreSQL (DB_POSTGRESDB_* from `env`) instead. Returns the registered node types.
 */
export async function registerInstalledPackage({ host, userFolder, env = {} }) {
	const target = env.DB_TYPE === 'postgresdb' ? 'postgresdb' : join(userFolder, '.n8n', 'database.sqlite');
	const { stdout } = await runOk(host.nodeBin, [REGISTER_SCRIPT, target, communityPackageDir(userFolder)], {
		env: { ...hostEnv(host), ...env, NODE_PATH: host.nodeModules, NODE_NO_WARNINGS: '1' },
	});
	return JSON.parse(stdout);
}
