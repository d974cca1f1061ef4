import type { INodeProperties } from 'n8n-workflow';

import { platformProperty } from '../common.descriptions';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getRelated from './getRelated.operation';
import * as imageSearch from './imageSearch.operation';
import * as search from './search.operation';
import * as searchStore from './searchStore.operation';
import { defineOperation } from '../operation.types';

/** This resource's operations by value: each one's `parse` and `send` checked as a pair. */
export const operations = {
	get: defineOperation(get),
	getMany: defineOperation(getMany),
	getRelated: defineOperation(getRelated),
	imageSearch: defineOperation(imageSearch),
	search: defineOperation(search),
	searchStore: defineOperation(searchStore),
};

export const description: INodeProperties[] = [
	{ ...platformProperty, displayOptions: { show: { resource: ['product'] } } },
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'], platform: ['taobao'] } },
		default: 'get',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a taobao product',
				description: 'Get the details, price and SKUs of one Taobao item by ID or link',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many taobao products',
				description:
					'Check in batches whether the Taobao items of all input items can be sourced through PandaPon; one output item per input item',
			},
			{
				name: 'Image Search',
				value: 'imageSearch',
				action: 'Search taobao products by image',
				description: 'Find Taobao items that look like an image (file or URL)',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search taobao products',
				description: 'Search Taobao items by keyword',
			},
		],
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'], platform: ['alibaba'] } },
		default: 'get',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a 1688 product',
				description: 'Get the details, SKUs and seller of one 1688 offer by ID or link',
			},
			{
				name: 'Get Related',
				value: 'getRelated',
				action: 'Get related 1688 products',
				description: 'List 1688 offers related to a given offer',
			},
			{
				name: 'Image Search',
				value: 'imageSearch',
				action: 'Search 1688 products by image',
				description: 'Find 1688 offers that look like an image (file or URL)',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search 1688 products',
				description: 'Search 1688 offers by keyword, with price range, category and sort',
			},
			{
				name: 'Search Store',
				value: 'searchStore',
				action: 'Search a 1688 store',
				description: "Search the offers of one 1688 seller's store",
			},
		],
	},
	...get.description,
	...getMany.description,
	...getRelated.description,
	...imageSearch.description,
	...search.description,
	...searchStore.description,
];
