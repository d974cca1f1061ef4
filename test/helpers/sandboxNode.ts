/**
 * The PandaPon node run in n8n's engine (runNode) against an in-process sandbox on a free port, over real HTTP, with
 * readers of the sandbox's request log. `useSandbox()` gives one such sandbox to a whole test file.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startSandbox, type RequestLogEntry, type SandboxHandle, type SandboxOptions } from '../../sandbox/server';
import { runNode, type RunNodeResult, type SandboxCredentials } from './n8nEngine';

export interface SandboxNode {
	/** The sandbox: admin operations (reset, faults, findOrders…) and its state store (`sandbox.sandbox.store`). */
	sandbox: SandboxHandle;
	credentials: SandboxCredentials;
	run(parameters: INodeParameters, items?: INodeExecutionData[], continueOnFail?: boolean): Promise<RunNodeResult>;
	/** Like run, as a node of the given version. */
	runVersion(typeVersion: number, parameters: INodeParameters): Promise<RunNodeResult>;
	/** PandaPon requests received on `path` (admin calls are never logged), oldest first. */
	requestsTo(path: string): RequestLogEntry[];
	close(): Promise<void>;
}

export async function startSandboxNode(options: SandboxOptions = {}): Promise<SandboxNode> {
	const sandbox = await startSandbox(options);
	const credentials: SandboxCredentials = { ...sandbox.credentials, baseUrl: sandbox.url };
	return {
		sandbox,
		credentials,
		run: async (parameters, items, continueOnFail) => await runNode({ credentials, parameters, items, continueOnFail }),
		runVersion: async (typeVersion, parameters) => await runNode({ credentials, parameters, typeVersion }),
		requestsTo: (path) => sandbox.requests().filter((entry) => entry.path === path),
		close: async () => await sandbox.close(),
	};
}

export interface UseSandboxOptions {
	/** Put the sandbox's state back to its seed before each test (for tests that change carts or orders). */
	resetEachTest?: boolean;
	sandbox?: SandboxOptions;
}

/**
 * Registers the hooks of a test file: the sandbox starts before all tests and closes after them; before each test
 * the request log and the faults are cleared (and the state reset with `resetEachTest`). The returned object may be
 * used inside tests and hooks only.
 */
export function useSandbox(options: UseSandboxOptions = {}): SandboxNode {
	let started: SandboxNode | undefined;
	const current = (): SandboxNode => {
		if (!started) throw new Error('useSandbox: the sandbox starts in beforeAll; use it inside tests and hooks');
		return started;
	};

	beforeAll(async () => {
		started = await startSandboxNode(options.sandbox);
	});
	afterAll(async () => {
		await started?.close();
	});
	beforeEach(() => {
		const { sandbox } = current();
		if (options.resetEachTest) sandbox.reset();
		sandbox.clearRequests();
		sandbox.clearFaults();
	});

	return {
		get sandbox() {
			return current().sandbox;
		},
		get credentials() {
			return current().credentials;
		},
		run: async (parameters, items, continueOnFail) => await current().run(parameters, items, continueOnFail),
		runVersion: async (typeVersion, parameters) => await current().runVersion(typeVersion, parameters),
		requestsTo: (path) => current().requestsTo(path),
		close: async () => await current().close(),
	};
}
