/**
 * Runs Order Watch's poll() in n8n-core's real PollContext (parameters, static data, credentials, signed HTTP)
 * against the in-process sandbox. Static data is kept between polls like n8n's committed cursor; `crash: true`
 * drops what a poll staged, as when n8n dies before committing the execution.
 */
import { PollContext } from 'n8n-core';
import {
	Workflow,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { PandaPonOrderWatchTrigger } from '../../../nodes/PandaPonOrderWatch/PandaPonOrderWatchTrigger.node';
import { FixedCredentialsHelper, type SandboxCredentials } from '../../helpers/n8nEngine';

export const WATCH_NODE_TYPE = 'n8n-nodes-pandapon.pandaPonOrderWatchTrigger';

class WatchNodeTypes implements INodeTypes {
	readonly node = new PandaPonOrderWatchTrigger();
	getByName(): INodeType {
		return this.node;
	}
	getByNameAndVersion(type: string): INodeType {
		if (type !== WATCH_NODE_TYPE) throw new Error(`Unknown node type ${type}`);
		return this.node;
	}
	getKnownTypes() {
		return {};
	}
}

export interface Watcher {
	/** One scheduled poll; returns the emitted items ([] when poll() returned null). */
	poll(options?: { mode?: WorkflowExecuteMode; crash?: boolean; budgetMs?: number }): Promise<IDataObject[]>;
	/** The committed static data of the node (the cursor). */
	committed(): IDataObject;
}

export function watcher(credentials: SandboxCredentials, parameters: INodeParameters): Watcher {
	const node: INode = {
		id: 'order-watch', name: 'PandaPon Order Watch', type: WATCH_NODE_TYPE, typeVersion: 1, position: [0, 0],
		parameters: { sources: ['taobao', '1688'], ...parameters },
		credentials: { pandaPonApi: { id: '1', name: 'PandaPon sandbox' } },
	};
	const nodeTypes = new WatchNodeTypes();
	const additionalData = {
		credentialsHelper: new FixedCredentialsHelper({ ...credentials }),
		restApiUrl: 'http://localhost/rest', instanceBaseUrl: 'http://localhost/', webhookBaseUrl: 'http://localhost/webhook',
		webhookWaitingBaseUrl: 'http://localhost/webhook-waiting', webhookTestBaseUrl: 'http://localhost/webhook-test',
		formWaitingBaseUrl: 'http://localhost/form-waiting', variables: {}, userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
	let committed: IDataObject = {};

	return {
		committed: () => committed,
		async poll({ mode = 'trigger', crash = false, budgetMs = 5 * 60_000 } = {}) {
			const workflow = new Workflow({ id: 'watch', nodes: [node], connections: {}, active: true, nodeTypes });
			const staged: IDataObject = structuredClone(committed);
			const context = new PollContext(
				workflow, node, additionalData, mode, 'activate', undefined, undefined, undefined, undefined,
				() => staged, () => budgetMs,
			);
			const result = await nodeTypes.node.poll.call(context);
			if (!crash && mode !== 'manual') committed = structuredClone(staged);
			return ((result?.[0] ?? []) as INodeExecutionData[]).map((item) => item.json);
		},
	};
}
