// Workflows only the queue-mode test uses, derived from the callback example so they log the same fields.
import { NODE_TYPE_PREFIX } from '../../../scripts/e2e/constants.mjs';
import { exampleWorkflows, STATUS_LOG_NODE_NAME, TRIGGER_EXAMPLE, TRIGGER_NODE_NAME } from '../../../scripts/e2e/examples.mjs';
import { linearWorkflow, pandaPonCredentials } from '../../../scripts/e2e/workflow-builder.mjs';

export const ORDER_WATCH_NODE_TYPE = `${NODE_TYPE_PREFIX}.pandaPonOrderWatchTrigger`;

const callbackExample = () =>
	structuredClone(exampleWorkflows().find((example) => example.workflow.id === TRIGGER_EXAMPLE.workflowId).workflow);
const statusLogNode = () => {
	const { name, type, typeVersion, parameters } = callbackExample().nodes.find((node) => node.name === STATUS_LOG_NODE_NAME);
	return { name, type, typeVersion, parameters };
};

/**
 * The callback example with a one-second Wait before the status log: each execution stays on its worker long
 * enough that a worker killed mid-burst certainly holds some (a Wait under 65 s sleeps in the worker).
 */
export const SLOW_CALLBACK_LOG = {
	workflowId: 'PpQueueSlowLog01',
	webhookId: '3f9b0c1e-8a47-4d2b-b6f1-5c0e9d7a2e61',
};

export function slowCallbackLog() {
	const trigger = callbackExample().nodes.find((node) => node.name === TRIGGER_NODE_NAME);
	return linearWorkflow({
		id: SLOW_CALLBACK_LOG.workflowId,
		name: 'queue e2e: callbacks to a status log, one second per execution',
		nodes: [
			{ name: trigger.name, type: trigger.type, typeVersion: trigger.typeVersion, webhookId: SLOW_CALLBACK_LOG.webhookId, parameters: trigger.parameters, credentials: trigger.credentials },
			{ name: 'One second', type: 'n8n-nodes-base.wait', typeVersion: 1.1, parameters: { resume: 'timeInterval', amount: 1, unit: 'seconds' } },
			statusLogNode(),
		],
	});
}

/** Order Watch on Taobao status changes, every minute, into the same status log: the recovery path. */
export const ORDER_WATCH_LOG = { workflowId: 'PpQueueOrderWatch', nodeName: 'PandaPon Order Watch' };

export function orderWatchLog() {
	return linearWorkflow({
		id: ORDER_WATCH_LOG.workflowId,
		name: 'queue e2e: Order Watch to the status log',
		nodes: [
			{
				name: ORDER_WATCH_LOG.nodeName,
				type: ORDER_WATCH_NODE_TYPE,
				typeVersion: 1,
				parameters: { sources: ['taobao'], changes: ['status'], options: {}, pollTimes: { item: [{ mode: 'everyMinute' }] } },
				credentials: pandaPonCredentials,
			},
			statusLogNode(),
		],
	});
}
