/**
 * Property-based guard over the whole node surface (issue 14): every user field of every operation gets hostile
 * values (wrong types, huge strings, unicode, NaN, ±Infinity, unsafe integers, expressions resolving to objects or
 * null) in n8n's real engine, against a scripted server that counts requests. For every value:
 *   - nothing crashes: no TypeError / RangeError / "[object Object]" anywhere, only NodeOperationError or NodeApiError;
 *   - an error raised before any request names the item and a field of the operation;
 *   - a value that gets through is sent as valid JSON, never as NaN, Infinity, "undefined" or "[object Object]";
 *   - a value of a plainly wrong type for a text or number field (an object, NaN, ±Infinity, an unsafe integer,
 *     a boolean) is refused before any request, naming that field and the item.
 */
import fc from 'fast-check';
import type { INodeProperties } from 'n8n-workflow';

import { PandaPon } from '../../../../nodes/PandaPon/PandaPon.node';
import { runNode, type SandboxCredentials } from '../../../helpers/n8nEngine';
import { startScriptedServer, type ScriptedServer } from '../../../helpers/scriptedServer';

jest.setTimeout(10 * 60_000);

let server: ScriptedServer;
let credentials: SandboxCredentials;
beforeAll(async () => {
	server = await startScriptedServer();
	credentials = { accessKey: 'key', accessSecret: 'property-test-secret', userId: '2100007340000', baseUrl: server.url };
});
afterAll(async () => await server.close());

const properties = new PandaPon().description.properties;

interface Target {
	label: string;
	base: Record<string, unknown>;
	field: INodeProperties;
	/** Parameter names (and editor labels) of the operation, any of which an error may name. */
	fieldNames: string[];
}

/** The show conditions of a property, as parameter values (first allowed value of each). */
function shownWith(property: INodeProperties): Record<string, unknown> | undefined {
	const show = property.displayOptions?.show ?? {};
	const values: Record<string, unknown> = {};
	for (const [key, allowed] of Object.entries(show)) {
		if (!Array.isArray(allowed) || allowed.length === 0) return undefined;
		values[key] = allowed[0];
	}
	return values;
}

const SKIPPED_TYPES = new Set(['notice', 'hidden', 'button', 'callout']);

function targets(): Target[] {
	const list: Target[] = [];
	for (const field of properties) {
		if (SKIPPED_TYPES.has(field.type) || field.name === 'resource' || field.name === 'operation') continue;
		const base = shownWith(field);
		if (!base || typeof base.resource !== 'string' || typeof base.operation !== 'string') continue;
		const siblings = properties.filter((other) => {
			const show = other.displayOptions?.show ?? {};
			return (show.resource as unknown[] | undefined)?.includes(base.resource) && (show.operation as unknown[] | undefined)?.includes(base.operation);
		});
		const fieldNames = siblings.flatMap((other) => [other.name, other.displayName]);
		// n8n refuses to start a node whose required parameters are empty: give the others a plausible value.
		const required: Record<string, unknown> = {};
		for (const other of siblings) {
			if (!other.required || other.name === field.name || other.name in base) continue;
			const shown = shownWith(other);
			if (!shown || Object.entries(shown).some(([key, allowed]) => key in base && base[key] !== allowed)) continue;
			if (other.type === 'resourceLocator') required[other.name] = { __rl: true, mode: 'id', value: '1031992847890383164' };
			else if (other.type === 'string') required[other.name] = '1031992847890383164';
			else if (other.type === 'number') required[other.name] = 1;
		}
		list.push({ label: `${base.resource}.${base.operation} ${field.name} (${field.type})`, base: { ...required, ...base }, field, fieldNames });
	}
	return list;
}

const TARGETS = targets();

/** Hostile values: literal parameter values, or n8n expressions resolved by the engine. */
const hostile = fc.oneof(
	fc.constantFrom(
		'={{ {"a": 1} }}',
		'={{ null }}',
		'={{ NaN }}',
		'={{ Infinity }}',
		'={{ -Infinity }}',
		'={{ 9007199254740993 }}',
		'={{ 1e300 }}',
		'={{ -1 }}',
		'={{ true }}',
		'={{ [] }}',
		'={{ [null, {}] }}',
		'={{ "" }}',
		'={{ undefined }}',
	),
	fc.string({ minLength: 0, maxLength: 40, unit: 'grapheme' }),
	fc.string({ minLength: 0, maxLength: 20, unit: 'binary' }),
	fc.constant('x'.repeat(200_000)),
	fc.constant('{"orderId": 2540608320348880794, "n": 1e999}'),
	fc.constant('[1, 2'),
	fc.double(),
	fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
	fc.boolean(),
	fc.object({ maxDepth: 1 }),
);

/** Values that are plainly wrong for a text or number field. */
const PLAINLY_WRONG = new Set(['={{ {"a": 1} }}', '={{ NaN }}', '={{ Infinity }}', '={{ -Infinity }}', '={{ 9007199254740993 }}', '={{ true }}']);
const SCALAR_TYPES = new Set(['string', 'number', 'resourceLocator']);

const CRASH = /TypeError|RangeError|ReferenceError|Cannot read propert|is not a function|is not iterable|Cannot convert|\[object Object\]|Maximum call stack/;

function bodyProblems(text: string): string[] {
	const problems: string[] = [];
	if (/\[object Object\]|\bNaN\b|\bInfinity\b|\bundefined\b/.test(text)) problems.push(`sent ${text.slice(0, 200)}`);
	return problems;
}

it('has a field to attack in every operation', () => {
	const operations = new Set(TARGETS.map((target) => `${target.base.resource}.${target.base.operation}`));
	expect(operations.size).toBeGreaterThan(50);
});

it('every user field of every operation refuses hostile values clearly, sends nothing bad, and never crashes', async () => {
	server.script([{ body: { requestId: 'r'.repeat(32), code: 200, msg: 'ok', data: {} } }]);
	await fc.assert(
		fc.asyncProperty(fc.constantFrom(...TARGETS), hostile, async (target, value) => {
			server.script([{ body: { requestId: 'r'.repeat(32), code: 200, msg: 'ok', data: {} } }]);
			const parameters = { ...target.base, [target.field.name]: value } as Record<string, never>;
			let result;
			try {
				result = await runNode({ credentials, parameters, items: [{ json: {} }] });
			} catch (thrown) {
				// n8n's own check of required parameters (an empty required field) stops the run before the node.
				expect([target.label, (thrown as Error).name, server.seen.length]).toEqual([target.label, 'WorkflowHasIssuesError', 0]);
				return;
			}
			const { error } = result;
			const sent = server.seen.length;
			const text = error ? `${error.message} ${error.description ?? ''}` : '';
			const where = `${target.label} = ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : String(value)}: ${text.slice(0, 300)}`;

			expect([where, CRASH.test(text) || CRASH.test(String((error as { stack?: string })?.stack ?? ''))]).toEqual([where, false]);
			if (error) expect([where, ['NodeOperationError', 'NodeApiError'].includes(String(error.name))]).toEqual([where, true]);
			for (const request of server.seen) expect([where, bodyProblems(`${request.url} ${request.body}`)]).toEqual([where, []]);
			expect([where, JSON.stringify(error ?? {}).includes('property-test-secret')]).toEqual([where, false]);

			if (error && sent === 0 && error.name === 'NodeOperationError') {
				expect([where, /\bitem 0\b/.test(text)]).toEqual([where, true]);
				expect([where, target.fieldNames.some((name) => text.includes(name))]).toEqual([where, true]);
			}
			if (typeof value === 'string' && PLAINLY_WRONG.has(value) && SCALAR_TYPES.has(target.field.type)) {
				expect([where, sent]).toEqual([where, 0]);
				expect([where, error?.name]).toEqual([where, 'NodeOperationError']);
				expect([where, /\bitem 0\b/.test(text)]).toEqual([where, true]);
			}
		}),
		{ numRuns: Number(process.env.PANDAPON_PROPERTY_RUNS ?? 300), seed: Number(process.env.PANDAPON_PROPERTY_SEED ?? 14), endOnFailure: true },
	);
});
