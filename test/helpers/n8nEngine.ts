/**
 * Runs the PandaPon node inside n8n's real execution engine (n8n-core's WorkflowExecute) on this machine's Node,
 * with real HTTP to the local sandbox. What is real: the engine, the node execution context and its helpers
 * (getNodeParameter with expressions, continueOnFail, constructExecutionMetaData, binary helpers), and
 * `httpRequestWithAuthentication` calling our credential's `authenticate` before every request. What is ours: the
 * credentials store (a fixed credential object) and the additional data a server would provide.
 * The full n8n server is exercised separately by test/e2e.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	Workflow,
	createRunExecutionData,
	type ExecutionError,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialsExpressionResolveValues,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeProperties,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IRunExecutionData,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { PandaPonApi } from '../../credentials/PandaPonApi.credentials';
import { PandaPon } from '../../nodes/PandaPon/PandaPon.node';

export const NODE_TYPE = 'n8n-nodes-pandapon.pandaPon';

export interface SandboxCredentials {
	accessKey: string;
	accessSecret: string;
	userId: string;
	baseUrl: string;
	timestampUnit?: 'milliseconds' | 'seconds';
}

export class FixedCredentialsHelper extends ICredentialsHelper {
	private readonly credentialType = new PandaPonApi();

	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return await this.credentialType.authenticate(credentials, requestOptions);
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(_details: INodeCredentialsDetails, _type: string): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_details: INodeCredentialsDetails,
		_type: string,
		_mode: WorkflowExecuteMode,
		_executeData?: unknown,
		_raw?: boolean,
		_expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		return { ...this.data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(): INodeProperties[] {
		return this.credentialType.properties;
	}
}

class PandaPonNodeTypes implements INodeTypes {
	private readonly node = new PandaPon();

	getByName(type: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(type);
	}

	getByNameAndVersion(type: string): INodeType {
		if (type !== NODE_TYPE) throw new Error(`Unknown node type ${type}`);
		return this.node;
	}

	getKnownTypes() {
		return {};
	}
}

export interface RunNodeOptions {
	credentials: SandboxCredentials;
	/** Node parameters (may contain n8n expressions such as "={{ $json.itemId }}"). */
	parameters: INodeParameters;
	/** Input items; defaults to one empty item. */
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Node settings from the editor's Settings tab, e.g. Retry On Fail: `{ retryOnFail: true, maxTries: 3, waitBetweenTries: 0 }`. */
	settings?: Pick<INode, 'retryOnFail' | 'maxTries' | 'waitBetweenTries'>;
	/** Node version (1 unless given). */
	typeVersion?: number;
}

export interface RunNodeResult {
	/** Output items of the node's first output (empty when the node failed). */
	items: INodeExecutionData[];
	/** The node's error, when it failed and continueOnFail was off. */
	error?: ExecutionError;
	run: IRun;
}

let executionCount = 0;

/** Execute one PandaPon node in n8n's engine with the given input items. Every run is a new execution, as in n8n. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const executionId = `test-execution-${++executionCount}`;
	const node: INode = {
		id: 'pandapon-node',
		name: 'PandaPon',
		type: NODE_TYPE,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { pandaPonApi: { id: '1', name: 'PandaPon sandbox' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...options.settings,
	};
	const workflow = new Workflow({
		id: 'test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new PandaPonNodeTypes(),
	});
	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'test',
		name: 'test',
		active: false,
		isArchived: false,
		nodes: [node],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let resolveRun: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));

	const additionalData = {
		hooks,
		credentialsHelper: new FixedCredentialsHelper({ ...options.credentials }),
		currentNodeParameters: undefined,
		executionId,
		restApiUrl: 'http://localhost/rest',
		instanceBaseUrl: 'http://localhost/',
		webhookBaseUrl: 'http://localhost/webhook',
		webhookWaitingBaseUrl: 'http://localhost/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost/webhook-test',
		formWaitingBaseUrl: 'http://localhost/form-waiting',
		variables: {},
		userId: 'test-user',
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [options.items ?? [{ json: {} }]] }, source: null }],
		},
	});

	await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const run = await finished;
	const task = run.data.resultData.runData.PandaPon?.[0];
	return {
		items: (task?.data?.main?.[0] as INodeExecutionData[] | undefined) ?? [],
		error: task?.error ?? run.data.resultData.error,
		run,
	};
}

/** An input item carrying a file as n8n binary data (in-memory mode, base64), as a Read File node would give it. */
export function binaryItem(
	file: Buffer,
	fileName: string,
	mimeType: string,
	json: INodeExecutionData['json'] = {},
	property = 'data',
): INodeExecutionData {
	return {
		json,
		binary: {
			[property]: { data: file.toString('base64'), mimeType, fileName, fileSize: String(file.length) },
		},
	};
}

/** The node's error message and description, or a marker when it did not fail. */
export function errorText(result: RunNodeResult): string {
	return result.error ? `${result.error.message} ${result.error.description ?? ''}` : 'no error';
}

/** A resource locator parameter in "By ID" mode. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
