// Facts read from the built nodes (dist/), so the harness follows the nodes instead of repeating them.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './constants.mjs';

const require = createRequire(join(REPO_ROOT, 'package.json'));

function loadNode(relativePath, exportName) {
	const NodeClass = require(join(REPO_ROOT, relativePath))[exportName];
	return new NodeClass();
}

/** Path segment of the trigger's POST webhook; the production URL is /webhook/<webhookId>/<path>. */
export function triggerWebhookPath() {
	const trigger = loadNode('dist/nodes/PandaPonTrigger/PandaPonTrigger.node.js', 'PandaPonTrigger');
	const webhook = trigger.description.webhooks.find((hook) => hook.httpMethod === 'POST');
	return webhook.path;
}
