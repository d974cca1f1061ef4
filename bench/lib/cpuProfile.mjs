// CPU profiles of a running n8n process over the DevTools protocol (`node --inspect=127.0.0.1:0`), and a summary
// of where the time went: self time per function, time inside each package and inside chosen functions.
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Connects to the inspector URL a process printed ("Debugger listening on ws://…"). Uses n8n's own `ws`. */
export async function connectInspector(host, wsUrl) {
	const WebSocket = createRequire(join(host.nodeModules, 'n8n', 'package.json'))('ws');
	const socket = new WebSocket(wsUrl, { perMessageDeflate: false, maxPayload: 1 << 30 });
	await new Promise((resolve, reject) => {
		socket.once('open', resolve);
		socket.once('error', reject);
	});
	let nextId = 1;
	const pending = new Map();
	socket.on('message', (data) => {
		const message = JSON.parse(data.toString());
		const waiter = pending.get(message.id);
		if (!waiter) return;
		pending.delete(message.id);
		if (message.error) waiter.reject(new Error(message.error.message));
		else waiter.resolve(message.result);
	});
	const send = (method, params = {}) =>
		new Promise((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve, reject });
			socket.send(JSON.stringify({ id, method, params }));
		});
	await send('Profiler.enable');
	await send('Profiler.setSamplingInterval', { interval: 500 });
	return {
		start: () => send('Profiler.start'),
		stop: async () => (await send('Profiler.stop')).profile,
		close: () => socket.close(),
	};
}

/** `http://127.0.0.1:PORT/uuid`-style inspector URL from a process's output. */
export function inspectorUrl(output) {
	return /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
}

/** Where a script lives: the npm package (`@n8n/db`, `typeorm`, our package …) or `node:` for Node's own code. */
function packageOf(url) {
	if (!url) return '(native/vm)';
	if (url.startsWith('node:')) return 'node:internal';
	const parts = url.split('node_modules/');
	if (parts.length < 2) return url;
	const tail = parts[parts.length - 1].split('/');
	return tail[0].startsWith('@') ? `${tail[0]}/${tail[1]}` : tail[0];
}

const frameName = ({ functionName, url, lineNumber }) =>
	`${functionName || '(anonymous)'} ${url ? url.replace(/^.*node_modules\//, '').replace(/^file:\/\//, '') : ''}:${lineNumber + 1}`;

/**
 * @param {object} profile  a V8 CPU profile
 * @param {{ top?: number, inclusive?: RegExp[] }} [o]  inclusive: frame-name patterns whose whole subtree is summed
 */
export function summariseProfile(profile, { top = 25, inclusive = [] } = {}) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const totalUs = profile.endTime - profile.startTime;
	const selfUs = new Map();
	const packageUs = new Map();
	const inclusiveUs = inclusive.map(() => 0);
	const packageInclusiveUs = new Map();
	let idleUs = 0;
	let gcUs = 0;
	profile.samples.forEach((id, index) => {
		const dt = profile.timeDeltas[index + 1] ?? 0;
		const node = byId.get(id);
		const name = node.callFrame.functionName;
		if (name === '(idle)' || name === '(program)') {
			if (name === '(idle)') idleUs += dt;
			return;
		}
		if (name === '(garbage collector)') gcUs += dt;
		const key = frameName(node.callFrame);
		selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
		const pkg = packageOf(node.callFrame.url);
		packageUs.set(pkg, (packageUs.get(pkg) ?? 0) + dt);
		// Walk the stack once: a pattern or package counts once per sample even under recursion.
		const hit = inclusive.map(() => false);
		const pkgs = new Set();
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at).callFrame;
			const atName = frameName(frame);
			inclusive.forEach((pattern, n) => {
				if (pattern.test(atName)) hit[n] = true;
			});
			if (frame.url) pkgs.add(packageOf(frame.url));
		}
		hit.forEach((yes, n) => {
			if (yes) inclusiveUs[n] += dt;
		});
		for (const pkg of pkgs) packageInclusiveUs.set(pkg, (packageInclusiveUs.get(pkg) ?? 0) + dt);
	});
	const busyUs = totalUs - idleUs;
	const rank = (map) =>
		[...map.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, us]) => ({ name, ms: us / 1000, pctOfBusy: (100 * us) / busyUs }));
	return {
		wallMs: totalUs / 1000,
		busyMs: busyUs / 1000,
		gcMs: gcUs / 1000,
		selfTop: rank(selfUs),
		packagesSelf: rank(packageUs),
		packagesInclusive: rank(packageInclusiveUs),
		inclusive: inclusive.map((pattern, n) => ({ pattern: String(pattern), ms: inclusiveUs[n] / 1000, pctOfBusy: (100 * inclusiveUs[n]) / busyUs })),
	};
}
