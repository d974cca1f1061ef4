import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { verifyCallbackSignature } from '../PandaPon/protocol/verify';
import { triggerProperties } from './description';
import { isVerifyPing, parseEnvelope, readBody } from './envelope';
import { ANY_EVENT } from './events';
import { DEFAULT_MAX_PUSH_AGE_MINUTES, checkFreshness, maxPushAgeMs } from './freshness';
import type { RedeliveryMatch } from './identity';
import { isRedelivery } from './redeliveries';

type JsonResponse = ReturnType<IWebhookFunctions['getResponseObject']>;

/** Every answer is written here, explicitly: never n8n's default body, never anything from the credential. */
function reply(res: JsonResponse, status: number, body: IDataObject): IWebhookResponseData {
	res.status(status).json(body);
	return { noWebhookResponse: true };
}

function splitList(value: string): string[] {
	return value
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

/** What the trigger reads from n8n's request (an express Request with n8n's raw-body reader). */
interface CallbackRequest {
	headers: { authorization?: string };
	rawBody?: Buffer | string;
	readRawBody?: () => Promise<void>;
}

/**
 * The exact bytes PandaPon sent. n8n reads them on demand: for version 1 always, from version 1.1 only for the
 * content types it parses itself (JSON, form, text, XML), so anything else is read here.
 */
async function receivedBytes(req: CallbackRequest): Promise<Buffer | string | undefined> {
	if (req.rawBody === undefined && typeof req.readRawBody === 'function') await req.readRawBody();
	return req.rawBody;
}

async function loadAccessSecret(context: IWebhookFunctions): Promise<string | undefined> {
	try {
		const credentials = await context.getCredentials('pandaPonApi');
		return typeof credentials.accessSecret === 'string' ? credentials.accessSecret : undefined;
	} catch (error) {
		// Fail closed: without a secret no message can be authenticated.
		context.logger.warn(
			`PandaPon Trigger could not load its credential, answering 401: ${(error as Error).message}`,
		);
		return undefined;
	}
}

export class PandaPonTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PandaPon Trigger',
		name: 'pandaPonTrigger',
		icon: { light: 'file:pandapon.svg', dark: 'file:pandapon.dark.svg' },
		group: ['trigger'],
		// 1.1 behaves as 1. n8n (2.40) evaluates an expression for every request to a version-1 webhook node (its
		// `options.binaryData`), and so builds a new expression isolate per push: ~100 ms of CPU. 1.1 skips that.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle:
			'={{ ($parameter["events"] || []).length === 0 || ($parameter["events"] || []).includes("*") ? "All order and refund messages" : "Events: " + $parameter["events"].join(", ") }}',
		description:
			'Starts the workflow when PandaPon pushes a signed order, payment, price or refund message',
		defaults: { name: 'PandaPon Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pandaPonApi', required: true }],
		activationMessage:
			'Paste the Production URL into the PandaPon console → Message Service, press Verify and save.',
		// The panel a seller sees on opening the node: what each URL is for, in their terms.
		triggerPanel: {
			header: '',
			executionsHelp: {
				inactive:
					"<b>To see what a message looks like</b>, click 'Listen for test event' and send one to the Test URL, for example from the PandaPon sandbox (npm start does). The Test URL stops listening after 2 minutes, so never paste it into PandaPon's console.<br /><br /><b>For your real orders</b>, publish the workflow and paste its Production URL into the PandaPon console → Message Service. Every order and refund message then starts the workflow, and the runs appear in the executions list.",
				active:
					'This workflow is published: every message PandaPon pushes to the Production URL starts it, and the runs appear in the <a data-key="executions">executions list</a>. Check that the Production URL is the one saved in the PandaPon console → Message Service.<br /><br />To see what a message looks like, click \'Listen for test event\' and send one to the Test URL.',
			},
			activationHint:
				"Publish the workflow and paste its Production URL into PandaPon's console: every order message then starts it without this button.",
		},
		webhooks: [
			// The console's Verify button may GET the URL: answer 200 there too, starting nothing.
			{ name: 'setup', httpMethod: 'GET', responseMode: 'onReceived', path: 'webhook' },
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: triggerProperties,
	};

	// PandaPon has no registration API (one URL per developer, pasted in its console): remember the URL only.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const webhookData = this.getWorkflowStaticData('node');
				return (
					webhookData.webhookUrl !== undefined &&
					webhookData.webhookUrl === this.getNodeWebhookUrl('default')
				);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const webhookUrl = this.getNodeWebhookUrl('default');
				this.getWorkflowStaticData('node').webhookUrl = webhookUrl;
				this.logger.info(
					`PandaPon Trigger: paste ${webhookUrl} into PandaPon console → Message Service and press Verify`,
				);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				delete this.getWorkflowStaticData('node').webhookUrl;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const res = this.getResponseObject();
		if (this.getWebhookName() === 'setup') {
			return reply(res, 200, {
				ok: true,
				service: 'PandaPon Trigger',
				hint: 'PandaPon delivers messages by POST',
			});
		}

		const req = this.getRequestObject() as unknown as CallbackRequest;
		const rawBody = await receivedBytes(req);
		const body = readBody(rawBody);
		if (body.refused !== undefined)
			return reply(res, 400, { received: false, error: body.refused });
		const signature = req.headers.authorization;
		if (isVerifyPing(body, signature !== undefined && signature !== '')) {
			return reply(res, 200, { received: true, ping: true });
		}

		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (options.verifySignature !== false) {
			const accessSecret = await loadAccessSecret(this);
			if (!verifyCallbackSignature(rawBody, signature, accessSecret)) {
				return reply(res, 401, { received: false, error: 'Invalid or missing signature' });
			}
		}

		const match: RedeliveryMatch = options.redeliveryMatch === 'content' ? 'content' : 'message';
		const envelope = parseEnvelope(body, match);
		if (!envelope.ok) return reply(res, 400, { received: false, error: envelope.reason });
		const event = envelope.event;

		// From here on no `await`: the redelivery check and its record happen in one synchronous step.
		const now = Date.now();
		const maxAgeMs = maxPushAgeMs(options.maxPushAge ?? DEFAULT_MAX_PUSH_AGE_MINUTES);
		const freshness = checkFreshness(envelope.pushedAtMs, maxAgeMs, now);
		if (!freshness.ok && freshness.reason === 'undated') {
			return reply(res, 400, {
				received: false,
				error:
					'timestamp is missing or is not a push time in milliseconds or seconds (needed by Max Push Age)',
			});
		}
		if (!freshness.ok) {
			// 200: the message is authentic but a replay or far too late; another answer would only make PandaPon retry.
			const reason = `pushed ${freshness.ageMinutes} minutes ago, more than Max Push Age (${(maxAgeMs ?? 0) / 60000} minutes): not started`;
			this.logger.warn(
				`PandaPon Trigger ignored a stale push (${event.event}, eventId ${event.eventId}): ${reason}`,
			);
			return reply(res, 200, {
				received: true,
				ignored: 'stale',
				eventId: event.eventId,
				pushedAt: event.pushedAt,
				reason,
			});
		}

		const platforms = this.getNodeParameter('platforms', []) as string[];
		const events = [
			...(this.getNodeParameter('events', []) as string[]),
			...splitList(typeof options.additionalEvents === 'string' ? options.additionalEvents : ''),
		];
		const wantedEvent =
			events.length === 0 || events.includes(ANY_EVENT) || events.includes(event.event);
		const wantedPlatform = platforms.length === 0 || platforms.includes(event.platform);
		if (!wantedEvent || !wantedPlatform) {
			return reply(res, 200, { received: true, ignored: 'filtered', eventId: event.eventId });
		}

		// Test URL runs are one-shot and never saved by n8n: a resent sample starts again there.
		if (this.getNodeParameter('dropRedeliveries', true) === true && this.getMode() !== 'manual') {
			const redelivery = isRedelivery({
				triggerKey: `${this.getWorkflow().id ?? ''}:${this.getNode().id ?? this.getNode().name}`,
				staticData: this.getWorkflowStaticData('node'),
				eventId: event.eventId,
				// Kept until a copy would be refused as stale anyway (or for the default window when the check is off).
				expiresAtMs:
					maxAgeMs !== null && envelope.pushedAtMs !== null
						? envelope.pushedAtMs + maxAgeMs
						: now + DEFAULT_MAX_PUSH_AGE_MINUTES * 60000,
				now,
			});
			if (redelivery)
				return reply(res, 200, { received: true, ignored: 'redelivery', eventId: event.eventId });
		}

		// Answered here, before n8n stores the execution: n8n 2.40.7 does not save the static data of a webhook request
		// whose answer it sends itself after the run starts (measured), and the records must be saved. If n8n then
		// fails to store the execution (SQLite write-lock timeouts in a burst), the event is lost: see the README.
		return {
			...reply(res, 200, { received: true, eventId: event.eventId }),
			workflowData: [this.helpers.returnJsonArray(event)],
		};
	}
}
