/**
 * The node's structure agrees with itself: every operation of the resource map (resources.ts) has `parse` and `send`
 * (or `sendAll`), appears in its resource's operation picker with action text, and (except the custom call) has at
 * least one catalogue endpoint; the pickers offer nothing the map lacks; every catalogue endpoint is used by some
 * operation.
 */
import type { INodeProperties } from 'n8n-workflow';

import { getOperation, nodeProperties, resources } from '../../../nodes/PandaPon/actions/resources';
import { endpointKeysOf, endpoints } from '../../../nodes/PandaPon/transport/endpoints';
import { PandaPon } from '../../../nodes/PandaPon/PandaPon.node';
import { PandaPonTrigger } from '../../../nodes/PandaPonTrigger/PandaPonTrigger.node';

/** The one resource map, as resource → operation values (node.type.ts names the same pairs as types). */
const operationMap: Record<string, string[]> = Object.fromEntries(
	Object.entries(resources).map(([resource, operations]) => [resource, Object.keys(operations)]),
);

function operationOptions(resource: string): Array<{ value: string; action?: string }> {
	return nodeProperties
		.filter((property: INodeProperties) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))
		.flatMap((property) => (property.options ?? []) as Array<{ value: string; action?: string }>);
}

describe('node structure', () => {
	it('lists the same resources in the picker and the router', () => {
		const picker = nodeProperties.find((property) => property.name === 'resource')!;
		const values = (picker.options as Array<{ value: string }>).map((option) => option.value).sort();
		expect(values).toEqual(Object.keys(resources).sort());
	});

	describe.each(Object.entries(operationMap))('%s', (resource, operations) => {
		it.each(operations)('has an operation file, a picker option with action text and endpoints for %s', (operation) => {
			const module = getOperation(resource, operation);
			expect(module).toBeDefined();
			expect(typeof module!.parse).toBe('function');
			expect(typeof ('sendAll' in module! ? module.sendAll : module!.send)).toBe('function');
			const option = operationOptions(resource).find((candidate) => candidate.value === operation);
			expect(option?.action).toBeTruthy();
			if (resource !== 'customApiCall') expect(endpointKeysOf(resource, operation).length).toBeGreaterThan(0);
		});

		it('offers exactly the operations of the map in its pickers', () => {
			const offered = new Set(operationOptions(resource).map((option) => option.value));
			expect([...offered].sort()).toEqual([...operations].sort());
		});
	});

	it('uses every catalogue endpoint', () => {
		for (const key of Object.keys(endpoints)) {
			const [resource, operation] = key.split('.');
			expect(operationMap[resource]).toContain(operation);
		}
	});

	it('describes a usable action node', () => {
		const { description } = new PandaPon();
		expect(description.name).toBe('pandaPon');
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'pandaPonApi', required: true }]);
		for (const property of description.properties) {
			if (property.name !== 'resource') expect(property.displayOptions?.show?.resource).toBeDefined();
		}
	});
});

/**
 * What n8n's editor needs and only a browser would otherwise show (conventions §5.3): displayOptions values are
 * arrays ("e.some is not a function" otherwise), options lists are non-empty and their default is one of them.
 */
describe('editor-safe descriptions', () => {
	type Property = INodeProperties & { values?: INodeProperties[] };
	const nodes = [new PandaPon().description, new PandaPonTrigger().description];

	function* walk(properties: Property[], path: string): Generator<[string, Property]> {
		for (const property of properties) {
			const here = `${path}.${property.name}`;
			yield [here, property];
			for (const option of (property.options ?? []) as Property[]) {
				if (option && typeof option === 'object' && 'type' in option) yield* walk([option], here);
				if (option && typeof option === 'object' && Array.isArray(option.values)) yield* walk(option.values, here);
			}
		}
	}

	it.each(nodes.map((description) => [description.name, description]))('%s', (_name, description) => {
		let checked = 0;
		for (const [path, property] of walk(description.properties as Property[], description.name)) {
			checked++;
			for (const kind of ['show', 'hide'] as const) {
				for (const [key, value] of Object.entries(property.displayOptions?.[kind] ?? {})) {
					expect([`${path} displayOptions.${kind}.${key}`, Array.isArray(value)]).toEqual([`${path} displayOptions.${kind}.${key}`, true]);
				}
			}
			if (property.type === 'options' || property.type === 'multiOptions') {
				const values = ((property.options ?? []) as Array<{ value: unknown }>).map((option) => option.value);
				const methodDriven = Boolean(property.typeOptions?.loadOptionsMethod);
				if (!methodDriven) expect([path, values.length > 0]).toEqual([path, true]);
				const defaults = Array.isArray(property.default) ? property.default : [property.default];
				const isExpression = typeof property.default === 'string' && property.default.startsWith('=');
				if (!methodDriven && !isExpression) {
					for (const value of defaults) expect([path, values]).toEqual([path, expect.arrayContaining([value])]);
				}
			}
		}
		expect(checked).toBeGreaterThan(5);
	});
});
