// End-to-end: our packed package inside a real, pinned n8n (2.40.7 on Node 24), against the local sandbox.
// Run with `node scripts/e2e/run.mjs` (builds and installs the n8n host first).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACTION_NODE_TYPE, PACKAGE_JSON, TRIGGER_NODE_TYPE, WATCH_NODE_TYPE } from '../../scripts/e2e/constants.mjs';
import { outdatedExamples } from '../../scripts/e2e/write-examples.mjs';
import { ctx, execute, setUp, tearDown } from './harness.mjs';
import { BAD_INPUT } from './fixtures.mjs';
import { exampleChecks } from './example-checks.mjs';
import { describeTrigger } from './trigger.mjs';

const MINUTES = 60000;

before(setUp, { timeout: 15 * MINUTES });
after(tearDown, { timeout: 2 * MINUTES });

describe('package', () => {
	test('npm pack ships every node and credential file package.json names', () => {
		const files = new Set(ctx.instance.packageFiles);
		const declared = [...PACKAGE_JSON.n8n.nodes, ...PACKAGE_JSON.n8n.credentials];
		for (const file of declared) assert.ok(files.has(file), `${file} is missing from the tarball`);
		const icons = [...files].filter((file) => file.endsWith('.svg'));
		assert.ok(icons.length > 0, 'no icons in the tarball (gulp build:assets)');
	});

	test('n8n registers every node under the community package prefix', () => {
		assert.deepEqual([...ctx.instance.nodeTypes].sort(), [ACTION_NODE_TYPE, TRIGGER_NODE_TYPE, WATCH_NODE_TYPE].sort());
	});

	test('examples/*.json are what scripts/e2e/examples.mjs generates', () => {
		assert.deepEqual(outdatedExamples(), [], 'run: node scripts/e2e/write-examples.mjs');
	});
});

describe('example workflows run by n8n execute', () => {
	for (const check of exampleChecks) {
		test(check.title, { timeout: 3 * MINUTES }, async () => {
			const example = ctx.examples.find((candidate) => candidate.workflow.id === check.workflowId);
			assert.ok(example, `example ${check.workflowId} is not in examples/`);
			await ctx.sandbox.admin.reset();
			const result = await execute(check.workflowId);
			assert.ok(result.ok, `execution failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}`);
			await check.verify({ run: result.run, sandbox: ctx.sandbox.admin, workflow: example.workflow });
		});
	}
});

describe('bad input', () => {
	test('fails with an error naming the field and the item, and sends nothing', { timeout: 3 * MINUTES }, async () => {
		await ctx.sandbox.admin.reset();
		const before = (await ctx.sandbox.admin.requests()).length;
		const result = await execute(BAD_INPUT.workflowId);
		assert.equal(result.ok, false, 'the execution should fail');
		const error = result.run?.data?.resultData?.error;
		assert.ok(error, `no error in the run data:\n${result.stdout.slice(-3000)}`);
		assert.equal(error.node?.name, BAD_INPUT.nodeName);
		assert.match(error.message, new RegExp(`item ${BAD_INPUT.expectedItem}\\b`));
		assert.match(error.message, new RegExp(`\\b${BAD_INPUT.expectedField}\\b`));
		assert.equal((await ctx.sandbox.admin.requests()).length, before, 'the sandbox received a request');
	});
});

describeTrigger();
