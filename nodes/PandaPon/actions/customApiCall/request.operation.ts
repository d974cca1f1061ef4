import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonCall } from '../../transport';
import type { Endpoint } from '../../transport/endpoints';
import { toOutput, updateDisplayOptions } from '../../helpers/utils';
import { jsonValue, listInput, parseInput } from '../../helpers/validation';

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		default: 'GET',
		options: [
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
		],
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: '/open/product/get',
		description: 'Path below the base URL of the credential, starting with a slash',
	},
	{
		displayName: 'Query Parameters (JSON)',
		name: 'query',
		type: 'json',
		default: '{}',
		description: 'Object of query parameters, for example {"itemId": "672991141190"}',
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { method: ['POST'] } },
		description: 'JSON body, sent as typed: numbers keep every digit, including 19-digit IDs',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Full Response',
				name: 'fullResponse',
				type: 'boolean',
				default: false,
				description:
					'Whether to return the whole envelope (requestId, code, msg, data) instead of only data',
			},
			{
				displayName: 'Read-Only Call',
				name: 'readOnly',
				type: 'boolean',
				default: false,
				description:
					'Whether this call only reads data. Read-only calls are retried on network errors, HTTP 429 and 5xx. Leave off for anything that can create, pay, cancel or submit: it is then sent exactly once.',
			},
			{
				displayName: 'Success Codes',
				name: 'successCodes',
				type: 'string',
				default: '200',
				description:
					'Envelope codes that mean success, separated by commas (address endpoints answer 0)',
			},
		],
	},
];

const displayOptions = { show: { resource: ['customApiCall'], operation: ['request'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const jsonObject = z.record(z.unknown(), { invalid_type_error: 'expected a JSON object' });

const schema = z.object({
	method: z.enum(['GET', 'POST']),
	path: z
		.string()
		.trim()
		.regex(
			/^\/[A-Za-z0-9/_\-.]*$/,
			'expected a path starting with "/" (for example /open/product/get), not a full URL',
		),
	query: jsonValue(jsonObject.optional()),
	// The body is sent as typed: a 19-digit number stays that JSON number, digit for digit.
	body: jsonValue(z.union([jsonObject, z.array(z.unknown())]).optional(), 'bigint'),
	options: z.object({
		fullResponse: z.boolean().optional(),
		readOnly: z.boolean().optional(),
		successCodes: z
			.preprocess(
				listInput,
				z.array(
					z.preprocess(
						(code) => (typeof code === 'string' && /^-?\d{1,9}$/.test(code) ? Number(code) : code),
						z
							.number({ invalid_type_error: 'expected numbers such as 200 or 0, 200' })
							.int('expected numbers such as 200 or 0, 200')
							.safe(),
					),
				),
			)
			.optional(),
	}),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const method = this.getNodeParameter('method', itemIndex) as string;
	return parseInput.call(
		this,
		schema,
		{
			method,
			path: this.getNodeParameter('path', itemIndex),
			query: this.getNodeParameter('query', itemIndex, '{}'),
			body: method === 'POST' ? this.getNodeParameter('body', itemIndex, '{}') : undefined,
			options: this.getNodeParameter('options', itemIndex, {}),
		},
		itemIndex,
	);
}

export async function send(
	this: IExecuteFunctions,
	input: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const endpoint: Endpoint = {
		method: input.method,
		path: input.path,
		source: 'custom',
		retry: input.options.readOnly ? 'read' : 'never',
		successCodes: input.options.successCodes?.length ? input.options.successCodes : [200],
	};
	const envelope = await pandaPonCall.call(this, endpoint, {
		qs: input.query as IDataObject | undefined,
		body: input.body as IDataObject | undefined,
		itemIndex,
	});
	return toOutput.call(
		this,
		input.options.fullResponse ? envelope : (envelope.data ?? {}),
		itemIndex,
		'data',
	);
}
