// The benchmark workflows: our node next to what a user builds today with n8n's own nodes.
// Every workflow starts from a Manual Trigger so `n8n execute --id` can run it.
import { ACTION_NODE_TYPE, TRIGGER_NODE_TYPE } from '../../scripts/e2e/constants.mjs';
import { linearWorkflow, manualTrigger, pandaPonCredentials } from '../../scripts/e2e/workflow-builder.mjs';
import { codeNodeSigner } from './signing.mjs';

export const IDS = {
	getOurs: 'BenchGetOurs0001',
	getHttp: 'BenchGetHttp0001',
	batchOurs: 'BenchBatchOurs01',
	pageOurs: 'BenchPageOurs001',
	pageOursSimple: 'BenchPageOurs002',
	triggerOurs: 'BenchHookOurs001',
	triggerPlain: 'BenchHookPlain01',
};

// Names of the nodes whose execution time is "the work" of each workflow.
export const NODES = {
	itemIds: 'Item ids',
	ours: 'PandaPon',
	sign: 'Sign requests (Code)',
	http: 'HTTP Request',
	splitOut: 'Split Out orders',
	warmUp: 'Start (Code)',
};

export const WEBHOOK_IDS = {
	ours: 'a6f0c7d2-3b1e-4c58-9f7a-5d2e8b4c1a90',
	plain: 'b7e1d8c3-4c2f-4d69-8a8b-6e3f9c5d2b01',
};
export const PLAIN_WEBHOOK_PATH = 'bench-plain-webhook';

/** A Code node that emits one item per id (the ids are inlined, like a sheet would provide them). */
function itemIdsNode(itemIds) {
	return {
		name: NODES.itemIds,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: { jsCode: `const ids = ${JSON.stringify(itemIds)};\nreturn ids.map((itemId) => ({ json: { itemId } }));` },
	};
}

/**
 * A Code node that passes one item on. `n8n execute` starts the Code node's task runner on first use (0.5-1 s); a
 * long-running n8n has it up already. Putting this first keeps that start-up out of every measured node.
 */
function warmUpNode() {
	return { name: NODES.warmUp, type: 'n8n-nodes-base.code', typeVersion: 2, parameters: { jsCode: 'return [{ json: {} }];' } };
}

function ours(parameters) {
	return { name: NODES.ours, type: ACTION_NODE_TYPE, typeVersion: 1, parameters, credentials: pandaPonCredentials };
}

function signNode(account) {
	return { name: NODES.sign, type: 'n8n-nodes-base.code', typeVersion: 2, parameters: { jsCode: codeNodeSigner(account) } };
}

const signedHeaderParameters = () => ({
	parameters: [
		{ name: 'access-key', value: '={{ $json.accessKey }}' },
		{ name: 'timestamp', value: '={{ $json.timestamp }}' },
		{ name: 'nonce-str', value: '={{ $json.nonce }}' },
		{ name: 'signature', value: '={{ $json.signature }}' },
		{ name: 'user-id', value: '={{ $json.userId }}' },
	],
});

/** Bench 1 (ours): Product → Get, one request per input item. */
export function getProductOurs(itemIds) {
	return linearWorkflow({
		id: IDS.getOurs,
		name: 'bench: get product (PandaPon node)',
		nodes: [
			manualTrigger(),
			itemIdsNode(itemIds),
			ours({ resource: 'product', platform: 'taobao', operation: 'get', itemId: '={{ $json.itemId }}', simplify: false }),
		],
	});
}

/** Bench 1 (baseline): a Code node signs each item by hand, then n8n's HTTP Request node calls PandaPon. */
export function getProductHttp(itemIds, { sandboxUrl, account }) {
	return linearWorkflow({
		id: IDS.getHttp,
		name: 'bench: get product (Code signer + HTTP Request)',
		nodes: [
			manualTrigger(),
			itemIdsNode(itemIds),
			signNode(account),
			{
				name: NODES.http,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'GET',
					url: `${sandboxUrl}/open/product/get`,
					sendQuery: true,
					queryParameters: { parameters: [{ name: 'itemId', value: '={{ $json.itemId }}' }] },
					sendHeaders: true,
					headerParameters: signedHeaderParameters(),
					options: {},
				},
			},
		],
	});
}

/** Bench 2 (ours): Product → Get Many, batches of up to 50 ids per call. */
export function getManyOurs(itemIds) {
	return linearWorkflow({
		id: IDS.batchOurs,
		name: 'bench: batch product check (PandaPon node)',
		nodes: [
			manualTrigger(),
			itemIdsNode(itemIds),
			ours({ resource: 'product', platform: 'taobao', operation: 'getMany', itemId: '={{ $json.itemId }}' }),
		],
	});
}

/** Bench 3 (ours): Taobao Order → Get Many with Return All (Simplify off: full records, like the baseline's). */
export function returnAllOurs({ id = IDS.pageOurs, simplify = false } = {}) {
	return linearWorkflow({
		id,
		name: `bench: all Taobao orders (PandaPon node, Return All, Simplify ${simplify ? 'on' : 'off'})`,
		nodes: [manualTrigger(), warmUpNode(), ours({ resource: 'taobaoOrder', operation: 'getAll', returnAll: true, simplify })],
	});
}

export const pageHttpId = (pageSize) => `BenchPageHttp${String(pageSize).padStart(3, '0')}`;

/**
 * Bench 3 (baseline): HTTP Request pagination over GET /open/order/page (pageNum/pageSize, 100 per page, the
 * sandbox's maximum), re-signing every page with expressions, then Split Out to get one item per order.
 */
export function returnAllHttp({ sandboxUrl, account, pageSize }) {
	const { accessKey, accessSecret } = account;
	// Each page needs its own nonce (and so its own signature): the nonce ends with the page counter.
	const nonce = "$json.nonce.slice(0, 26) + String($pageCount).padStart(6, '0')";
	const pageSignature = `={{ (${JSON.stringify(accessKey)} + $json.timestamp + ${nonce} + ${JSON.stringify(accessSecret)}).hash('md5').toUpperCase() }}`;
	return linearWorkflow({
		id: pageHttpId(pageSize),
		name: `bench: all Taobao orders (HTTP Request pagination, ${pageSize} per page)`,
		nodes: [
			manualTrigger(),
			warmUpNode(),
			signNode(account),
			{
				name: NODES.http,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'GET',
					url: `${sandboxUrl}/open/order/page`,
					sendQuery: true,
					queryParameters: {
						parameters: [
							{ name: 'pageNum', value: '1' },
							{ name: 'pageSize', value: String(pageSize) },
						],
					},
					sendHeaders: true,
					headerParameters: signedHeaderParameters(),
					options: {
						pagination: {
							pagination: {
								paginationMode: 'updateAParameterInEachRequest',
								parameters: {
									parameters: [
										{ type: 'qs', name: 'pageNum', value: '={{ $pageCount + 1 }}' },
										{ type: 'headers', name: 'nonce-str', value: `={{ ${nonce} }}` },
										{ type: 'headers', name: 'signature', value: pageSignature },
									],
								},
								paginationCompleteWhen: 'other',
								completeExpression: `={{ $response.body.data.data.length < ${pageSize} }}`,
								limitPagesFetched: true,
								maxRequests: 1000,
							},
						},
					},
				},
			},
			{
				name: NODES.splitOut,
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				parameters: { fieldToSplitOut: 'data.data', include: 'noOtherFields', options: {} },
			},
		],
	});
}

/**
 * Bench 4 (ours): PandaPon Trigger, nothing after it. Defaults: signature verified, redeliveries dropped. The
 * variants switch those off one by one, to see what each costs per callback.
 */
export function triggerOurs({ id = IDS.triggerOurs, webhookId = WEBHOOK_IDS.ours, dropRedeliveries = true, verifySignature = true } = {}) {
	return linearWorkflow({
		id,
		name: `bench: PandaPon Trigger (${verifySignature ? 'verifying' : 'not verifying'}, ${dropRedeliveries ? 'dropping' : 'keeping'} redeliveries)`,
		nodes: [
			{
				name: 'PandaPon Trigger',
				type: TRIGGER_NODE_TYPE,
				// 1.1: n8n evaluates no expression per request for it (version 1 costs an isolate per push).
				typeVersion: 1.1,
				webhookId,
				parameters: { events: ['*'], platforms: [], dropRedeliveries, options: verifySignature ? {} : { verifySignature: false } },
				credentials: pandaPonCredentials,
			},
		],
	});
}

export const TRIGGER_VARIANTS = {
	keepRedeliveries: { id: 'BenchHookOurs002', webhookId: 'a6f0c7d2-3b1e-4c58-9f7a-5d2e8b4c1a91', dropRedeliveries: false, verifySignature: true },
	noChecks: { id: 'BenchHookOurs003', webhookId: 'a6f0c7d2-3b1e-4c58-9f7a-5d2e8b4c1a92', dropRedeliveries: false, verifySignature: false },
};

/** Bench 4 (baseline): n8n's plain Webhook node (no verification), answering immediately. */
export function triggerPlain() {
	return linearWorkflow({
		id: IDS.triggerPlain,
		name: 'bench: plain Webhook',
		nodes: [
			{
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				webhookId: WEBHOOK_IDS.plain,
				parameters: { httpMethod: 'POST', path: PLAIN_WEBHOOK_PATH, responseMode: 'onReceived', options: {} },
			},
		],
	});
}

/** For the cold-load bench: a workflow that uses no PandaPon node (so both instances hold the same data). */
export function neutralWorkflow() {
	return linearWorkflow({ id: 'BenchNeutral0001', name: 'bench: neutral', nodes: [manualTrigger()] });
}
