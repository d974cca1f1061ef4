/**
 * Fault tests: the PandaPon node in n8n's real engine (runNode) against an in-process sandbox, with faults injected
 * through the sandbox's fault registry and every attempt read back from its request log.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startSandbox, type FaultSpec, type RequestLogEntry, type SandboxHandle, type SandboxOptions } from '../../sandbox/server';
import { runNode, type RunNodeOptions, type RunNodeResult } from '../helpers/n8nEngine';

export interface FaultHarness {
	sandbox: SandboxHandle;
	run(
		parameters: INodeParameters,
		items?: INodeExecutionData[],
		continueOnFail?: boolean,
		settings?: RunNodeOptions['settings'],
	): Promise<RunNodeResult>;
	/** PandaPon requests received on `path`, oldest first. */
	requestsTo(path: string): RequestLogEntry[];
	/** Arms `fault` the moment the request matching `when` arrives, so exactly that request gets it. */
	faultWhen(when: (entry: RequestLogEntry) => boolean, fault: FaultSpec): void;
	/** Clears faults (armed and standing) and the request log. */
	clear(): void;
	close(): Promise<void>;
}

export async function startFaultHarness(options: SandboxOptions = {}): Promise<FaultHarness> {
	const sandbox = await startSandbox(options);
	const credentials = { ...sandbox.credentials, baseUrl: sandbox.url };
	const armed: { when: (entry: RequestLogEntry) => boolean; fault: FaultSpec }[] = [];
	// The sandbox logs a request before it looks for a fault, so a fault added here applies to that same request.
	const addLogEntry = sandbox.sandbox.addLogEntry.bind(sandbox.sandbox);
	sandbox.sandbox.addLogEntry = (entry) => {
		const logged = addLogEntry(entry);
		const index = armed.findIndex((candidate) => candidate.when(logged));
		if (index !== -1) sandbox.addFault(armed.splice(index, 1)[0].fault);
		return logged;
	};
	return {
		sandbox,
		run: async (parameters, items, continueOnFail, settings) =>
			await runNode({ credentials, parameters, items, continueOnFail, settings }),
		requestsTo: (path) => sandbox.requests().filter((entry) => entry.path === path),
		faultWhen: (when, fault) => armed.push({ when, fault }),
		clear: () => {
			armed.length = 0;
			sandbox.clearFaults();
			sandbox.clearRequests();
		},
		close: async () => {
			armed.length = 0;
			await sandbox.close();
		},
	};
}

/** The node's error message and description, or a marker when it did not fail. */
export function errorText(result: RunNodeResult): string {
	return result.error ? `${result.error.message} ${result.error.description ?? ''}` : 'no error';
}

export const NOT_RETRIED = 'was not retried automatically';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const itemsOf = (values: IDataObject[]): INodeExecutionData[] => values.map((json) => ({ json }));
