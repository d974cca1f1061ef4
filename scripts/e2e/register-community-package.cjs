// Runs on the n8n host's Node 24 (built-in node:sqlite), with NODE_PATH pointing at n8n's node_modules
// so the package's nodes can require n8n-workflow (and, for PostgreSQL, n8n's `pg`).
// Usage: node register-community-package.cjs <database.sqlite | postgresdb> <packageDir>
// Writes the same rows as n8n's InstalledPackagesRepository.persistPackageWithNodes and prints the node types.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const [dbPath, packageDir] = process.argv.slice(2);
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

function describeNode(relativePath) {
	const exported = require(join(packageDir, relativePath));
	const NodeClass = Object.values(exported).find((value) => typeof value === 'function');
	const node = new NodeClass();
	const { description } = node;
	// Same version rule as n8n's DirectoryLoader: versioned nodes report currentVersion, others their highest version.
	const version =
		node.currentVersion ?? (Array.isArray(description.version) ? Math.max(...description.version) : description.version);
	return {
		name: description.displayName,
		type: `${packageJson.name}.${description.name}`,
		latestVersion: version,
	};
}

function writeSqlite(dbPath, nodes) {
	const { DatabaseSync } = require('node:sqlite');
	const db = new DatabaseSync(dbPath);
	db.exec('PRAGMA busy_timeout = 10000');
	db.exec('BEGIN');
	try {
		db.prepare('DELETE FROM installed_packages WHERE packageName = ?').run(packageJson.name);
		db.prepare('DELETE FROM installed_nodes WHERE package = ?').run(packageJson.name);
		db.prepare(
			'INSERT INTO installed_packages (packageName, installedVersion, authorName, authorEmail, createdAt, updatedAt) ' +
				"VALUES (?, ?, ?, ?, STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW'), STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW'))",
		).run(packageJson.name, packageJson.version, packageJson.author?.name ?? null, packageJson.author?.email ?? null);
		const insertNode = db.prepare(
			'INSERT INTO installed_nodes (name, type, latestVersion, package) VALUES (?, ?, ?, ?)',
		);
		for (const node of nodes) insertNode.run(node.name, node.type, node.latestVersion, packageJson.name);
		db.exec('COMMIT');
	} catch (error) {
		db.exec('ROLLBACK');
		throw error;
	} finally {
		db.close();
	}
}

/** Queue mode: the same rows in PostgreSQL (DB_POSTGRESDB_* from the environment), with n8n's own `pg` client. */
async function writePostgres(nodes) {
	const { Client } = require('pg');
	const env = process.env;
	const client = new Client({
		host: env.DB_POSTGRESDB_HOST,
		port: Number(env.DB_POSTGRESDB_PORT),
		database: env.DB_POSTGRESDB_DATABASE,
		user: env.DB_POSTGRESDB_USER,
		password: env.DB_POSTGRESDB_PASSWORD,
	});
	await client.connect();
	try {
		await client.query('BEGIN');
		await client.query('DELETE FROM installed_packages WHERE "packageName" = $1', [packageJson.name]);
		await client.query('DELETE FROM installed_nodes WHERE package = $1', [packageJson.name]);
		await client.query(
			'INSERT INTO installed_packages ("packageName", "installedVersion", "authorName", "authorEmail", "createdAt", "updatedAt") ' +
				'VALUES ($1, $2, $3, $4, NOW(), NOW())',
			[packageJson.name, packageJson.version, packageJson.author?.name ?? null, packageJson.author?.email ?? null],
		);
		for (const node of nodes) {
			await client.query('INSERT INTO installed_nodes (name, type, "latestVersion", package) VALUES ($1, $2, $3, $4)', [
				node.name,
				node.type,
				node.latestVersion,
				packageJson.name,
			]);
		}
		await client.query('COMMIT');
	} catch (error) {
		await client.query('ROLLBACK');
		throw error;
	} finally {
		await client.end();
	}
}

async function main() {
	const nodes = (packageJson.n8n?.nodes ?? []).map(describeNode);
	if (dbPath === 'postgresdb') await writePostgres(nodes);
	else writeSqlite(dbPath, nodes);
	process.stdout.write(JSON.stringify(nodes.map((node) => node.type)));
}

main().catch((error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exit(1);
});
