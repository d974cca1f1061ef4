// The PandaPon node as a seller sees it: the real n8n editor (n8n start) in Debian's chromium (playwright-core).
// For every resource × operation of the node's description: the nodes panel lists its action, the node opens with
// no editor error and shows its required fields, and the canvas subtitle is readable. The same run takes the README's
// screenshots (into PANDAPON_SCREENSHOTS_DIR, e.g. docs/screenshots; otherwise into the temporary folder).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromiumAvailable, launchBrowser, signIn, watchEditorErrors } from '../../scripts/e2e/browser.mjs';
import { ACTION_NODE_TYPE, CREDENTIAL_REF, REPO_ROOT } from '../../scripts/e2e/constants.mjs';
import { TAOBAO_CART_EXAMPLE, TRIGGER_EXAMPLE } from '../../scripts/e2e/examples.mjs';
import { pandaPonCredentials } from '../../scripts/e2e/workflow-builder.mjs';
import { ctx, log, setUp, startServer, tearDown } from './harness.mjs';
import { defaultVersion, loadNodeDescription, operationsOf, requiredVisibleParameters } from './editor-description.mjs';
import { VERSION_ONE } from './fixtures.mjs';

const MINUTES = 60000;
const description = loadNodeDescription();
const version = defaultVersion(description);
const operations = operationsOf(description, version);
const nodeName = (operation) => `${operation.resourceName}: ${operation.operationName}`;

// Requests the editor makes that fail by design here (no license server, no templates, no telemetry; the community
// node details view fetches https content, which fails offline with a certificate error) and the 401 of the first
// page load before signing in. They are n8n's, not the node's.
const EXPECTED_NOISE = [/status of 401/, /status of 404/, /net::ERR_CERT_AUTHORITY_INVALID/];

const browser = { session: undefined, page: undefined, errors: undefined };
let workflowId;

before(
	async () => {
		assert.ok(chromiumAvailable(), 'chromium is missing: apt-get install chromium fonts-wqy-microhei (.ci/run does)');
		await setUp();
		await startServer();
		workflowId = await createAllOperationsWorkflow();
		browser.session = await launchBrowser();
		browser.page = browser.session.context.pages()[0] ?? (await browser.session.context.newPage());
		browser.errors = watchEditorErrors(browser.page, { ignore: EXPECTED_NOISE });
		await signIn(browser.page, ctx.n8n.baseUrl);
	},
	{ timeout: 15 * MINUTES },
);

after(
	async () => {
		await browser.session?.close();
		await tearDown();
	},
	{ timeout: 2 * MINUTES },
);

/** One workflow with a PandaPon node per resource × operation, laid out in a grid, made through the REST API. */
async function createAllOperationsWorkflow() {
	const columns = 8;
	const nodes = operations.map((operation, index) => ({
		id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
		name: nodeName(operation),
		type: ACTION_NODE_TYPE,
		typeVersion: version,
		position: [(index % columns) * 260, Math.floor(index / columns) * 220],
		parameters: { resource: operation.resource, operation: operation.operation, ...operation.extra },
		credentials: pandaPonCredentials,
	}));
	const created = await ctx.rest.request('POST', '/rest/workflows', {
		name: 'e2e: every PandaPon operation',
		nodes,
		connections: {},
		settings: {},
		active: false,
	});
	return created.id;
}

async function openWorkflow(id) {
	const { page } = browser;
	await page.goto(`${ctx.n8n.baseUrl}/workflow/${id}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60000 });
	await page.waitForTimeout(500);
}

async function openNode(name) {
	const { page } = browser;
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`).dblclick();
	await page.locator('[data-test-id="ndv"]').waitFor({ state: 'visible', timeout: 20000 });
	await page.locator('[data-test-id="ndv"] [data-test-id="parameter-input-resource"], [data-test-id="ndv"] [data-test-id="input-label"]').first().waitFor({ timeout: 20000 });
	await page.waitForTimeout(150);
}

async function closeNode() {
	const { page } = browser;
	await page.keyboard.press('Escape');
	await page.locator('[data-test-id="ndv"]').waitFor({ state: 'hidden', timeout: 10000 });
}

/** Parameter labels the open node shows, without the required marker. */
async function visibleLabels() {
	const texts = await browser.page.locator('[data-test-id="ndv"] [data-test-id="input-label"] label').allInnerTexts();
	// A label row also holds the Fixed / Expression switch.
	return texts.map((text) => text.replace(/\*/g, '').replace(/\s+/g, ' ').replace(/ Fixed Expression$/, '').trim());
}

const screenshotDir = () => {
	const dir = process.env.PANDAPON_SCREENSHOTS_DIR
		? join(REPO_ROOT, process.env.PANDAPON_SCREENSHOTS_DIR)
		: join(ctx.dir, 'screenshots');
	mkdirSync(dir, { recursive: true });
	return dir;
};

describe('nodes panel', () => {
	test('lists every action of the PandaPon node under its own name', { timeout: 3 * MINUTES }, async () => {
		const { page } = browser;
		await openWorkflow(workflowId);
		await page.locator('[data-test-id="node-creator-plus-button"], [data-test-id="canvas-plus-button"]').first().click();
		const search = page.locator('[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"]');
		await search.first().fill('PandaPon');
		await page.locator('[data-test-id="node-creator-item-name"]', { hasText: /^PandaPon$/ }).first().click();
		const creator = page.locator('[data-test-id="node-creator"]');
		// A community node opens on its details view, with Triggers and Actions as collapsed sections: open Actions.
		const actionsHeader = creator.getByText(/^Actions \(\d+\)$/).first();
		await actionsHeader.waitFor({ timeout: 30000 });
		await actionsHeader.click();
		await creator.getByText(operations[0].action, { exact: true }).first().waitFor({ timeout: 30000 }).catch(() => {});
		await page.waitForTimeout(800);
		await page.screenshot({ path: join(screenshotDir(), 'nodes-panel.png') });
		const panel = (await creator.innerText()).replace(/\s+/g, ' ');
		await page.keyboard.press('Escape');
		const missing = operations.filter((operation) => !panel.includes(operation.action)).map((operation) => operation.action);
		assert.deepEqual(missing, [], `actions missing from the nodes panel, which shows: ${panel.slice(0, 1500)}`);
		assert.match(panel, new RegExp(`Actions \\(${operations.length}\\)`));
		assert.deepEqual(await browser.errors.take(), []);
	});
});

describe('every resource and operation in the node panel', () => {
	before(async () => {
		await openWorkflow(workflowId);
		await browser.errors.take();
	});

	for (const operation of operations) {
		test(`${nodeName(operation)} (${operation.action})`, { timeout: MINUTES }, async () => {
			const name = nodeName(operation);
			const canvasNode = browser.page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`);
			const subtitle = (await canvasNode.innerText()).replace(/\s+/g, ' ');
			assert.ok(subtitle.includes(name), `canvas subtitle of "${name}" reads "${subtitle}"`);
			await openNode(name);
			let labels;
			try {
				labels = await visibleLabels();
			} finally {
				await closeNode();
			}
			const required = requiredVisibleParameters(description, {
				resource: operation.resource,
				operation: operation.operation,
				...operation.extra,
			}).map((property) => property.displayName);
			const hidden = required.filter((label) => !labels.includes(label));
			assert.deepEqual(hidden, [], `required fields not shown; the node shows: ${labels.join(', ')}`);
			assert.ok(!labels.includes('Platform') || version === 1, 'version 2 takes the platform from the resource');
			assert.deepEqual(await browser.errors.take(), []);
		});
	}
});

describe('version 1 workflows', () => {
	test('a version 1 node (Resource + Platform) still opens with its values', { timeout: 2 * MINUTES }, async () => {
		await openWorkflow(VERSION_ONE.workflowId);
		await browser.errors.take();
		await openNode(VERSION_ONE.nodeName);
		let labels;
		let resource;
		try {
			labels = await visibleLabels();
			resource = await browser.page.locator('[data-test-id="ndv"] [data-test-id="parameter-input-resource"] input').first().inputValue();
		} finally {
			await closeNode();
		}
		for (const label of ['Resource', 'Platform', 'Operation', 'Keyword']) assert.ok(labels.includes(label), labels.join(', '));
		assert.equal(resource, 'Product');
		assert.deepEqual(await browser.errors.take(), []);
	});
});

describe('README screenshots', () => {
	test('an order workflow, the credential form and the trigger setup', { timeout: 3 * MINUTES }, async () => {
		const { page } = browser;
		const dir = screenshotDir();
		await openWorkflow(TAOBAO_CART_EXAMPLE.workflowId);
		await page.screenshot({ path: join(dir, 'order-workflow.png') });
		await page.goto(`${ctx.n8n.baseUrl}/home/credentials/${CREDENTIAL_REF.id}`);
		await page.locator('[data-test-id="credential-edit-dialog"]').waitFor({ timeout: 30000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: join(dir, 'credential-form.png') });
		await openWorkflow(TRIGGER_EXAMPLE.workflowId);
		const trigger = page.locator('[data-test-id="canvas-node"][data-node-type$="pandaPonTrigger"]');
		await trigger.dblclick();
		await page.locator('[data-test-id="ndv"]').waitFor({ state: 'visible', timeout: 20000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: join(dir, 'trigger-setup.png') });
		await closeNode();
		log(`screenshots in ${dir}`);
		assert.deepEqual(await browser.errors.take(), []);
	});
});
