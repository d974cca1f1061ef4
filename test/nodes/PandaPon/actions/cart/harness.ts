/**
 * For the cart and Taobao order tests: one sandbox per test file on a free port, the node run in n8n's engine
 * against it over real HTTP, readers of the sandbox's request log, and the documented example addresses.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startSandbox, type RequestLogEntry, type SandboxHandle } from '../../../../../sandbox/server';
import { runNode, type RunNodeResult } from '../../../../helpers/n8nEngine';

export interface Harness {
	sandbox: SandboxHandle;
	run(parameters: INodeParameters, items?: INodeExecutionData[], continueOnFail?: boolean): Promise<RunNodeResult>;
	/** PandaPon requests received on `path` (admin calls are never logged), oldest first. */
	requestsTo(path: string): RequestLogEntry[];
}

export async function startHarness(): Promise<Harness> {
	const sandbox = await startSandbox();
	const credentials = { ...sandbox.credentials, baseUrl: sandbox.url };
	return {
		sandbox,
		run: async (parameters, items, continueOnFail) => await runNode({ credentials, parameters, items, continueOnFail }),
		requestsTo: (path) => sandbox.requests().filter((entry) => entry.path === path),
	};
}

/** The node's error message and description, or a marker when it did not fail. */
export function errorText(result: RunNodeResult): string {
	return result.error ? `${result.error.message} ${result.error.description ?? ''}` : 'no error';
}

/** seed 000's OrderAddress / seed 002's receiver, with a mobile number. */
export const TAOBAO_ADDRESS = {
	zip: '11111',
	country: '中国',
	address: '测试地址',
	mobile_phone: '15068763421',
	city: '杭州市',
	district: '余杭区',
	name: 'a测试aa',
	state: '浙江省',
};

/** seed 003's addressParam (1688 FastAdress). */
export const ALIBABA_ADDRESS = {
	fullName: 'zhang',
	mobile: '18600888861',
	phone: '18600888861',
	postCode: '100000',
	cityText: '杭州市',
	provinceText: '浙江省',
	areaText: '西湖区',
	townText: '转塘',
	address: 'xxxxxxx',
};

export const ORDER_ID = /^\d{19}$/;
