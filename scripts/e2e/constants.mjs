// Fixed names and ids shared by `npm start`, the example workflows and the end-to-end tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PACKAGE_JSON = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
export const PACKAGE_NAME = PACKAGE_JSON.name;

// n8n names a community package's node types `<package name>.<node name>`.
// (A package loaded through N8N_CUSTOM_EXTENSIONS would be `CUSTOM.<node name>` instead.)
export const NODE_TYPE_PREFIX = PACKAGE_NAME;
export const ACTION_NODE_TYPE = `${NODE_TYPE_PREFIX}.pandaPon`;
export const TRIGGER_NODE_TYPE = `${NODE_TYPE_PREFIX}.pandaPonTrigger`;
export const WATCH_NODE_TYPE = `${NODE_TYPE_PREFIX}.pandaPonOrderWatchTrigger`;
export const CREDENTIAL_TYPE = 'pandaPonApi';

// The local sandbox's built-in account (sandbox/README, `startSandbox` defaults).
export const SANDBOX_ACCOUNT = {
	accessKey: 'sandbox-access-key',
	accessSecret: 'sandbox-access-secret',
	userId: '2100007340000',
};

export const CREDENTIAL_REF = { id: 'PandaPonSandbox1', name: 'PandaPon sandbox' };

/** The credential `n8n import:credentials` creates; plain data is encrypted on import. */
export function sandboxCredential(sandboxUrl) {
	return {
		id: CREDENTIAL_REF.id,
		name: CREDENTIAL_REF.name,
		type: CREDENTIAL_TYPE,
		data: {
			accessKey: SANDBOX_ACCOUNT.accessKey,
			accessSecret: SANDBOX_ACCOUNT.accessSecret,
			userId: SANDBOX_ACCOUNT.userId,
			baseUrl: sandboxUrl,
			timestampUnit: 'milliseconds',
		},
	};
}

// Local only: both protect nothing but a throwaway SQLite file on loopback.
export const ENCRYPTION_KEY = 'pandapon-local-dev-encryption-key-0001';
export const OWNER = {
	email: 'owner@pandapon.local',
	password: 'PandaPon-local-1',
	firstName: 'Local',
	lastName: 'Owner',
};

export const DEFAULT_PORTS = { n8n: 5678, sandbox: 8787, broker: 5679 };
