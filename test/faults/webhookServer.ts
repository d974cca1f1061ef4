/**
 * A real HTTP endpoint in front of PandaPonTrigger.webhook(), doing what n8n's webhook route does for it: hand over
 * the raw body and headers, let the node write the answer, and start one "execution" per returned workflowData.
 * Node parameters are the description's defaults; static data is shared across calls like a published workflow's.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import type { IDataObject, INodeExecutionData, IWebhookFunctions } from 'n8n-workflow';

import { triggerProperties } from '../../nodes/PandaPonTrigger/description';
import { PandaPonTrigger } from '../../nodes/PandaPonTrigger/PandaPonTrigger.node';

export interface Received {
	status: number;
	body: string;
	/** Items of the execution this request started, or undefined when it started none. */
	execution: INodeExecutionData[] | undefined;
}

export interface WebhookServer {
	url: string;
	received: Received[];
	close(): Promise<void>;
}

const defaults = Object.fromEntries(
	triggerProperties.filter((property) => property.type !== 'notice').map((property) => [property.name, property.default]),
) as IDataObject;

function respond(res: ServerResponse) {
	const response = {
		statusCode: 200,
		status(code: number) {
			response.statusCode = code;
			return response;
		},
		json(value: unknown) {
			const text = JSON.stringify(value);
			res.writeHead(response.statusCode, { 'content-type': 'application/json' });
			res.end(text);
			return response;
		},
	};
	return response;
}

let serverCount = 0;

export async function startWebhookServer(accessSecret: string): Promise<WebhookServer> {
	const trigger = new PandaPonTrigger();
	const staticData: IDataObject = {};
	// One published workflow per server: the trigger's redelivery memory is per workflow and node.
	const workflowId = `faults-${++serverCount}`;
	const received: Received[] = [];
	const handle = async (req: IncomingMessage, rawBody: Buffer, res: ServerResponse) => {
		const response = respond(res);
		let written = '';
		const json = response.json;
		response.json = (value: unknown) => {
			written = JSON.stringify(value);
			return json(value);
		};
		const context = {
			getWebhookName: () => (req.method === 'GET' ? 'setup' : 'default'),
			getRequestObject: () => ({ method: req.method, headers: req.headers, rawBody, body: {} }),
			getResponseObject: () => response,
			getNodeParameter: (name: string, fallback?: unknown) => (name in defaults ? defaults[name] : fallback),
			getCredentials: async () => ({ accessKey: 'sandbox-access-key', accessSecret, userId: '2100007340000' }),
			getWorkflowStaticData: () => staticData,
			getWorkflow: () => ({ id: workflowId, name: 'callback burst', active: true }),
			getMode: () => 'webhook',
			getNode: () => ({ id: 'trigger-node', name: 'PandaPon Trigger', type: 'n8n-nodes-pandapon.pandaPonTrigger', typeVersion: 1 }),
			logger: { warn: () => {}, info: () => {}, debug: () => {}, error: () => {} },
			helpers: {
				returnJsonArray: (data: IDataObject | IDataObject[]) => (Array.isArray(data) ? data : [data]).map((item) => ({ json: item })),
			},
		} as unknown as IWebhookFunctions;
		const result = await trigger.webhook.call(context);
		received.push({ status: response.statusCode, body: written, execution: result.workflowData?.[0] });
	};
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			handle(req, Buffer.concat(chunks), res).catch((error: Error) => {
				received.push({ status: 500, body: error.message, execution: undefined });
				if (!res.headersSent) res.writeHead(500);
				res.end();
			});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
		received,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
