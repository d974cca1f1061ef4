/**
 * A small mocked IWebhookFunctions / IHookFunctions, in the spirit of nodes-base's testWebhookTriggerNode:
 * request with rawBody + headers, a response spy, node parameters (description defaults overlaid by the test's),
 * credentials, static data and the webhook name.
 */
import { createHmac } from 'crypto';
import type { IDataObject, IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { triggerProperties } from '../../../nodes/PandaPonTrigger/description';
import { PandaPonTrigger } from '../../../nodes/PandaPonTrigger/PandaPonTrigger.node';

export const SECRET = 'dummy access secret for unit tests';

/** The push time of the fixtures (the Xportcn example's timestamp). Tests pin Date.now() shortly after it. */
export const PUSHED_AT = 1779263269913;
export const MINUTE = 60_000;

/** Pins Date.now() (what the trigger reads as "now") to `minutes` after PUSHED_AT. */
export function clockAt(minutes: number): jest.SpyInstance {
	return jest.spyOn(Date, 'now').mockReturnValue(PUSHED_AT + minutes * MINUTE);
}

/** Signed independently of nodes/PandaPon/protocol/verify.ts so a bug there cannot hide here. */
export function sign(rawBody: string | Buffer, secret = SECRET): string {
	return createHmac('sha256', secret).update(rawBody).digest('hex');
}

export interface Envelope {
	messageType?: unknown;
	messageBody?: unknown;
	messagePlatform?: unknown;
	timestamp?: unknown;
	[key: string]: unknown;
}

/** A 1688 ORDER_CREATE as in the Xportcn example, but with the order id as a bare 19-digit number. */
export const ORDER_CREATE_BODY =
	'{"orderId":3305075341149134260,"orderNo":"PO202605200001","orderStatus":"WAITING_FOR_PAYMENT","payStatus":1,"totalAmount":10000}';

export function envelope(overrides: Envelope = {}): string {
	return JSON.stringify({
		messageType: 'ORDER_CREATE',
		messageBody: ORDER_CREATE_BODY,
		messagePlatform: 1,
		timestamp: String(PUSHED_AT),
		...overrides,
	});
}

export interface CallOptions {
	method?: 'POST' | 'GET';
	rawBody?: string | Buffer;
	headers?: Record<string, string>;
	/** Signs rawBody with SECRET into the Authorization header (unless headers already set one). */
	signed?: boolean;
	params?: IDataObject;
	/** The credential's secret; `null` makes getCredentials throw (no credential attached). */
	accessSecret?: string | null;
	staticData?: IDataObject;
	/** Workflow id the trigger sees; by default one per staticData object, so calls sharing static data share memory. */
	workflowId?: string;
	/** n8n's execution mode: 'webhook' for the production URL, 'manual' for the test URL. */
	mode?: string;
	/**
	 * The body as n8n hands it to a version 1.1 node for a content type n8n does not parse: not read yet, only
	 * `readRawBody()` (n8n's raw-body reader) reads it.
	 */
	bodyNotReadYet?: boolean;
}

export interface CallResult {
	result: IWebhookResponseData;
	status: number | undefined;
	body: unknown;
	/** Everything written to the response, for leak checks. */
	written: string;
	getCredentials: jest.Mock;
	warn: jest.Mock;
	staticData: IDataObject;
}

const workflowIds = new WeakMap<IDataObject, string>();
let workflowCount = 0;

/** A workflow id per static-data object: a test that shares static data is one published workflow. */
function workflowIdFor(staticData: IDataObject): string {
	let id = workflowIds.get(staticData);
	if (id === undefined) {
		id = `unit-wf-${++workflowCount}`;
		workflowIds.set(staticData, id);
	}
	return id;
}

function nodeDefaults(): IDataObject {
	return Object.fromEntries(
		triggerProperties.filter((property) => property.type !== 'notice').map((property) => [property.name, property.default]),
	) as IDataObject;
}

export async function callWebhook(options: CallOptions = {}): Promise<CallResult> {
	const rawBody = options.rawBody ?? (options.method === 'GET' ? undefined : envelope());
	const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.headers ?? {}) };
	if (options.signed !== false && rawBody !== undefined && headers.authorization === undefined) {
		headers.authorization = sign(rawBody);
	}
	const params = { ...nodeDefaults(), ...(options.params ?? {}) };
	const staticData = options.staticData ?? {};
	const written: unknown[] = [];
	let status: number | undefined;
	let body: unknown;
	interface ResponseSpy {
		status: jest.Mock;
		json: jest.Mock;
		send: jest.Mock;
		end: jest.Mock;
	}
	const response: ResponseSpy = {
		status: jest.fn((code: number) => {
			status = code;
			return response;
		}),
		json: jest.fn((data: unknown) => {
			body = data;
			written.push(data);
			return response;
		}),
		send: jest.fn((data: unknown) => {
			body = data;
			written.push(data);
			return response;
		}),
		end: jest.fn(() => response),
	};
	const accessSecret = options.accessSecret === undefined ? SECRET : options.accessSecret;
	const getCredentials = jest.fn(async () => {
		if (accessSecret === null) throw new Error('Node "PandaPon Trigger" does not have any credentials set');
		return { accessKey: 'ak', accessSecret, userId: '2100007340000', baseUrl: 'https://api.pandapon.com' };
	});
	const warn = jest.fn();
	const request: IDataObject = { method: options.method ?? 'POST', headers, body: {} };
	if (options.bodyNotReadYet === true) {
		request.readRawBody = async () => {
			request.rawBody = rawBody;
		};
	} else {
		request.rawBody = rawBody;
	}
	const context = {
		getWebhookName: () => (options.method === 'GET' ? 'setup' : 'default'),
		getRequestObject: () => request,
		getResponseObject: () => response,
		getHeaderData: () => headers,
		getBodyData: () => ({}),
		getNodeParameter: (name: string, fallback?: unknown) => (name in params ? params[name] : fallback),
		getCredentials,
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: options.workflowId ?? workflowIdFor(staticData), name: 'unit', active: true }),
		getMode: () => options.mode ?? 'webhook',
		getNode: () => ({ id: 'node-1', name: 'PandaPon Trigger', type: 'n8n-nodes-pandapon.pandaPonTrigger', typeVersion: 1 }),
		logger: { warn, info: jest.fn(), debug: jest.fn(), error: jest.fn() },
		helpers: {
			returnJsonArray: (data: IDataObject | IDataObject[]) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })),
		},
	} as unknown as IWebhookFunctions;
	const result = await new PandaPonTrigger().webhook.call(context);
	return { result, status, body, written: JSON.stringify(written), getCredentials, warn, staticData };
}

/** The `this` of webhookMethods: static data plus the URL n8n would hand out. */
export function hookContext(staticData: IDataObject, webhookUrl: string): IHookFunctions {
	return {
		getWorkflowStaticData: () => staticData,
		getNodeWebhookUrl: (name: string) => (name === 'default' ? webhookUrl : undefined),
		getNodeParameter: () => undefined,
		logger: { warn: jest.fn(), info: jest.fn(), debug: jest.fn(), error: jest.fn() },
	} as unknown as IHookFunctions;
}
