import type { INodeProperties } from 'n8n-workflow';

import { ANY_EVENT, eventOptions } from './events';

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'Copy the <b>Production URL</b> above into the PandaPon console → Message Service, press Verify, then save. PandaPon only pushes to HTTPS: put n8n behind a TLS reverse proxy and set N8N_WEBHOOK_URL (WEBHOOK_URL before n8n 2.30) to the public https address. Test URLs change and only live 120 s, so real pushes reach the published workflow only.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: eventOptions,
		default: [ANY_EVENT],
		description:
			'Message types that start the workflow. Others are acknowledged (HTTP 200) and dropped. Empty means any.',
	},
	{
		displayName: 'Platforms',
		name: 'platforms',
		type: 'multiOptions',
		options: [
			{ name: '1688', value: '1688' },
			{ name: 'Taobao', value: 'taobao' },
		],
		default: [],
		description:
			'Platforms whose messages start the workflow. Others are acknowledged (HTTP 200) and dropped. Empty means both.',
	},
	{
		displayName: 'Drop Redeliveries',
		name: 'dropRedeliveries',
		type: 'boolean',
		default: true,
		description:
			'Whether to ignore a copy of a message already received in the last 3 hours (same event ID; the last 500 are remembered). PandaPon pushes a message again every 30 minutes (up to 5 times) when it did not get HTTP 200 within 1 second. The IDs live in this workflow\'s static data, which n8n keeps only for the published workflow (not for test runs) and per workflow. In queue mode, several webhook processes may each read an older copy at the same moment, so duplicates are reduced, not impossible: keep downstream steps idempotent on the eventId field.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Additional Event Types',
				name: 'additionalEvents',
				type: 'string',
				default: '',
				placeholder: 'e.g. TAOBAO_ORDER_STATUS_CHANGE',
				description:
					'Comma-separated message types to accept besides the selected events, for types PandaPon has not published',
			},
			{
				displayName: 'Verify Signature',
				name: 'verifySignature',
				type: 'boolean',
				default: true,
				description:
					'Whether to reject (HTTP 401) messages whose Authorization header is not the HMAC-SHA256 of the body under the credential\'s Access Secret. Turning this off is dangerous: anyone who learns the URL can then start this workflow with forged orders, payments or refunds. Only switch it off briefly to debug a signature mismatch.',
			},
		],
	},
];
