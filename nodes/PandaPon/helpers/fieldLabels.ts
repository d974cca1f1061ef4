/**
 * Editor labels for validation errors: a zod path such as `addressParam.fullName` becomes "Address → Full Name", the
 * words the user sees in the form. The node's properties are handed over once by the router; this module imports no
 * description itself, so the operations that validate do not depend on the node's full description.
 */
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

let properties: INodeProperties[] = [];

/** The node's properties, given once at load: labels are looked up in these. */
export function useFieldLabelsOf(nodeProperties: INodeProperties[]): void {
	properties = nodeProperties;
}

/** The fields inside a collection or fixed collection (a fixed collection's groups flattened, as the inputs are). */
function childrenOf(property: INodeProperties): INodeProperties[] {
	if (property.type === 'collection') return (property.options ?? []) as INodeProperties[];
	if (property.type === 'fixedCollection') {
		return ((property.options ?? []) as INodePropertyCollection[]).flatMap(
			(group) => group.values ?? [],
		);
	}
	return [];
}

/** Several properties may share a name across operations: the one shown for this operation, else the first. */
function pick<T extends { property: INodeProperties }>(
	candidates: T[],
	operation: string | undefined,
): T {
	const shown = candidates.find(({ property }) =>
		(property.displayOptions?.show?.operation as unknown[] | undefined)?.includes(operation),
	);
	return shown ?? candidates[0];
}

/**
 * "Address → Full Name" for the input path `['addressParam', 'fullName']`; undefined when the first name is no field
 * of the node. A top-level name may also be an option of a collection such as "Additional Fields", whose options the
 * operations spread into their input. List positions are left out: the path beside the label still shows them.
 */
export function editorLabel(
	path: ReadonlyArray<string | number>,
	operation?: string,
): string | undefined {
	const names = path.filter((part): part is string => typeof part === 'string');
	if (names.length === 0) return undefined;
	const topLevel = properties
		.filter((property) => property.name === names[0])
		.map((property) => ({ property, labels: [property.displayName] }));
	const nested = properties.flatMap((parent) =>
		childrenOf(parent)
			.filter((child) => child.name === names[0])
			.map((child) => ({ property: child, labels: [parent.displayName, child.displayName] })),
	);
	const candidates = topLevel.length > 0 ? topLevel : nested;
	if (candidates.length === 0) return undefined;
	const chosen = pick(candidates, operation);
	const labels = [...chosen.labels];
	let current = chosen.property;
	for (const name of names.slice(1)) {
		const child = childrenOf(current).find((candidate) => candidate.name === name);
		if (child === undefined) break;
		labels.push(child.displayName);
		current = child;
	}
	return labels.join(' → ');
}
