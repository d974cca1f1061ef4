// A read-only npm registry on loopback that serves exactly one tarball.
// n8n's community-package installer only talks to a registry (`npm pack name@version`),
// so this lets n8n install our packed package the same way it installs one from npmjs.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename } from 'node:path';
import { execFileSync } from 'node:child_process';

/** Reads package.json out of a tarball without unpacking it to disk. */
function readPackageJsonFromTarball(tarballPath) {
	const text = execFileSync('tar', ['-xzOf', tarballPath, 'package/package.json'], {
		encoding: 'utf8',
	});
	return JSON.parse(text);
}

/**
 * Starts the registry and resolves once it listens.
 * @returns {Promise<{ url: string, packageName: string, version: string, close: () => Promise<void> }>}
 */
export async function startLocalRegistry(tarballPath) {
	const tarball = await readFile(tarballPath);
	const manifest = readPackageJsonFromTarball(tarballPath);
	const fileName = basename(tarballPath);
	const shasum = createHash('sha1').update(tarball).digest('hex');
	const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;

	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://registry').pathname);
		const origin = `http://${req.headers.host}`;
		const versionEntry = {
			...manifest,
			_id: `${manifest.name}@${manifest.version}`,
			dist: { tarball: `${origin}/-/${fileName}`, shasum, integrity },
		};
		const sendJson = (body) => {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (path === `/-/${fileName}`) {
			res.writeHead(200, { 'content-type': 'application/octet-stream' });
			res.end(tarball);
		} else if (path === `/${manifest.name}`) {
			sendJson({
				name: manifest.name,
				'dist-tags': { latest: manifest.version },
				versions: { [manifest.version]: versionEntry },
			});
		} else if (path === `/${manifest.name}/${manifest.version}` || path === `/${manifest.name}/latest`) {
			sendJson(versionEntry);
		} else {
			res.writeHead(404, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ error: 'Not found' }));
		}
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${port}`,
		packageName: manifest.name,
		version: manifest.version,
		integrity,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
