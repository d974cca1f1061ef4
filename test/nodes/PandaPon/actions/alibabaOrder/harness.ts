/**
 * One sandbox per test file, the node run in n8n's engine against it, and small readers of the sandbox's request
 * log. Shared by the 1688 order and logistics tests.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startSandbox, type RequestLogEntry, type SandboxHandle } from '../../../../../sandbox/server';
import { runNode, type RunNodeResult, type SandboxCredentials } from '../../../../helpers/n8nEngine';

export interface TestSandbox {
	handle: SandboxHandle;
	credentials: SandboxCredentials;
	run(parameters: INodeParameters, options?: { items?: INodeExecutionData[]; continueOnFail?: boolean }): Promise<RunNodeResult>;
	/** Requests the sandbox received on `path` (all paths when omitted), oldest first. */
	requests(path?: string): RequestLogEntry[];
	close(): Promise<void>;
}

export async function openSandbox(): Promise<TestSandbox> {
	const handle = await startSandbox();
	const credentials: SandboxCredentials = { ...handle.credentials, baseUrl: handle.url };
	return {
		handle,
		credentials,
		run: (parameters, options = {}) => runNode({ credentials, parameters, ...options }),
		requests: (path) => handle.requests().filter((entry) => path === undefined || entry.path === path),
		close: () => handle.close(),
	};
}

/** The seed 003 address, as the node's 1688 address fields. */
export const ADDRESS = {
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

/** Seed 003's offer (seller 1) and the second documented offer (seller 2, minimum order 2). */
export const OFFER_1 = {
	offerId: '743470146022',
	offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg',
	specId: 'e61a85a671bb3d0301d0412b51641c6b',
	sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
};

export function offer2(sandbox: TestSandbox) {
	const offer = sandbox.handle.sandbox.store.offerById.get('706627393257')!;
	return { offerId: offer.offerId, offerMapId: offer.offerMapId, specId: offer.specs[0].specId, sellerOpenId: offer.sellerOpenId };
}

export const SIMPLE_ORDER_KEYS = [
	'createTime',
	'errorCode',
	'errorMsg',
	'orderId',
	'products',
	'sellerLoginId',
	'sellerOpenId',
	'shippingFee',
	'status',
	'success',
	'sumProductPayment',
	'totalAmount',
];

export const ORDER_ID = /^\d{19}$/;
