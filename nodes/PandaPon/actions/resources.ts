import type { INodeProperties } from 'n8n-workflow';

import * as address from './address/Address.resource';
import * as afterSales from './afterSales/AfterSales.resource';
import * as alibabaOrder from './alibabaOrder/AlibabaOrder.resource';
import * as cart from './cart/Cart.resource';
import * as customApiCall from './customApiCall/CustomApiCall.resource';
import * as logistics from './logistics/Logistics.resource';
import * as product from './product/Product.resource';
import * as taobaoOrder from './taobaoOrder/TaobaoOrder.resource';
import type { PandaPonResource } from './node.type';
import type { OperationModule } from './operation.types';
import { bothVersions } from './versions';

/** The one resource map: resource value → operation value → operation (router, structure test, README table). */
export const resources = {
	address: address.operations,
	afterSales: afterSales.operations,
	alibabaOrder: alibabaOrder.operations,
	cart: cart.operations,
	customApiCall: customApiCall.operations,
	logistics: logistics.operations,
	product: product.operations,
	taobaoOrder: taobaoOrder.operations,
};

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

export function isResource(value: string): value is PandaPonResource {
	return own(resources, value);
}

/** The operation of a resource value and an operation value, or undefined when the map has no such pair. */
export function getOperation(resource: string, operation: string): OperationModule | undefined {
	if (!isResource(resource)) return undefined;
	const operations: Partial<Record<string, OperationModule>> = resources[resource];
	return own(operations, operation) ? operations[operation] : undefined;
}

/** Version 1: the resource picker followed by every resource's operation picker and operation parameters. */
export const versionOneProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		default: 'taobaoOrder',
		options: [
			{ name: '1688 Order', value: 'alibabaOrder' },
			{ name: 'Address', value: 'address' },
			{ name: 'After-Sale', value: 'afterSales' },
			{ name: 'Cart', value: 'cart' },
			{ name: 'Custom API Call', value: 'customApiCall' },
			{ name: 'Logistic', value: 'logistics' },
			{ name: 'Product', value: 'product' },
			{ name: 'Taobao Order', value: 'taobaoOrder' },
		],
	},
	...alibabaOrder.description,
	...address.description,
	...afterSales.description,
	...cart.description,
	...customApiCall.description,
	...logistics.description,
	...product.description,
	...taobaoOrder.description,
];

/** Both node versions (see versions.ts): version 2 has one resource per platform where PandaPon's menu has them. */
export const nodeProperties: INodeProperties[] = bothVersions(versionOneProperties);
