import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { nodeProperties } from './actions/resources';
import { router } from './actions/router';
import { subtitleExpression } from './actions/versions';
import { listSearch } from './methods';

export class PandaPon implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PandaPon',
		name: 'pandaPon',
		icon: { light: 'file:pandapon.svg', dark: 'file:pandapon.dark.svg' },
		group: ['transform'],
		// 2: one resource per platform (actions/versions.ts); version 1 workflows load and run unchanged.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: subtitleExpression(nodeProperties),
		description:
			'Source from Taobao and 1688 through PandaPon: products, carts, purchase orders, logistics and after-sales. Every order is real money.',
		defaults: { name: 'PandaPon' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pandaPonApi', required: true }],
		properties: nodeProperties,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
