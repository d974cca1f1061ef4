// The example workflows in examples/*.json are generated from here (`node scripts/e2e/write-examples.mjs`),
// so node types always carry the right prefix and credentials point at the sandbox credential.
// `npm start` imports them; the end-to-end tests execute each one against the sandbox.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_NODE_TYPE, REPO_ROOT, TRIGGER_NODE_TYPE, WATCH_NODE_TYPE } from './constants.mjs';
import { linearWorkflow, manualTrigger, pandaPonCredentials, rowsNode, setFieldsNode, stableUuid } from './workflow-builder.mjs';

// The trigger's newest version (1.1): n8n builds no expression isolate per push for it, as it does for version 1.
const TRIGGER_VERSION = 1.1;

// Version 2 names the platform in the resource (node versions: nodes/PandaPon/actions/versions.ts).
const PER_PLATFORM = { product: 'Product', cart: 'Cart', afterSales: 'AfterSales' };

/** A PandaPon action node (version 2) with the sandbox credential; `resource` + `platform` become "1688 Cart" etc. */
function pandaPon(name, { platform, ...parameters }) {
	const resource = PER_PLATFORM[parameters.resource] ? `${platform}${PER_PLATFORM[parameters.resource]}` : parameters.resource;
	return { name, type: ACTION_NODE_TYPE, typeVersion: 2, parameters: { ...parameters, resource }, credentials: pandaPonCredentials };
}

/**
 * What each example does, on its canvas (sticky note) and in the README's Examples section (test/readme.test.ts
 * checks that the README quotes each first line).
 */
export const EXAMPLE_NOTES = {
	taobaoCart: [
		'## Example 1: Taobao cart to order',
		'Looks up a Taobao item, puts the chosen SKU in the Taobao cart, orders that cart line to a Shanghai address and reads the new order back.',
		'',
		'Prices are in **fen** (1 yuan = 100 fen). The credential points at the local sandbox: nothing real is bought. Change *What to buy* and press **Execute workflow**.',
	].join('\n'),
	alibabaLifecycle: [
		'## Example 2: 1688 order lifecycle',
		'Previews price and freight of a 1688 offer, creates the order, gets its payment link, pays it from the PandaPon balance and reads its status.',
		'',
		'*Create the order* and *Pay* spend money on a real account: they are sent once and never retried.',
	].join('\n'),
	batchOrders: [
		'## Example 3: one Taobao order per spreadsheet row',
		'Each row of *Order sheet* (replace it with Google Sheets, Airtable …) becomes one Taobao order; *Result per row* holds the columns to write back.',
		'',
		'Every row is checked before the first order is sent: a bad row stops the run with its row number and field.',
	].join('\n'),
	callbacks: [
		'## Example 4: callbacks to a status log',
		'The PandaPon Trigger receives PandaPon\'s signed order and refund messages; *Status log entry* keeps one line per message.',
		'',
		'Publish the workflow, then paste the trigger\'s **Production URL** into the callback URL of the PandaPon console.',
	].join('\n'),
	callbacksAndOrderWatch: [
		'## Example 5: callbacks and Order Watch',
		'The PandaPon Trigger (fast, needs a public HTTPS URL) and the PandaPon Order Watch Trigger (polls every minute, finds what callbacks missed) feed one branch.',
		'',
		'*Order event* builds an **idempotency key** from platform, order, event and status: deduplicate on it downstream, since one change can arrive both ways.',
	].join('\n'),
};

/** A sticky note on the canvas, above the nodes, explaining the example. */
function stickyNote(name, content, { x = -40, y = -320, width = 640, height = 260, color = 7 } = {}) {
	return { name, type: 'n8n-nodes-base.stickyNote', typeVersion: 1, position: [x, y], parameters: { content, width, height, color } };
}

export const TAOBAO_CART_EXAMPLE = { workflowId: 'PpExTaobaoCart01', name: 'PandaPon example 1: Taobao cart to order' };

// The SKU picked in "What to buy", looked up in the item's SKU list.
const CHOSEN_SKU = "$json.skuList.find(sku => sku.skuId === $('What to buy').item.json.skuId)";

const SHANGHAI_ADDRESS = {
	name: 'Li Lei',
	mobile_phone: '13800138000',
	country: '中国',
	state: '上海市',
	city: '上海市',
	district: '浦东新区',
	address: '世纪大道 100 号',
	zip: '200120',
};

function taobaoCartToOrder() {
	return linearWorkflow({
		id: TAOBAO_CART_EXAMPLE.workflowId,
		name: TAOBAO_CART_EXAMPLE.name,
		notes: [stickyNote('About this example', EXAMPLE_NOTES.taobaoCart, { width: 1360 })],
		nodes: [
			manualTrigger(),
			setFieldsNode('What to buy', {
				itemLink: ['string', 'https://item.taobao.com/item.htm?id=672991141190'],
				skuId: ['string', '3452545926724'],
				quantity: ['number', '2'],
			}),
			pandaPon('Get the item', { resource: 'product', operation: 'get', platform: 'taobao', itemId: '={{ $json.itemLink }}' }),
			pandaPon('Add to cart', {
				resource: 'cart',
				operation: 'add',
				platform: 'taobao',
				itemId: '={{ $json.itemId }}',
				skuId: "={{ $('What to buy').item.json.skuId }}",
				mpId: '={{ $json.mpId }}',
				mpSkuId: `={{ ${CHOSEN_SKU}.mpSkuId }}`,
				price: `={{ ${CHOSEN_SKU}.price }}`,
				quantity: "={{ $('What to buy').item.json.quantity }}",
				additionalFields: { itemTitle: '={{ $json.title }}' },
			}),
			pandaPon('Order what is in the cart', {
				resource: 'cart',
				operation: 'createOrder',
				platform: 'taobao',
				cartIds: '={{ $json.id }}',
				orderAddressMode: 'fields',
				orderAddress: SHANGHAI_ADDRESS,
			}),
			pandaPon('Get the new order', {
				resource: 'taobaoOrder',
				operation: 'get',
				orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			}),
		],
	});
}

export const TRIGGER_EXAMPLE = {
	workflowId: 'PpExCallbackLog1',
	name: 'PandaPon example 4: callbacks to a status log',
	// Fixed, so the production URL /webhook/<webhookId>/<path> is known before n8n starts.
	webhookId: '7d1c6a52-5f0e-4c1b-9a43-2b8e61f0c4d7',
};

export const TRIGGER_NODE_NAME = 'PandaPon Trigger';
export const STATUS_LOG_NODE_NAME = 'Status log entry';

function callbackStatusLog() {
	return linearWorkflow({
		id: TRIGGER_EXAMPLE.workflowId,
		name: TRIGGER_EXAMPLE.name,
		notes: [stickyNote('About this example', EXAMPLE_NOTES.callbacks, { width: 460, height: 300, y: -360 })],
		nodes: [
			{
				name: TRIGGER_NODE_NAME,
				type: TRIGGER_NODE_TYPE,
				typeVersion: TRIGGER_VERSION,
				webhookId: TRIGGER_EXAMPLE.webhookId,
				parameters: { events: ['*'], platforms: [], dropRedeliveries: true, options: {} },
				credentials: pandaPonCredentials,
			},
			setFieldsNode(STATUS_LOG_NODE_NAME, {
				eventId: ['string', '={{ $json.eventId }}'],
				event: ['string', '={{ $json.event }}'],
				platform: ['string', '={{ $json.platform }}'],
				orderId: ['string', '={{ $json.message.orderId }}'],
				// 1688 messages carry orderStatus, Taobao ones statusName, refund messages refundStatus.
				status: [
					'string',
					"={{ String($json.message.orderStatus ?? $json.message.statusName ?? $json.message.refundStatus ?? '') }}",
				],
				refundId: ['string', "={{ $json.message.refundId ?? '' }}"],
				pushedAt: ['string', '={{ $json.pushedAt }}'],
			}),
		],
	});
}

/**
 * @returns {{ file: string, workflow: object, manual: boolean }[]} in the order users should read them;
 *          `manual` examples start from a Manual Trigger and can run with `n8n execute`.
 */
export function exampleWorkflows() {
	return [
		{ file: '1-taobao-cart-to-order.json', workflow: taobaoCartToOrder(), manual: true },
		{ file: '2-1688-order-lifecycle.json', workflow: alibabaOrderLifecycle(), manual: true },
		{ file: '3-orders-from-spreadsheet-rows.json', workflow: batchOrdersWorkflow(), manual: true },
		{ file: '4-callbacks-to-status-log.json', workflow: callbackStatusLog(), manual: false },
		{ file: '5-callbacks-and-order-watch.json', workflow: callbacksAndOrderWatch(), manual: false },
	];
}

export const ALIBABA_LIFECYCLE_EXAMPLE = {
	workflowId: 'PpExAlibabaLife1',
	name: 'PandaPon example 2: 1688 order lifecycle',
};

const HANGZHOU_ADDRESS_1688 = {
	fullName: 'Han Meimei',
	mobile: '13900139000',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '余杭区',
	townText: '五常街道',
	address: '文一西路 969 号',
	postCode: '311121',
};

function alibabaOrderLifecycle() {
	const order = {
		flow: 'general',
		addressParamMode: 'fields',
		addressParam: HANGZHOU_ADDRESS_1688,
		cargoMode: 'fields',
		cargoParamList: { line: [{ offer: '743470146022', specId: 'e61a85a671bb3d0301d0412b51641c6b', quantity: 2 }] },
	};
	const orderId = "={{ $('Create the order').item.json.orderId }}";
	return linearWorkflow({
		id: ALIBABA_LIFECYCLE_EXAMPLE.workflowId,
		name: ALIBABA_LIFECYCLE_EXAMPLE.name,
		notes: [stickyNote('About this example', EXAMPLE_NOTES.alibabaLifecycle, { width: 1360 })],
		nodes: [
			manualTrigger(),
			pandaPon('Preview price and freight', { resource: 'alibabaOrder', operation: 'preview', ...order }),
			pandaPon('Create the order', { resource: 'alibabaOrder', operation: 'create', ...order }),
			pandaPon('Get the payment link', { resource: 'alibabaOrder', operation: 'getPaymentUrl', orderId }),
			pandaPon('Pay with the PandaPon balance', { resource: 'alibabaOrder', operation: 'submitForPayment', orderIds: orderId }),
			pandaPon('Get the order status', { resource: 'alibabaOrder', operation: 'get', orderId }),
		],
	});
}

export const BATCH_EXAMPLE = {
	workflowId: 'PpExBatchOrders1',
	name: 'PandaPon example 3: one Taobao order per spreadsheet row',
	rowsNode: 'Order sheet',
	createNode: 'Create one order per row',
	resultNode: 'Result per row',
};

/** Rows as they would come from a sheet: one order per row, prices and budgets in fen. */
export const ORDER_SHEET_ROWS = [
	{
		reference: 'SHOP-1001', itemId: '600126245031041190', skuId: '5016042822039', quantity: 3, unitPriceFen: 1,
		budgetFen: 500, name: 'Wang Fang', mobile: '13700137001', province: '广东省', city: '深圳市', district: '南山区',
		street: '科技园南路 8 号', zip: '518057',
	},
	{
		reference: 'SHOP-1002', itemId: '600129202197070073', skuId: '4860968496626', quantity: 1, unitPriceFen: 1,
		budgetFen: 300, name: 'Zhang Wei', mobile: '13700137002', province: '北京市', city: '北京市', district: '海淀区',
		street: '中关村大街 27 号', zip: '100080',
	},
	{
		reference: 'SHOP-1003', itemId: 'https://item.taobao.com/item.htm?id=672991141190', skuId: '3452545926726',
		quantity: 2, unitPriceFen: 1, budgetFen: 400, name: 'Chen Jing', mobile: '13700137003', province: '四川省',
		city: '成都市', district: '武侯区', street: '天府大道 1 号', zip: '610041',
	},
];

/** Spreadsheet rows in, one Taobao order per row out, with the columns you would write back to the sheet. */
export function batchOrdersWorkflow({ id = BATCH_EXAMPLE.workflowId, name = BATCH_EXAMPLE.name, rows = ORDER_SHEET_ROWS } = {}) {
	return linearWorkflow({
		id,
		name,
		notes: [stickyNote('About this example', EXAMPLE_NOTES.batchOrders, { width: 900 })],
		nodes: [
			manualTrigger(),
			rowsNode(BATCH_EXAMPLE.rowsNode, rows),
			pandaPon(BATCH_EXAMPLE.createNode, {
				resource: 'taobaoOrder',
				operation: 'create',
				receiverMode: 'fields',
				receiver: {
					name: '={{ $json.name }}',
					mobile_phone: '={{ $json.mobile }}',
					country: '中国',
					state: '={{ $json.province }}',
					city: '={{ $json.city }}',
					district: '={{ $json.district }}',
					address: '={{ $json.street }}',
					zip: '={{ $json.zip }}',
				},
				orderLinesMode: 'fields',
				orderLines: {
					line: [
						{
							itemId: '={{ $json.itemId }}',
							skuId: '={{ $json.skuId }}',
							quantity: '={{ $json.quantity }}',
							price: '={{ $json.unitPriceFen }}',
							currency: 'CNY',
						},
					],
				},
				purchaseAmount: '={{ $json.budgetFen }}',
				additionalFields: { sellerOrderNumber: '={{ $json.reference }}', orderSource: 'spreadsheet' },
			}),
			setFieldsNode(BATCH_EXAMPLE.resultNode, {
				reference: ['string', `={{ $('${BATCH_EXAMPLE.rowsNode}').item.json.reference }}`],
				orderId: ['string', '={{ $json.id }}'],
				orderNo: ['string', '={{ $json.orderNo }}'],
				subOrders: ['number', '={{ $json.subOrderVOS.length }}'],
			}),
		],
	});
}

/** The example files as users get them (examples/*.json), in generator order. */
export function loadExampleFiles() {
	return exampleWorkflows().map((example) => ({
		...example,
		workflow: JSON.parse(readFileSync(join(REPO_ROOT, 'examples', example.file), 'utf8')),
	}));
}

export const WATCH_EXAMPLE = {
	workflowId: 'PpExOrderWatch01',
	name: 'PandaPon example 5: callbacks for speed, Order Watch for completeness',
	webhookId: '3f9b2c1e-8a4d-4e6f-b7c5-0d1e2f3a4b5c',
	callbackNode: 'PandaPon Trigger (callbacks)',
	watchNode: 'PandaPon Order Watch',
	logNode: 'Order event',
};

/**
 * Both triggers feed one branch. Order Watch items have the callback trigger's fields, so the same expressions
 * read both; `idempotencyKey` (platform, order, status) is what a downstream step should deduplicate on, since a
 * change may arrive by callback and again by poll.
 */
export function callbacksAndOrderWatch({ pollTimes = { item: [{ mode: 'everyMinute' }] } } = {}) {
	const status = "String($json.message.orderStatus ?? $json.message.statusName ?? $json.message.refundStatus ?? '')";
	const workflow = linearWorkflow({
		id: WATCH_EXAMPLE.workflowId,
		name: WATCH_EXAMPLE.name,
		notes: [stickyNote('About this example', EXAMPLE_NOTES.callbacksAndOrderWatch, { width: 700, y: -340 })],
		nodes: [
			{
				name: WATCH_EXAMPLE.callbackNode,
				type: TRIGGER_NODE_TYPE,
				typeVersion: TRIGGER_VERSION,
				webhookId: WATCH_EXAMPLE.webhookId,
				parameters: { events: ['*'], platforms: [], dropRedeliveries: true, options: {} },
				credentials: pandaPonCredentials,
				connectNext: false,
			},
			{
				name: WATCH_EXAMPLE.watchNode,
				type: WATCH_NODE_TYPE,
				typeVersion: 1,
				position: [0, 220],
				parameters: { pollTimes, sources: ['taobao', '1688'], changes: ['created', 'status', 'amount', 'logistics', 'refund'], options: {} },
				credentials: pandaPonCredentials,
			},
			setFieldsNode(WATCH_EXAMPLE.logNode, {
				idempotencyKey: ['string', `={{ $json.platform + ':' + $json.message.orderId + ':' + $json.event + ':' + ${status} }}`],
				source: ['string', "={{ $json.source ?? 'callback' }}"],
				event: ['string', '={{ $json.event }}'],
				platform: ['string', '={{ $json.platform }}'],
				orderId: ['string', '={{ $json.message.orderId }}'],
				status: ['string', `={{ ${status} }}`],
				previous: ['string', "={{ $json.change?.from ?? '' }}"],
				eventId: ['string', '={{ $json.eventId }}'],
			}),
		],
		extraConnections: {
			[WATCH_EXAMPLE.callbackNode]: { main: [[{ node: WATCH_EXAMPLE.logNode, type: 'main', index: 0 }]] },
		},
	});
	const log = workflow.nodes.find((node) => node.name === WATCH_EXAMPLE.logNode);
	log.position = [220, 110];
	log.id = stableUuid(`${WATCH_EXAMPLE.workflowId}/${WATCH_EXAMPLE.logNode}`);
	return workflow;
}
