import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import {
	buildSignedHeaders,
	createNonce,
	needsQuerySignature,
	type TimestampUnit,
} from '../nodes/PandaPon/protocol/sign';

const DEFAULT_BASE_URL = 'https://api.pandapon.com';

/**
 * The request's target as n8n hands it over: `url` from httpRequest helpers, `uri` (string or URL) from the legacy
 * request helpers the HTTP Request node uses.
 */
function requestTarget(options: IHttpRequestOptions): string {
	const legacy = options as IHttpRequestOptions & { uri?: unknown };
	const target = options.url ?? legacy.uri;
	return target === undefined || target === null ? '' : String(target);
}

const isAbsoluteUrl = (target: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(target);

/** The path of an absolute or relative target, without query or fragment (for the query-signature rule). */
function requestPath(target: string): string {
	if (isAbsoluteUrl(target)) {
		try {
			return new URL(target).pathname;
		} catch {
			return target;
		}
	}
	return target.split(/[?#]/)[0];
}

/** Signed headers go only to the credential's own host: a request elsewhere would hand a live signature away. */
function assertSameHost(target: string, baseUrl: string): void {
	let targetHost: string | undefined;
	let baseHost: string | undefined;
	try {
		targetHost = new URL(target).host.toLowerCase();
		baseHost = new URL(baseUrl).host.toLowerCase();
	} catch {
		// An unparseable URL is left to n8n's own request validation; nothing is signed for a host we cannot name.
	}
	if (!targetHost || targetHost !== baseHost) {
		throw new Error(
			`The PandaPon API credential signs requests only for its Base URL (${baseHost ?? baseUrl}); the request goes to ${targetHost ?? 'an invalid URL'}. Use a URL on the Base URL's host, or a path such as /open/product/get.`,
		);
	}
}

/** Header names we own; removed case-insensitively before signing so a re-sign never leaves two copies. */
const SIGNED_HEADER_NAMES = ['access-key', 'timestamp', 'nonce-str', 'signature', 'user-id'];

export class PandaPonApi implements ICredentialType {
	name = 'pandaPonApi';

	displayName = 'PandaPon API';

	icon: Icon = {
		light: 'file:../nodes/PandaPon/pandapon.svg',
		dark: 'file:../nodes/PandaPon/pandapon.dark.svg',
	};

	documentationUrl = 'https://github.com/pandapon-community/n8n-nodes-pandapon#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Key',
			name: 'accessKey',
			type: 'string',
			default: '',
			required: true,
			description: 'PandaPon developer console → AccessKey management',
		},
		{
			displayName: 'Access Secret',
			name: 'accessSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Signs every request and verifies callbacks. Resetting it in the console invalidates the old one at once.',
		},
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 2100007340000',
			description: 'PandaPon user ID sent as the user-id header (sub-account permission control)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.pandapon.com',
			description:
				'PandaPon has no public sandbox: this URL places real orders. Point it at the local PandaPon sandbox (for example http://127.0.0.1:8787) to build workflows safely.',
		},
		{
			displayName: 'Timestamp Unit',
			name: 'timestampUnit',
			type: 'options',
			default: 'milliseconds',
			options: [
				{
					name: 'Milliseconds',
					value: 'milliseconds',
					description: "As in the docs' sample header (13 digits)",
				},
				{
					name: 'Seconds',
					value: 'seconds',
					description: 'As sent by the one public client (10 digits)',
				},
			],
			description:
				'Unit of the signed timestamp header. PandaPon documents only "UTC timestamp"; switch to Seconds if requests fail with a timestamp or signature error.',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const signed = buildSignedHeaders(
			{
				accessKey: String(credentials.accessKey ?? ''),
				accessSecret: String(credentials.accessSecret ?? ''),
				userId: String(credentials.userId ?? ''),
				timestampUnit: (credentials.timestampUnit as TimestampUnit) ?? 'milliseconds',
			},
			Date.now(),
			createNonce(),
		);
		const headers: IDataObject = {};
		for (const [name, value] of Object.entries(requestOptions.headers ?? {})) {
			if (!SIGNED_HEADER_NAMES.includes(name.toLowerCase())) headers[name] = value;
		}
		const options: IHttpRequestOptions = { ...requestOptions, headers: { ...headers, ...signed } };
		const baseUrl = String(credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
		const target = requestTarget(requestOptions);
		if (isAbsoluteUrl(target)) {
			assertSameHost(target, baseUrl);
		} else if (!options.baseURL) {
			options.baseURL = baseUrl;
		} else {
			assertSameHost(String(options.baseURL), baseUrl);
		}
		if (needsQuerySignature(requestPath(target))) {
			const qs: IDataObject = { ...(options.qs ?? {}) };
			qs.timestamp = signed.timestamp;
			qs.sign = signed.signature;
			options.qs = qs;
		}
		return options;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl }}',
			url: '/v2/alibaba/cart/list',
			method: 'GET',
		},
		// PandaPon answers HTTP 200 with an error code in the body. n8n's body rule can only match a value, so it
		// matches the one thing every error envelope has and a successful cart list never has: `data: null`.
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'data',
					value: null,
					message:
						'PandaPon rejected the request (error code in the response). Check the access key, access secret, user ID, timestamp unit and base URL.',
				},
			},
		],
	};
}
