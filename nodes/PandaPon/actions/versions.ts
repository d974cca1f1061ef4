/**
 * Node version 2 lists every function of PandaPon's menu under its own name in the nodes panel: Product, Cart and
 * After-Sales become one resource per platform ("1688 Product", "Taobao Cart" …), the way the menu and the existing
 * "1688 Order"/"Taobao Order" resources already are. n8n's nodes panel only lists resource × operation, so a platform
 * switch inside a resource hid every 1688 action behind a Taobao one.
 *
 * Version 1 (Resource "Product" + Platform) stays loadable with the same parameter names and values. Version 2 is
 * derived from it: the per-platform resources show the same operation parameters, and a hidden `platform` parameter
 * set by the resource keeps every `show: { platform }` condition and every operation file unchanged.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

type Platform = 'taobao' | 'alibaba';

export const PLATFORM_NAMES: Record<Platform, string> = { taobao: 'Taobao', alibaba: '1688' };

/** A version 2 resource: its value, its name in the editor, and the version 1 resource + platform it stands for. */
type VersionTwoResource = { value: string; name: string; base: string; platform?: Platform };

/** Sorted by name (n8n's convention), which also groups them by platform. */
export const VERSION_TWO_RESOURCES: VersionTwoResource[] = [
	{ value: 'alibabaAfterSales', name: '1688 After-Sales', base: 'afterSales', platform: 'alibaba' },
	{ value: 'alibabaCart', name: '1688 Cart', base: 'cart', platform: 'alibaba' },
	{ value: 'alibabaOrder', name: '1688 Order', base: 'alibabaOrder' },
	{ value: 'alibabaProduct', name: '1688 Product', base: 'product', platform: 'alibaba' },
	{ value: 'address', name: 'Address', base: 'address' },
	{ value: 'customApiCall', name: 'Custom API Call', base: 'customApiCall' },
	{ value: 'logistics', name: 'Logistics', base: 'logistics' },
	{ value: 'taobaoAfterSales', name: 'Taobao After-Sales', base: 'afterSales', platform: 'taobao' },
	{ value: 'taobaoCart', name: 'Taobao Cart', base: 'cart', platform: 'taobao' },
	{ value: 'taobaoOrder', name: 'Taobao Order', base: 'taobaoOrder' },
	{ value: 'taobaoProduct', name: 'Taobao Product', base: 'product', platform: 'taobao' },
];

/** The resource the router and the operation files know (version 1's value) for any version's resource value. */
export function baseResource(resource: string): string {
	return VERSION_TWO_RESOURCES.find((entry) => entry.value === resource)?.base ?? resource;
}

/** Action names that say which platform they act on; the others only get "taobao" capitalised. */
const ACTIONS: Record<string, Record<string, string>> = {
	cart: {
		add: 'Add an item to the {platform} cart',
		createOrder: 'Create a {platform} order from cart items',
		delete: 'Delete items from the {platform} cart',
		getAll: 'Get many {platform} cart items',
		preview: 'Preview a {platform} order from cart items',
		updateQuantity: 'Update the quantity of a {platform} cart item',
	},
	taobaoOrder: {
		cancel: 'Cancel a Taobao order',
		create: 'Create a Taobao order',
		get: 'Get a Taobao order',
		getAll: 'Get many Taobao orders',
		getImLink: 'Get a Taobao chat link for an item or order',
		getLogistics: 'Get logistics of a Taobao order line',
		pay: 'Pay a Taobao order',
		updateWarehouse: 'Update the warehouse of a Taobao order',
		uploadVoucher: 'Upload a payment voucher for a Taobao order',
	},
};

function versionTwoAction(
	resource: VersionTwoResource,
	option: INodePropertyOptions,
): string | undefined {
	const template = ACTIONS[resource.base]?.[String(option.value)];
	if (template)
		return template.replace(
			'{platform}',
			resource.platform ? PLATFORM_NAMES[resource.platform] : '',
		);
	return option.action?.replace(/\btaobao\b/g, 'Taobao');
}

const withVersion = (property: INodeProperties, version: number): INodeProperties => ({
	...property,
	displayOptions: {
		...property.displayOptions,
		show: { ...property.displayOptions?.show, '@version': [version] },
	},
});

/** Version 2 resources that show a version 1 property (a `show: { platform }` condition keeps only that platform). */
function versionTwoResourcesShowing(property: INodeProperties): VersionTwoResource[] {
	const shownFor = (property.displayOptions?.show?.resource ?? []) as string[];
	const platforms = property.displayOptions?.show?.platform as string[] | undefined;
	return VERSION_TWO_RESOURCES.filter(
		(entry) =>
			entry.value !== entry.base &&
			shownFor.includes(entry.base) &&
			(!platforms || !entry.platform || platforms.includes(entry.platform)),
	);
}

const versionTwoResourcePicker: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	default: 'taobaoOrder',
	options: VERSION_TWO_RESOURCES.map(({ name, value }) => ({ name, value })),
};

const hiddenPlatform: INodeProperties = {
	displayName: 'Platform',
	name: 'platform',
	type: 'hidden',
	default: 'taobao',
};

/** A copy of display conditions without some keys. */
function without(show: Record<string, unknown> | undefined, keys: string[]) {
	return Object.fromEntries(Object.entries(show ?? {}).filter(([key]) => !keys.includes(key)));
}

/** Both versions' properties from version 1's list (which has no `@version` conditions of its own). */
export function bothVersions(versionOne: INodeProperties[]): INodeProperties[] {
	const result: INodeProperties[] = [];
	for (const property of versionOne) {
		if (property.name === 'resource') {
			result.push(withVersion(property, 1));
			result.push(withVersion(versionTwoResourcePicker, 2));
			// The platform a per-platform resource stands for, where version 1 had the Platform picker.
			for (const entry of VERSION_TWO_RESOURCES.filter((candidate) => candidate.platform)) {
				result.push({
					...hiddenPlatform,
					default: entry.platform,
					displayOptions: { show: { resource: [entry.value] } },
				});
			}
			continue;
		}
		const aliases = versionTwoResourcesShowing(property);
		if (property.name === 'operation') {
			const shownFor = (property.displayOptions?.show?.resource ?? []) as string[];
			const sharedByBothVersions = VERSION_TWO_RESOURCES.some(
				(entry) => entry.value === entry.base && shownFor.includes(entry.value),
			);
			const targets = sharedByBothVersions
				? VERSION_TWO_RESOURCES.filter(
						(entry) => entry.value === entry.base && shownFor.includes(entry.value),
					)
				: aliases;
			result.push(sharedByBothVersions ? withVersion(property, 1) : property);
			for (const target of targets) {
				const otherConditions = without(property.displayOptions?.show, ['platform', 'resource']);
				result.push({
					...property,
					displayOptions: {
						show: {
							...otherConditions,
							resource: [target.value],
							...(sharedByBothVersions ? { '@version': [2] } : {}),
						},
					} as INodeProperties['displayOptions'],
					options: (property.options as INodePropertyOptions[]).map((option) => ({
						...option,
						action: versionTwoAction(target, option),
					})),
				});
			}
			continue;
		}
		if (property.name === 'platform' || aliases.length === 0) {
			result.push(property);
			continue;
		}
		const show = property.displayOptions!.show!;
		result.push({
			...property,
			displayOptions: {
				...property.displayOptions,
				show: {
					...show,
					resource: [...(show.resource as string[]), ...aliases.map((entry) => entry.value)],
				},
			},
		});
	}
	return result;
}

/** "1688 Order: Create" on the canvas, for every resource × operation of both versions. */
export function subtitleExpression(properties: INodeProperties[]): string {
	const names: Record<string, string> = {};
	const resourceNames = new Map<string, string>();
	for (const picker of properties.filter((property) => property.name === 'resource')) {
		for (const option of picker.options as INodePropertyOptions[])
			resourceNames.set(String(option.value), option.name);
	}
	for (const picker of properties.filter((property) => property.name === 'operation')) {
		for (const resource of (picker.displayOptions?.show?.resource ?? []) as string[]) {
			for (const option of picker.options as INodePropertyOptions[]) {
				names[`${resource}.${String(option.value)}`] =
					`${resourceNames.get(resource) ?? resource}: ${option.name}`;
			}
		}
	}
	return `={{ ${JSON.stringify(names)}[$parameter["resource"] + "." + $parameter["operation"]] || $parameter["operation"] }}`;
}
