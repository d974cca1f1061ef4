/**
 * Node version 2 (one resource per platform, actions/versions.ts) next to version 1 (Resource + Platform): the same
 * requests for the same parameters, every action listed under its platform, readable subtitles.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { baseResource, VERSION_TWO_RESOURCES } from '../../../nodes/PandaPon/actions/versions';
import { PandaPon } from '../../../nodes/PandaPon/PandaPon.node';
import { useSandbox } from '../../helpers/sandboxNode';

const ctx = useSandbox();
const { description } = new PandaPon();
const properties = description.properties as INodeProperties[];

const shownAt = (property: INodeProperties, version: number) => {
	const versions = property.displayOptions?.show?.['@version'] as number[] | undefined;
	return !versions || versions.includes(version);
};

/**
 * The nodes panel's view (n8n's actions generator): each resource of a version with the actions of the first
 * operation picker shown for it; `allPickers` collects every picker instead (what the node can do at all).
 */
function actionsOf(version: number, allPickers = false): Map<string, string[]> {
	const picker = properties.find((property) => property.name === 'resource' && shownAt(property, version))!;
	const actions = new Map<string, string[]>();
	for (const resource of picker.options as INodePropertyOptions[]) {
		const operationPickers = properties.filter(
			(property) =>
				property.name === 'operation' &&
				shownAt(property, version) &&
				(property.displayOptions?.show?.resource as string[]).includes(String(resource.value)),
		);
		actions.set(resource.name, operationPickers.slice(0, allPickers ? undefined : 1).flatMap((picker) => (picker.options as INodePropertyOptions[]).map((option) => option.action!)));
	}
	return actions;
}

describe('node versions', () => {
	it('defaults to version 2 and still loads version 1', () => {
		expect(description.version).toEqual([1, 2]);
		expect(description.defaultVersion).toBe(2);
	});

	it('lists every 1688 action in the nodes panel of version 2, which version 1 hid behind the Taobao ones', () => {
		const v1 = actionsOf(1);
		const v2 = actionsOf(2);
		expect(v1.get('Product')).not.toContain('Get a 1688 product');
		expect(v2.get('1688 Product')).toEqual(expect.arrayContaining(['Get a 1688 product', 'Search 1688 products', 'Search a 1688 store']));
		expect(v2.get('Taobao Product')).toContain('Get a Taobao product');
		expect(v2.get('1688 After-Sales')).toContain('Get 1688 refund reasons');
		expect(v2.get('Taobao Cart')).toContain('Add an item to the Taobao cart');
		expect(v2.get('1688 Cart')).toContain('Add an item to the 1688 cart');
		expect(v2.get('Taobao Order')).toContain('Create a Taobao order');
		// Every operation of version 1 is in version 2 (the cart's once per platform now), and no platform picker to miss.
		const count = (map: Map<string, string[]>) => [...map.values()].reduce((sum, list) => sum + list.length, 0);
		expect(count(v2)).toBe(count(actionsOf(1, true)) + v2.get('1688 Cart')!.length);
		expect(count(v1)).toBeLessThan(count(v2));
		expect([...v2.keys()]).toEqual(expect.arrayContaining(['Logistics']));
		expect([...v2.keys()].some((name) => /Logistic$|After-Sale$/.test(name))).toBe(false);
		for (const list of v2.values()) for (const action of list) expect(action).not.toMatch(/\btaobao\b/);
	});

	it('sets the platform from the resource with a hidden parameter, no visible Platform picker', () => {
		const platformParameters = properties.filter((property) => property.name === 'platform');
		for (const entry of VERSION_TWO_RESOURCES.filter((candidate) => candidate.platform)) {
			const hidden = platformParameters.find((property) =>
				(property.displayOptions?.show?.resource as string[]).includes(entry.value),
			);
			expect(hidden).toMatchObject({ type: 'hidden', default: entry.platform });
		}
		expect(baseResource('alibabaProduct')).toBe('product');
		expect(baseResource('taobaoOrder')).toBe('taobaoOrder');
	});

	it('shows a readable subtitle such as "1688 Order: Create"', () => {
		const map = JSON.parse(/=\{\{ (\{.*\})\[/.exec(description.subtitle!)![1]) as Record<string, string>;
		expect(map['alibabaOrder.create']).toBe('1688 Order: Create');
		expect(map['alibabaProduct.get']).toBe('1688 Product: Get');
		expect(map['taobaoCart.createOrder']).toBe('Taobao Cart: Create Order');
		expect(map['product.get']).toBe('Product: Get');
	});

	it('sends the same request for "1688 Product: Get" (v2) as for Product + Platform 1688 (v1)', async () => {
		await ctx.run({ resource: 'product', platform: 'alibaba', operation: 'get', offerId: '743470146022' });
		const [v1] = ctx.requestsTo('/alibaba/product/detail/get');
		ctx.sandbox.clearRequests();
		const result = await ctx.runVersion(2, { resource: 'alibabaProduct', operation: 'get', offerId: '743470146022' });
		const [v2] = ctx.requestsTo('/alibaba/product/detail/get');
		expect(result.error).toBeUndefined();
		expect(v2).toMatchObject({ method: v1.method, body: v1.body, code: 200 });
	});

	it('reads the platform cart the resource names', async () => {
		await ctx.runVersion(2, { resource: 'alibabaCart', operation: 'getAll', returnAll: true });
		await ctx.runVersion(2, { resource: 'taobaoCart', operation: 'getAll', returnAll: true });
		expect(ctx.requestsTo('/v2/alibaba/cart/list')).toHaveLength(1);
		expect(ctx.requestsTo('/open/cart/list').length).toBeGreaterThan(0);
	});
});
