// Small helpers to write n8n workflow exports in code: stable ids, nodes in a row, linear connections.
import { createHash } from 'node:crypto';
import { CREDENTIAL_REF, CREDENTIAL_TYPE } from './constants.mjs';

/** A UUID derived from a seed, so regenerated examples do not change on every run. */
export function stableUuid(seed) {
	const hex = createHash('sha1').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const pandaPonCredentials = { [CREDENTIAL_TYPE]: { ...CREDENTIAL_REF } };

/**
 * @param {string} workflowId
 * @param {object[]} [notes] sticky notes (placed where they say, not connected)
 * @param {{ name: string, type: string, typeVersion: number, parameters?: object, [key: string]: unknown }[]} nodes
 *        in the order they run; each is placed one step to the right of the previous one
 */
export function linearWorkflow({ id, name, nodes, notes = [], extraConnections = {}, settings = {}, tags }) {
	const placed = nodes.map((node, index) => ({
		parameters: {},
		...node,
		id: stableUuid(`${id}/${node.name}`),
		position: node.position ?? [index * 220, 0],
	}));
	const connections = {};
	for (let index = 0; index < placed.length - 1; index++) {
		if (placed[index].connectNext === false) continue;
		connections[placed[index].name] = { main: [[{ node: placed[index + 1].name, type: 'main', index: 0 }]] };
	}
	for (const node of placed) delete node.connectNext;
	return {
		id,
		name,
		active: false,
		// Sticky notes are not part of the chain; they explain it.
		nodes: [...placed, ...notes.map((note) => ({ ...note, id: stableUuid(`${id}/${note.name}`) }))],
		connections: { ...connections, ...extraConnections },
		settings: { executionOrder: 'v1', ...settings },
		pinData: {},
		meta: { templateCredsSetupCompleted: true },
		...(tags ? { tags } : {}),
	};
}

export const manualTrigger = (name = 'When clicking ‘Execute workflow’') => ({
	name,
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
});

/** A Code node that returns fixed rows, like a spreadsheet would. */
export function rowsNode(name, rows) {
	return {
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: {
			jsCode: `// Replace this node with your sheet (Google Sheets, Excel, CSV…): one item per row.\nreturn ${JSON.stringify(
				rows.map((row) => ({ json: row })),
				null,
				2,
			)};`,
		},
	};
}

/** An Edit Fields (Set) node that keeps only the listed fields, computed by expressions. */
export function setFieldsNode(name, fields) {
	return {
		name,
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			assignments: {
				assignments: Object.entries(fields).map(([field, [type, value]]) => ({
					id: stableUuid(`${name}/${field}`),
					name: field,
					value,
					type,
				})),
			},
			options: {},
		},
	};
}
