import type { INodeProperties } from 'n8n-workflow';

import { ANY_EVENT, eventOptions } from './events';
import { DEFAULT_MAX_PUSH_AGE_MINUTES } from './freshness';

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			"<b>Where to paste:</b> open <b>Webhook URLs</b> above, choose <b>Production URL</b> and copy it. In the PandaPon console, go to Message Service (消息服务), paste it, press Verify, then Save. Publish this workflow: PandaPon's messages start the published workflow only. PandaPon only pushes to HTTPS addresses: if the URL starts with http:// or shows localhost, whoever runs your n8n must give it a public https address first (the README explains how).",
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
		placeholder: 'Both platforms',
		description:
			'Platforms whose messages start the workflow. Leave empty for both. Messages of other platforms are acknowledged (HTTP 200) and dropped.',
	},
	{
		displayName: 'Drop Redeliveries',
		name: 'dropRedeliveries',
		type: 'boolean',
		default: true,
		description:
			"Whether to start nothing for a message PandaPon pushes again (same message: type, platform, push time and body). PandaPon pushes a message again every 30 minutes (up to 5 times) when it did not get HTTP 200 within 1 second. Within one n8n process every redelivery is dropped; the records also go into this workflow's static data, so they survive a restart and reach other webhook processes in queue mode once saved (the README states the exact guarantee). A genuine repeat (same body, new push time) still starts the workflow. Test URL runs are never dropped.",
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
				displayName: 'Max Push Age (Minutes)',
				name: 'maxPushAge',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: DEFAULT_MAX_PUSH_AGE_MINUTES,
				description:
					"Pushes whose signed timestamp is older than this are answered HTTP 200 with ignored: stale and start nothing, so a captured message cannot be replayed later. The default covers PandaPon's 5 retries 30 minutes apart with margin for clock drift. 0 switches the check off (then a push without a readable timestamp is accepted too; with the check on it gets HTTP 400).",
			},
			{
				displayName: 'Redelivery Match',
				name: 'redeliveryMatch',
				type: 'options',
				options: [
					{
						name: 'Same Message (Type, Platform, Push Time, Body)',
						value: 'message',
						description:
							'A redelivery is the stored message pushed again; a repeat with a new push time starts the workflow',
					},
					{
						name: 'Same Content (Ignore Push Time)',
						value: 'content',
						description:
							'For the case PandaPon re-stamps its retries: a genuine repeat within Max Push Age is then dropped too',
					},
				],
				default: 'message',
				description:
					'What makes two pushes the same event for Drop Redeliveries (and the eventId field)',
			},
			{
				displayName: 'Verify Signature',
				name: 'verifySignature',
				type: 'boolean',
				default: true,
				description:
					"Whether to reject (HTTP 401) messages whose Authorization header is not the HMAC-SHA256 of the body under the credential's Access Secret. Turning this off is dangerous: anyone who learns the URL can then start this workflow with forged orders, payments or refunds. Only switch it off briefly to debug a signature mismatch.",
			},
		],
	},
];
