/**
 * Shared by the product and after-sales tests: a sandbox on a free port, the node run in n8n's engine against it,
 * and the requests the sandbox received for one path.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import {
	startSandbox,
	type RequestLogEntry,
	type SandboxHandle,
	type SandboxOptions,
} from '../../../../../sandbox/server';
import { runNode, type RunNodeResult } from '../../../../helpers/n8nEngine';

export interface SandboxRun {
	sandbox: SandboxHandle;
	run(parameters: INodeParameters, items?: INodeExecutionData[], continueOnFail?: boolean): Promise<RunNodeResult>;
	/** PandaPon requests received on a path (admin calls are never logged). */
	requestsTo(path: string): RequestLogEntry[];
}

export async function startSandboxRun(options: SandboxOptions = {}): Promise<SandboxRun> {
	const sandbox = await startSandbox(options);
	const credentials = { ...sandbox.credentials, baseUrl: sandbox.url };
	return {
		sandbox,
		run: async (parameters, items, continueOnFail) => await runNode({ credentials, parameters, items, continueOnFail }),
		requestsTo: (path) => sandbox.requests().filter((entry) => entry.path === path),
	};
}

/** The node's error message, or a marker when it did not fail. */
export function errorMessage(result: RunNodeResult): string {
	return result.error ? `${result.error.message} ${result.error.description ?? ''}` : 'no error';
}
