// Renders BENCHMARKS.md from one bench run (bench/results/latest.json holds the same numbers). The explanations
// (why each result is what it is, what would change it) live in bench/analysis.md and are included as they are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/e2e/constants.mjs';
import { mb, ratio, rate } from './stats.mjs';

const ANALYSIS = join(REPO_ROOT, 'bench', 'analysis.md');

const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const msText = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : 'n/a');
const rssText = (run) => (run?.peakRss ? `${mb(run.peakRss)} MB (+${mb(Math.max(0, run.peakRss - run.rssBefore))})` : 'n/a');
const runsText = (run) => run.allWorkMs.map((value) => Math.round(value).toLocaleString('en-US')).join(' / ');
/** "48 MB less" / "12 MB more": our peak RSS against the baseline's. */
function memoryDelta(ours, baseline) {
	const diff = Math.round((baseline.peakRss - ours.peakRss) / 2 ** 20);
	return diff >= 0 ? `${diff} MB less` : `${-diff} MB more`;
}

function table(header, rows) {
	const line = (cells) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function throughputSection({ throughput: t }, meta) {
	const nodeParts = (run) => Object.entries(run.nodes).map(([name, node]) => `${name} ${msText(node.ms)}`).join(' + ');
	return `## 1. Per-item throughput: ${t.items.toLocaleString('en-US')} × "get Taobao product"

One input item per product id, all ids different and known to the sandbox. Time is n8n's own execution time of the
nodes doing the work (run data \`executionTime\`), median of ${meta.config.repeat} interleaved runs; memory is the peak
RSS of the n8n process tree (n8n + task runner) while those nodes ran, and in brackets the growth over the RSS just
before they started.

${table(['Variant', 'Items/s', 'Work time (median; all runs)', 'Peak RSS (growth)', 'Requests'], [
	[`**PandaPon node**, Product → Get`, `**${rate(t.ours.itemsPerSec)}**`, `${msText(t.ours.workMs)} (${runsText(t.ours)})`, rssText(t.ours), t.ours.requests],
	['Code node signing (MD5) + HTTP Request node', rate(t.http.itemsPerSec), `${nodeParts(t.http)} (${runsText(t.http)})`, rssText(t.http), t.http.requests],
	['Raw Node HTTP client, one at a time (ceiling)', rate(t.rawSequential.itemsPerSec), msText(t.rawSequential.workMs), 'n/a (bench process)', t.items],
	[`Raw Node HTTP client, ${t.rawConcurrent.concurrency} in flight (ceiling)`, rate(t.rawConcurrent.itemsPerSec), msText(t.rawConcurrent.workMs), 'n/a (bench process)', t.items],
])}

- **Ours ÷ HTTP Request baseline: ${ratio(t.ours.itemsPerSec, t.http.itemsPerSec)} the throughput** (above 1.00× = we are faster), with ${memoryDelta(t.ours, t.http)} peak memory.
- Ours reaches ${fixed((100 * t.ours.itemsPerSec) / t.rawSequential.itemsPerSec)} % of the one-at-a-time raw client (${ratio(t.ours.itemsPerSec, t.rawSequential.itemsPerSec)}).
`;
}

function batchSection({ batch: b }) {
	return `## 2. Batch lookup: ${b.ids.toLocaleString('en-US')} product ids

Product → Get Many (batch check, up to 50 ids per call, one output item per input item) against one call per id
(Product → Get over the same ids: the PandaPon-node run of benchmark 1).

${table(['Variant', 'Ids/s', 'Work time (median; all runs)', 'Calls', 'Peak RSS (growth)'], [
	['**Get Many** (batch check)', `**${rate(b.batch.idsPerSec)}**`, `${msText(b.batch.workMs)} (${runsText(b.batch)})`, b.batch.requests, rssText(b.batch)],
	['Get, one call per id', rate(b.perId.idsPerSec), `${msText(b.perId.workMs)} (${runsText(b.perId)})`, b.perId.requests, rssText(b.perId)],
])}

- **Get Many ÷ one call per id: ${ratio(b.batch.idsPerSec, b.perId.idsPerSec)} the throughput**, ${b.batch.requests} calls instead of ${b.perId.requests.toLocaleString('en-US')}, ${memoryDelta(b.batch, b.perId)} peak memory.
`;
}

function returnAllSection({ returnAll: r }, meta) {
	const [likeForLike, ...others] = r.httpPageSizes;
	const rows = [];
	for (const row of r.rows) {
		const base = row.http[likeForLike];
		rows.push([
			row.orders.toLocaleString('en-US'),
			`**${msText(row.ours.workMs)}**`,
			`**${rssText(row.ours)}**`,
			msText(base.workMs),
			rssText(base),
			`**${ratio(row.ours.workMs, base.workMs, { higherIsBetter: false })}**`,
			...others.map((size) => `${msText(row.http[size].workMs)}, ${rssText(row.http[size])}`),
			`${msText(row.oursSimplified.workMs)}, ${rssText(row.oursSimplified)}`,
		]);
	}
	return `## 3. Return All: Taobao orders (\`GET /open/order/page\`)

The sandbox is seeded with N orders; each workflow must output every order exactly once (checked on every run).
Ours: Taobao Order → Get Many, Return All, ${r.ourPageSize} per page (the node's page size), Simplify off so both sides
output the full records. Baseline: a Code node signs, the HTTP Request node paginates (\`pageNum\` = \`$pageCount + 1\`,
a fresh nonce and MD5 signature per page computed in expressions, stop when a page is short), then Split Out turns
pages into one item per order. Time = sum of the measured nodes, median of ${meta.config.repeat} interleaved runs for the
first columns and for Simplify on; the ${others.join(', ')}/page baseline is a single run.

${table(['Orders', 'Ours: time', 'Ours: peak RSS (growth)', `Baseline ${likeForLike}/page: time`, `Baseline ${likeForLike}/page: peak RSS (growth)`, 'Baseline time ÷ ours (above 1.00× = we are faster)', ...others.map((size) => `Baseline ${size}/page: time, RSS`), 'Ours, Simplify on (default): time, RSS'], rows)}

Requests per run: ${r.rows.map((row) => `${row.orders.toLocaleString('en-US')} orders: ours ${row.ours.requests}, baseline ${row.http[likeForLike].requests} at ${likeForLike}/page and ${others.map((size) => row.http[size].requests).join(', ')} at ${others.join(', ')}/page`).join('; ')}.
`;
}

function triggerSection({ trigger: t }) {
	const row = (label, data) => [
		label,
		`${data.accepted} / ${data.sent}`,
		rate(data.acceptedPerSec),
		msText(data.p50),
		msText(data.p99),
		msText(data.max),
		`${data.overPandaPonTimeout} (${fixed((100 * data.overPandaPonTimeout) / data.sent, 1)} %)`,
		`${data.executionsStarted} / ${data.expectedExecutions}`,
	];
	const single = (label, data) => [label, msText(data.p50), msText(data.p99), msText(data.max), rate(data.acceptedPerSec)];
	return `## 4. Trigger: signed callbacks into a running n8n

One \`n8n start\` with the trigger workflows published, each only a trigger: our **PandaPon Trigger** (defaults:
signature verified with the credential's secret, envelope parsed, redeliveries dropped) and n8n's **plain Webhook**
node (POST, respond immediately, no verification). The load generator (\`bench/lib/loadgen.mjs\`) posts signed
Taobao status pushes, every body different, to 127.0.0.1 only: ${t.count.toLocaleString('en-US')} per trigger with
${t.concurrency} in flight, in ${t.rounds} interleaved rounds (after ${t.warmup} warm-up pushes each); then ${t.sequential} one at a
time. PandaPon gives up on a push after ${t.pandaPonTimeoutMs} ms and pushes it again 30 minutes later.

**Burst (${t.concurrency} in flight):**

${table(['Receiver', 'Accepted', 'Accepted/s', 'p50', 'p99', 'max', `Answered after ${t.pandaPonTimeoutMs} ms`, 'Executions stored / accepted (incl. warm-up)'], [
	row('**PandaPon Trigger** (verifying)', t.ours),
	row('Plain Webhook (not verifying)', t.plain),
])}

**One at a time** (time to answer without queueing):

${table(['Receiver', 'p50', 'p99', 'max', 'Callbacks/s'], [
	single('**PandaPon Trigger** (defaults)', t.ours.oneByOne),
	...Object.values(t.variants ?? {}).map((variant) => single(variant.label, variant.oneByOne)),
	single('Plain Webhook', t.plain.oneByOne),
])}

${t.redelivered ? `**Redelivery of the whole burst** (every one of our ${t.redelivered.sent} pushes again, byte for byte, ${t.concurrency} in flight, as PandaPon
does after a late answer): ${t.redelivered.accepted} / ${t.redelivered.sent} answered \`ignored: "redelivery"\`, p50 ${msText(t.redelivered.p50)}, p99 ${msText(t.redelivered.p99)};
executions stored stay at the accepted count above (none started by a redelivery).
` : ''}
${t.ownCost ? `**The trigger's own cost per push** (\`bench/lib/triggerCost.mjs\`: the built \`webhook()\` called ${t.ownCost.count.toLocaleString('en-US')} times in
Node 24 with a context whose credential resolves at once and static data making n8n's JSON round trip between calls,
outside the timing; median of 5; everything else in a push is n8n's${t.ownCost.measuredSeparately ? `; measured on its own, ${t.ownCost.measuredSeparately}, while the n8n rows above are from the run named at the top` : ''}):

${table(['PandaPon Trigger', 'µs per push', 'Static data n8n then writes to its database'], t.ownCost.rows.map((row) => [row.label, fixed(row.usPerPush), row.savedBytes > 2 ? `${(row.savedBytes / 1024).toFixed(1)} KiB` : 'nothing']))}
` : ''}
- **Burst, accepted/s, ours ÷ plain Webhook: ${ratio(t.ours.acceptedPerSec, t.plain.acceptedPerSec)}**; p99 ${msText(t.ours.p99)} against ${msText(t.plain.p99)}.
- **One at a time, p50: ${msText(t.ours.oneByOne.p50)} against ${msText(t.plain.oneByOne.p50)}** (plain ÷ ours: ${ratio(t.ours.oneByOne.p50, t.plain.oneByOne.p50, { higherIsBetter: false })}).
- A push not accepted means no answer within the load generator's 10 s; executions can exceed acceptances because n8n
  still runs a request whose client gave up.
`;
}

function queueSection({ queue: q }) {
	const regular = q.rows.find((row) => row.mode === 'regular');
	const row = (data) => [
		data.mode === 'regular' ? data.label : `**${data.label}**`,
		`${data.accepted.toLocaleString('en-US')} / ${data.sent.toLocaleString('en-US')}`,
		rate(data.answersPerSec),
		msText(data.p50),
		msText(data.p99),
		`${data.overPandaPonTimeout} (${fixed((100 * data.overPandaPonTimeout) / data.sent, 1)} %)`,
		rate(data.executionsPerSec),
		`${msText(data.drain.drainMs)} (${data.drain.finished.toLocaleString('en-US')} finished)${data.drain.timedOut ? ' (timed out)' : ''}`,
	];
	const best = q.rows.filter((data) => data.mode === 'queue').sort((a, b) => a.p99 - b.p99)[0];
	return `## 6. Queue mode: the same callbacks on n8n's distributed engine

Our **PandaPon Trigger** (defaults) published in regular mode (one \`n8n start\`, SQLite) and in queue mode
(\`scripts/e2e/queue/topology.mjs\`: PostgreSQL and Redis from the machine's packages, n8n main, one webhook
processor \`n8n webhook\` receiving the pushes, workers \`n8n worker\` at nice ${q.workerNice} running the executions).
${q.count.toLocaleString('en-US')} signed Taobao pushes with ${q.concurrency} in flight (after ${q.warmup} warm-up pushes), then a burst of
${q.drain.toLocaleString('en-US')}: its drain time runs from the first push to the last finished execution. Executions/s: finished
executions of the first burst over the same span. Answers/s and p50/p99 count every answer, 200 or not: a
saturated n8n answers 503 "Database is not ready!" fast once its own DB ping has timed out (README, Scaling).

${table(['Mode', 'Answered 200', 'Answers/s', 'p50', 'p99', `Answered after ${q.pandaPonTimeoutMs} ms`, 'Executions finished/s', `Drain ${q.drain.toLocaleString('en-US')}`], q.rows.map(row))}
${regular && best ? `
- **p99, best queue-mode setup ÷ regular mode: ${msText(best.p99)} against ${msText(regular.p99)}** (${ratio(best.p99, regular.p99, { higherIsBetter: false })} faster).
- Drain of ${q.drain.toLocaleString('en-US')}: ${regular.drain.finished >= q.drain ? `${msText(best.drain.drainMs)} against ${msText(regular.drain.drainMs)} (${ratio(best.drain.drainMs, regular.drain.drainMs, { higherIsBetter: false })})` : `${msText(best.drain.drainMs)}; regular mode finished only ${regular.drain.finished.toLocaleString('en-US')} of them`}.` : ''}
`;
}

function coldLoadSection({ coldLoad: c }) {
	return `## 5. Cold load

Two n8n user folders with the same data; one has this package installed as a community package (as n8n's installer
lays it out). \`n8n start\` is timed until \`/healthz/readiness\` answers 200, alternating between the folders, after
one uncounted start of each; median of ${c.starts}.

${table(['', 'Median to ready', 'Runs'], [
	['n8n without the package', msText(c.withoutMs), c.runs.without.map(msText).join(', ')],
	['n8n with the package', msText(c.withMs), c.runs.with.map(msText).join(', ')],
	['Difference (with − without)', msText(c.withMs - c.withoutMs), ''],
])}

Loading the package's own code, measured directly: \`require\` + construct of ${c.files.map((file) => `\`${file}\``).join(', ')}
in a fresh Node 24 process (n8n's) with n8n-workflow already loaded: **${fixed(c.moduleLoadMs, 1)} ms** (median of 5).
`;
}

export function renderReport({ meta, results }) {
	const sections = [];
	if (results.throughput) sections.push(throughputSection(results, meta));
	if (results.batch) sections.push(batchSection(results));
	if (results.returnAll) sections.push(returnAllSection(results, meta));
	if (results.trigger) sections.push(triggerSection(results));
	if (results.coldLoad) sections.push(coldLoadSection(results));
	if (results.queue) sections.push(queueSection(results));
	return `# Benchmarks

Measured by \`npm run bench\` (\`node scripts/bench.mjs\`, not part of \`npm test\`) on ${meta.date.slice(0, 10)}, commit
\`${meta.commit}\`, package ${meta.packageVersion}: n8n ${meta.n8n} on Node ${meta.hostNode}, bench and sandbox on Node
${meta.benchNode.replace(/^v/, '')}, ${meta.cpus}, ${meta.memoryGb} GB RAM. Whole run: ${fixed(meta.totalMs / 60000, 1)} min.
Every number below comes from that one run; ours and the baseline were measured side by side in it.

Everything runs locally against the PandaPon sandbox (\`sandbox/\`, 127.0.0.1): no request leaves the machine, and
the absolute numbers say more about n8n on this machine than about PandaPon. The ratios are the point. The machine
was shared with other work while measuring, so single runs vary; medians of interleaved runs damp that.

${sections.join('\n')}
${existsSync(ANALYSIS) ? readFileSync(ANALYSIS, 'utf8').trim() : ''}

## Reproduce

\`\`\`bash
npm run bench                      # everything, about ${Math.max(1, Math.round(meta.totalMs / 60000))} min here; rewrites this file and bench/results/latest.json
npm run bench -- --quick           # small counts, one run each, prints JSON (smoke test)
npm run bench -- --only=trigger    # any of throughput,batch,returnAll,trigger,coldLoad,queue
npm run bench -- --repeat=5        # more runs per measurement
\`\`\`

It builds \`dist/\` when stale, installs the pinned n8n host once (\`scripts/n8n-host.mjs\`), starts the sandbox with a
${meta.config.items.toLocaleString('en-US')}-item catalogue (\`bench/sandbox-host.ts\`) and one n8n instance with our packed package
and all benchmark workflows (\`bench/lib/workflows.mjs\`), then runs \`n8n execute --id\` per measurement and \`n8n start\`
for the trigger and cold-load benchmarks. Loads are bounded in count and time and aimed at 127.0.0.1 only. Raw numbers:
\`bench/results/latest.json\`.
`;
}
