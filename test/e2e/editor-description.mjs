// What the editor should show for the PandaPon node, derived from the built node description (dist/), not from a
// hand-kept list: every resource × operation, its action name, and the required parameters visible on a fresh node.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/e2e/constants.mjs';

const require = createRequire(join(REPO_ROOT, 'package.json'));
const { NodeHelpers } = require('n8n-workflow');

export function loadNodeDescription(file = 'dist/nodes/PandaPon/PandaPon.node.js', className = 'PandaPon') {
	const module = require(join(REPO_ROOT, file));
	return new module[className]().description;
}

export const defaultVersion = (description) =>
	description.defaultVersion ?? (Array.isArray(description.version) ? Math.max(...description.version) : description.version);

const versionMatches = (property, version) => {
	const versions = property.displayOptions?.show?.['@version'];
	return !versions || versions.some((entry) => (typeof entry === 'number' ? entry === version : true));
};

/** Every {resource, resourceName, operation, operationName, action} of one node version. */
export function operationsOf(description, version = defaultVersion(description)) {
	const resourceProperty = description.properties.find(
		(property) => property.name === 'resource' && versionMatches(property, version),
	);
	const pairs = [];
	for (const resource of resourceProperty.options) {
		const operationProperties = description.properties.filter(
			(property) =>
				property.name === 'operation' &&
				versionMatches(property, version) &&
				property.displayOptions?.show?.resource?.includes(resource.value),
		);
		for (const operationProperty of operationProperties) {
			for (const operation of operationProperty.options) {
				pairs.push({
					resource: resource.value,
					resourceName: resource.name,
					operation: operation.value,
					operationName: operation.name,
					action: operation.action ?? `${resource.name} ${operation.name}`,
					// Some operations sit behind a further switch (v1: Platform); keep the values that show them.
					extra: Object.fromEntries(
						Object.entries(operationProperty.displayOptions.show)
							.filter(([name]) => name !== 'resource' && name !== '@version')
							.map(([name, values]) => [name, values[0]]),
					),
				});
			}
		}
	}
	return pairs;
}

/** The parameters of a fresh node with these values, and which of them are required and shown. */
export function requiredVisibleParameters(description, values, version = defaultVersion(description)) {
	const node = { name: 'x', type: description.name, typeVersion: version, parameters: values, position: [0, 0] };
	const parameters = NodeHelpers.getNodeParameters(description.properties, values, true, false, node, description);
	node.parameters = parameters;
	return description.properties.filter(
		(property) =>
			property.required &&
			property.type !== 'hidden' &&
			NodeHelpers.displayParameter(parameters, property, node, description),
	);
}
