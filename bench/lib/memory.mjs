// Resident memory of a process and all its descendants (n8n + its task runner), sampled from /proc (Linux only).
import { readdirSync, readFileSync } from 'node:fs';

const KIB = 1024;

function readStat(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name may contain spaces; fields after the closing parenthesis are fixed.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return { ppid: Number(fields[1]) };
	} catch {
		return undefined;
	}
}

function statusValueKib(pid, name) {
	try {
		const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

/** The pid and every descendant alive right now. */
function processTree(rootPid) {
	const children = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const stat = readStat(entry);
		if (!stat) continue;
		const list = children.get(stat.ppid) ?? [];
		list.push(Number(entry));
		children.set(stat.ppid, list);
	}
	const tree = [];
	const queue = [rootPid];
	while (queue.length > 0) {
		const pid = queue.shift();
		tree.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}

/** Sum of VmRSS over the tree, in bytes. */
function treeRssBytes(rootPid) {
	return processTree(rootPid).reduce((sum, pid) => sum + statusValueKib(pid, 'VmRSS') * KIB, 0);
}

/**
 * Samples the tree's RSS every `intervalMs` until stop() is called.
 * @returns {{ stop: () => { at: number, rss: number }[], samples: { at: number, rss: number }[] }}
 */
export function startMemorySampler(rootPid, intervalMs = 50) {
	const samples = [];
	const take = () => {
		const rss = treeRssBytes(rootPid);
		if (rss > 0) samples.push({ at: Date.now(), rss });
	};
	take();
	const timer = setInterval(take, intervalMs);
	return {
		samples,
		stop() {
			clearInterval(timer);
			return samples;
		},
	};
}

/** Highest sample inside [from, to] (epoch ms); `before` is the last sample taken before `from`. */
export function peakBetween(samples, from, to) {
	let peak = 0;
	let before = 0;
	for (const sample of samples) {
		if (sample.at < from) before = sample.rss;
		else if (sample.at <= to) peak = Math.max(peak, sample.rss);
	}
	return { peak: Math.max(peak, before), before };
}
