// End-to-end: the PandaPon API credential used by n8n's own HTTP Request node (v4.2, Predefined Credential Type →
// PandaPon API) inside the real, pinned n8n, against the local sandbox, which verifies every signature.
// Issue 14, item 1: the HTTP Request node hands `authenticate` legacy request options (`uri`, not `url`).
// Run with `node scripts/e2e/run.mjs` (all e2e files), or build and run this file alone:
//   npm run build && node --test test/e2e/http-request-node.e2e.test.mjs
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureN8nHost } from '../../scripts/n8n-host.mjs';
import { CREDENTIAL_TYPE, SANDBOX_ACCOUNT } from '../../scripts/e2e/constants.mjs';
import { prepareInstance } from '../../scripts/e2e/instance.mjs';
import { executeWorkflow, nodeOutput } from '../../scripts/e2e/n8n.mjs';
import { findFreePort } from '../../scripts/e2e/processes.mjs';
import { startSandbox } from '../../scripts/e2e/sandbox.mjs';
import { linearWorkflow, manualTrigger, pandaPonCredentials } from '../../scripts/e2e/workflow-builder.mjs';

const MINUTES = 60000;
const WORKFLOW_ID = 'PpE2eHttpRequest1';
const log = (line) => console.log(`[e2e http-request] ${line}`);

/** An HTTP Request node v4.2 signed by the PandaPon credential; every node runs even if one fails. */
function httpRequest(name, parameters) {
	return {
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		onError: 'continueRegularOutput',
		parameters: { authentication: 'predefinedCredentialType', nodeCredentialType: CREDENTIAL_TYPE, options: {}, ...parameters },
		credentials: pandaPonCredentials,
	};
}

const NODES = {
	getWithQuery: 'GET product, query parameters',
	getWithUrlQuery: 'GET product, query in the URL',
	postJson: 'POST cart preview, JSON body',
	postLogistics: 'POST logistics freight preview (query-signed)',
	relative: 'GET with a relative URL',
};

const RECEIVER = { country: 'US', state: 'California', city: 'VALLEY VLG', zip: '91607', address: '5818 WHITSETT AVE 401', name: 'Ofir Birinbaum', phone: '5083326888' };

function workflow(sandboxUrl) {
	return linearWorkflow({
		id: WORKFLOW_ID,
		name: 'e2e: HTTP Request node with the PandaPon API credential',
		nodes: [
			manualTrigger(),
			httpRequest(NODES.getWithQuery, {
				method: 'GET',
				url: `${sandboxUrl}/open/product/get`,
				sendQuery: true,
				queryParameters: { parameters: [{ name: 'itemId', value: '672991141190' }] },
			}),
			httpRequest(NODES.getWithUrlQuery, { method: 'GET', url: `${sandboxUrl}/open/product/get?itemId=672991141190` }),
			httpRequest(NODES.postJson, {
				method: 'POST',
				url: `${sandboxUrl}/v2/taobao/cart/confirm/order`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: '{"ids":[382]}',
			}),
			httpRequest(NODES.postLogistics, {
				method: 'POST',
				url: `${sandboxUrl}/open/pp/logistics/orderRenderFreight`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: JSON.stringify({
					receiverAddress: RECEIVER,
					renderItems: [{ itemId: '2048020617114736', skuId: '413185732720', quantity: 1, freightInfo: { serviceId: '1', companyName: '', serviceCategory: '' } }],
				}),
			}),
			httpRequest(NODES.relative, { method: 'GET', url: '/open/product/get?itemId=672991141190' }),
		],
	});
}

const ctx = { dir: '', sandbox: undefined, result: undefined, requests: [] };

before(
	async () => {
		const host = await ensureN8nHost({ log });
		ctx.dir = mkdtempSync(join(tmpdir(), 'pandapon-e2e-http-'));
		mkdirSync(join(ctx.dir, 'logs'));
		const ports = { n8n: await findFreePort(), broker: await findFreePort(), sandbox: await findFreePort() };
		ctx.sandbox = await startSandbox({ port: ports.sandbox, logFile: join(ctx.dir, 'logs', 'sandbox.log') });
		const instance = await prepareInstance({
			host,
			userFolder: join(ctx.dir, 'n8n'),
			ports,
			sandboxUrl: ctx.sandbox.url,
			workflows: [workflow(ctx.sandbox.url)],
			log,
		});
		ctx.result = await executeWorkflow(host, instance.env, WORKFLOW_ID);
		ctx.requests = await ctx.sandbox.admin.requests();
	},
	{ timeout: 15 * MINUTES },
);

after(
	async () => {
		await ctx.sandbox?.stop();
		if (process.env.PANDAPON_E2E_KEEP) log(`kept ${ctx.dir}`);
		else if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
	},
	{ timeout: 2 * MINUTES },
);

/** The one output item of a node, which must be PandaPon's envelope with code 200 (no error item). */
function envelopeOf(nodeName) {
	const output = nodeOutput(ctx.result.run, nodeName);
	assert.ok(output, `${nodeName} did not run:\n${ctx.result.stdout.slice(-3000)}`);
	assert.equal(output.length, 1, JSON.stringify(output));
	assert.equal(output[0].error, undefined, `${nodeName} failed: ${JSON.stringify(output[0])}`);
	return output[0];
}

/** The sandbox's record of the request on `path` (its signature check included). */
function received(path, method) {
	const matching = ctx.requests.filter((entry) => entry.path === path && entry.method === method);
	assert.equal(matching.length, 1, `expected one ${method} ${path}, got ${JSON.stringify(ctx.requests.map((e) => `${e.method} ${e.path}`))}`);
	const [entry] = matching;
	assert.equal(entry.auth?.ok, true, `the sandbox refused the signature: ${JSON.stringify(entry.auth)}`);
	assert.equal(entry.userId, SANDBOX_ACCOUNT.userId);
	assert.equal(entry.secretExposed, false);
	return entry;
}

describe('HTTP Request node v4.2 with Predefined Credential Type → PandaPon API', () => {
	test('a GET to a full sandbox URL with query parameters is signed and answered', () => {
		assert.equal(envelopeOf(NODES.getWithQuery).code, 200);
		const requests = ctx.requests.filter((entry) => entry.path === '/open/product/get');
		assert.equal(requests.length, 2, 'both GET nodes reach the sandbox');
		for (const entry of requests) {
			assert.equal(entry.auth?.ok, true, JSON.stringify(entry.auth));
			assert.equal(entry.query.itemId, '672991141190');
		}
	});

	test('a GET whose query is part of the URL is signed and answered', () => {
		assert.equal(envelopeOf(NODES.getWithUrlQuery).code, 200);
	});

	test('a POST with a JSON body is signed and answered, and the body arrives as sent', () => {
		assert.equal(envelopeOf(NODES.postJson).code, 200);
		assert.deepEqual(received('/v2/taobao/cart/confirm/order', 'POST').body, { ids: [382] });
	});

	test('a POST to a warehouse-logistics path carries the query timestamp and sign the sandbox checks', () => {
		assert.equal(envelopeOf(NODES.postLogistics).code, 200);
		const entry = received('/open/pp/logistics/orderRenderFreight', 'POST');
		assert.match(entry.query.sign ?? '', /^[0-9A-F]{32}$/);
		assert.match(entry.query.timestamp ?? '', /^\d{13}$/);
	});

	test('a relative URL is refused by the HTTP Request node itself (n8n 2.40.7 wants http:// or https://), and nothing is sent', () => {
		const [item] = nodeOutput(ctx.result.run, NODES.relative) ?? [];
		assert.match(String(item?.error), /URL must start with "http" or "https"/);
		const relativeRequests = ctx.requests.filter((entry) => entry.path === '/open/product/get');
		assert.equal(relativeRequests.length, 2, 'only the two full-URL GETs reached the sandbox');
	});

	test('no signed request left the credential without a valid signature, and no error mentions startsWith', () => {
		assert.ok(ctx.requests.length >= 4);
		assert.doesNotMatch(ctx.result.stdout, /startsWith/);
		for (const entry of ctx.requests) assert.equal(entry.auth?.ok, true, `${entry.method} ${entry.path}: ${JSON.stringify(entry.auth)}`);
	});
});
