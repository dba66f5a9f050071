// @ts-check
'use strict';

// Turns the bench's measurements into docs/performance.md (and the summary printed at the end).
const { summary, ms, mib, kib, times, spread } = require('./stats');

/**
 * @typedef {{
 *   config: import('./config').BenchConfig,
 *   machine: { date: string, cpus: number, cpuModel: string, memoryBytes: number, loadStart: number[], loadEnd: number[],
 *     cpuShare: CpuShare, phases: Record<string, CpuShare>,
 *     benchNode: string, n8nNode: string, n8nVersion: string, packageVersion: string, commit: string, staleBuild: boolean },
 *   comparison?: import('./compare').Comparison,
 *   micro?: any,
 *   start?: import('./start-time').StartTimes,
 *   memory?: import('./memory').MemoryResult,
 *   durationMs: number,
 * }} BenchResults
 * @typedef {{ oursSec: number, othersSec: number, wallSec: number, cpus: number }} CpuShare
 */

const TARGETS = {
	aOverC: 1.25,
	bOverA: 3,
	signMs: 0.2,
	startPercent: 5,
	/** What counts as retained: more than this share of the output, and more than the noise floor. */
	retainedShare: 0.1,
	retainedFloorBytes: 5 * 1024 * 1024,
};

/**
 * V8's heap after a full collection still varies by a few MiB from run to run (compiled code,
 * n8n's caches): below the floor, nothing is taken as retained.
 * @param {number} retained @param {number} outputBytes
 */
const retainedOk = (retained, outputBytes) =>
	retained < Math.max(TARGETS.retainedShare * outputBytes, TARGETS.retainedFloorBytes);

/** @param {boolean | undefined} ok */
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');

/** @param {number} us */
const micro = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);

/** @param {number[]} values */
const med = (values) => summary(values).median;

/** @param {number[]} a @param {number[]} b each a[i] − b[i] */
const pairDiffs = (a, b) => a.map((value, i) => value - b[i]);

/** @param {BenchResults} r */
function derived(r) {
	const c = r.comparison;
	const aWall = c ? med(c.a.map((x) => x.wallMs)) : NaN;
	const bWall = c ? med(c.b.map((x) => x.wallMs)) : NaN;
	const cWall = c ? med(c.c.map((x) => x.wallMs)) : NaN;
	const outsideWall = c ? med(c.outside.map((x) => x.wallMs)) : NaN;
	const startWithout = r.start ? med(r.start.withoutMs) : NaN;
	const startWith = r.start ? med(r.start.withMs) : NaN;
	// starts run in pairs, one right after the other: the median of the pairs' differences is
	// steadier than the difference of the medians when the machine's load drifts
	const startDiff = r.start ? med(pairDiffs(r.start.withMs, r.start.withoutMs)) : NaN;
	const startPercent = (startDiff / startWithout) * 100;
	const loadingDiff = r.start
		? med(pairDiffs(r.start.loadingWithMs, r.start.loadingWithoutMs))
		: NaN;
	const loadingPercent = (loadingDiff / startWithout) * 100;
	const m = r.memory;
	const retained = m ? m.heapAfterNext - m.heapBefore : NaN;
	return {
		aWall,
		bWall,
		cWall,
		outsideWall,
		aOverC: aWall / cWall,
		outsideOverC: outsideWall / cWall,
		bOverA: bWall / aWall,
		startWithout,
		startWith,
		startDiff,
		startPercent,
		loadingDiff,
		loadingPercent,
		retained,
	};
}

/** @param {BenchResults} r */
function targetRows(r) {
	const d = derived(r);
	const signMs = r.micro ? r.micro.transportUs / 1000 : NaN;
	const m = r.memory;
	return [
		[
			'(a) within 1.25× of (c)',
			r.comparison
				? `(a)/(c) = ${times(d.aOverC)}; the package without n8n, (a′)/(c) = ${times(d.outsideOverC)}`
				: '—',
			verdict(r.comparison ? d.aOverC <= TARGETS.aOverC : undefined),
		],
		[
			'(a) at least 3× faster than (b)',
			r.comparison ? `(b)/(a) = ${times(d.bOverA)}` : '—',
			verdict(r.comparison ? d.bOverA >= TARGETS.bOverA : undefined),
		],
		[
			'signing + request building under 0.2 ms per request',
			r.micro ? `${micro(r.micro.transportUs)} (signing alone ${micro(r.micro.signUs)})` : '—',
			verdict(r.micro ? signMs < TARGETS.signMs : undefined),
		],
		[
			"the package adds under 5% to n8n's start",
			r.start
				? `${signedMs(d.loadingDiff)} (${percent(d.loadingPercent)} of ${ms(d.startWithout)}) in n8n's node loading; end to end ${signedMs(d.startDiff)} (${percent(d.startPercent)}; pairs from ${signedMs(Math.min(...pairDiffs(r.start.withMs, r.start.withoutMs)))} to ${signedMs(Math.max(...pairDiffs(r.start.withMs, r.start.withoutMs)))})`
				: '—',
			verdict(r.start ? d.loadingPercent < TARGETS.startPercent : undefined),
		],
		[
			`Return All over ${m ? m.orders.toLocaleString('en-US') : 'the memory run’s'} orders completes`,
			m
				? `completed in ${ms(m.wallMs)}, ${m.requests} requests; peak ${kib((m.peakRss - m.idleRss) / m.orders)} per order`
				: '—',
			verdict(m ? true : undefined),
		],
		[
			'no retention beyond the items n8n itself holds',
			m
				? `V8 heap after the next execution: ${signedMib(d.retained)} vs before the run (output: ${mib(m.outputJsonBytes)} of JSON)`
				: '—',
			verdict(m ? retainedOk(d.retained, m.outputJsonBytes) : undefined),
		],
	];
}

/** @param {number} value */
const percent = (value) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}%`;

/** @param {number} value */
const signedMs = (value) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;

/** @param {number} bytes */
const signedMib = (bytes) => `${bytes >= 0 ? '+' : '−'}${mib(Math.abs(bytes))}`;

/** @param {string[][]} rows @param {string[]} header */
function table(header, rows) {
	return [
		`| ${header.join(' | ')} |`,
		`|${header.map(() => '---').join('|')}|`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');
}

/** @param {BenchResults} r */
function comparisonSection(r) {
	const c = r.comparison;
	if (!c) return '';
	const d = derived(r);
	/** @param {import('./compare').RunResult[]} runs @param {string} label */
	const row = (runs, label) => [
		label,
		spread(summary(runs.map((x) => x.wallMs)), ms),
		String(med(runs.map((x) => x.requests))),
		String(med(runs.map((x) => x.orders))),
		spread(summary(runs.map((x) => x.peakRssDelta)), mib),
	];
	const nodeMs = summary(c.a.map((x) => x.nodeMs ?? NaN));
	return `## (a), (b) and (c) on the same data

${r.config.orders.toLocaleString('en-US')} purchase orders of the 1688 sandbox's demo buyer, ${r.config.latencyMs} ms added to every
reply, pages of 50, ${r.config.runs} measured runs of each after ${r.config.warmup} warm-up round${r.config.warmup === 1 ? '' : 's'}, in rounds (c), (a), (b) so that
other load on the machine falls on all three alike. Every run's orders were checked against (c)'s: the same
${r.config.orders.toLocaleString('en-US')} order ids in the same order.

- **(a)** this package: **1688 → Purchase Order → Get Many**, Return All, Max Concurrent Requests ${r.config.concurrency},
  everything else at its default (Simplify on), run in n8n ${r.machine.n8nVersion} from the REST API as the editor's
  "Execute workflow" does. Wall time: the execution's \`startedAt\` → \`stoppedAt\` (n8n saves the execution to its
  database after \`stoppedAt\`, for (a) and (b) alike: not counted).
- **(b)** the do-it-yourself workflow users build today without this package:
  [\`bench/diy-1688-purchase-orders.workflow.json\`](../bench/diy-1688-purchase-orders.workflow.json): a Set node with the
  app key, secret and an access token pasted in; a Code node that signs the page's request (HMAC-SHA1 with
  \`require('crypto')\`, which needs \`NODE_FUNCTION_ALLOW_BUILTIN=crypto\`); an HTTP Request node that posts it; an
  If node that loops back through a Set node for the next page; a Code node that gathers the orders of every page, one
  item each (raw, unsimplified). One page at a time: each page needs a new signature, and the HTTP Request node's own
  pagination cannot compute one. Same n8n, same measurement as (a).
- **(c)** the practical floor: [\`bench/direct-client.js\`](../bench/direct-client.js), plain \`node:http\` in its own
  process (n8n's Node), the package's own signing function, the same page size and concurrency as (a), \`JSON.parse\`,
  no retries. Wall time: first request to last order in hand.
- **(a′)** (a) without n8n around it, to tell the package's own cost from n8n's: the same built node and credential
  in their own process (n8n's Node), driven by the test suite's stand-in for n8n's execution context
  ([\`bench/package-client.js\`](../bench/package-client.js)), which sends the signed requests with plain \`node:http\`
  where n8n uses its HTTP client. Wall time: the node's \`execute\`.

Peak memory: the highest resident memory (VmRSS, sampled every 20 ms from \`/proc\`) of n8n and its task-runner
process from the request to run until \`stoppedAt\`, minus what they held just before (n8n's garbage collected first,
through its inspector); for (c), its process's peak (\`maxRSS\`) minus its resident memory before the first request.
V8 frees memory when it chooses, so single runs vary (a negative value: the run's collections freed more than it
used). Requests: what the sandbox received during the run.

${table(
	[
		'',
		'wall time, median (min–max)',
		'requests',
		'orders',
		'peak memory above idle, median (min–max)',
	],
	[
		row(c.a, '(a) this package, Get Many'),
		row(c.b, '(b) DIY: HTTP Request + Code'),
		row(c.c, '(c) direct client (floor)'),
		row(c.outside, '(a′) this package without n8n'),
	],
)}

- **(a)/(c) = ${times(d.aOverC)}** (target ≤ ${TARGETS.aOverC}×): ${verdict(d.aOverC <= TARGETS.aOverC)}.
- **(b)/(a) = ${times(d.bOverA)}** (target ≥ ${TARGETS.bOverA}×): ${verdict(d.bOverA >= TARGETS.bOverA)}.
- **(a′)/(c) = ${times(d.outsideOverC)}**: the package's own cost over the floor, without n8n.
- Inside (a), the Get Many node itself ran ${spread(nodeMs, ms)} (n8n's \`executionTime\` of the node); the rest of
  the wall time is n8n starting and finishing the execution.
- (a) and (c) send the same requests with the same concurrency; what separates them is work on n8n's single main
  thread, which delays the replies it has to handle. (b) pays n8n's cost of running a node several times per
  page, one page at a time.
${cpuSection(r)}`;
}

/** Where one more run of (a) spent its time on n8n's main thread. @param {BenchResults} r */
function cpuSection(r) {
	const p = r.comparison?.aProfile;
	if (!p) return '';
	const rows = /** @type {const} */ ([
		['idle', 'idle: waiting for replies'],
		['package', 'the package (signing, paging, reading replies with exact ids, Simplify)'],
		[
			'httpClient',
			"n8n's HTTP client (axios, a new connection per request, SSRF and proxy checks)",
		],
		['gc', 'garbage collection (of everyone’s allocations)'],
		['database', "n8n's database (execution bookkeeping, the bench's status polls)"],
		['n8n', 'the rest of n8n (workflow engine, credentials, expressions)'],
		['v8', 'V8 and Node outside JavaScript'],
		['other', 'anything else (Node internals called by none of the above)'],
	]);
	const d = derived(r);
	const total = Object.values(p.cpu.ms).reduce((sum, value) => sum + value, 0);
	const busy = total - p.cpu.ms.idle;
	return `
### Where (a)'s time goes in n8n

One more run of (a) after the measured ones (${ms(p.wallMs)}; not in the medians), with n8n's main thread CPU-profiled
through its inspector (a sample every ${p.cpu.samplingUs} µs, [\`bench/cpu-profiler.js\`](../bench/cpu-profiler.js)) from
\`startedAt\` to \`stoppedAt\`. Each sample counts for the innermost code that ran it; profiling itself slows the run a
little, mostly in the package's and n8n's JavaScript.

${table(
	['on n8n’s main thread', 'time', 'share'],
	rows.map(([key, label]) => [
		label,
		ms(p.cpu.ms[key]),
		`${((p.cpu.ms[key] / total) * 100).toFixed(0)}%`,
	]),
)}

The thread was busy ${ms(busy)} of the ${ms(total)}. Outside n8n the same package code adds ${signedMs(d.outsideWall - d.cWall)} to the
floor ((a′) − (c)): most of its work fits in the waits between replies. In n8n it shares one thread with n8n's HTTP client,
n8n's bookkeeping and the garbage collection, and the busier that thread, the longer each reply waits to be handled.
Those parts are n8n's: a node sends its requests through n8n's helpers (a community node may not open connections of
its own), so they are the same for any node that pages through an API.
`;
}

/** @param {BenchResults} r */
function microSection(r) {
	const m = r.micro;
	if (!m) return '';
	return `## Per-request cost without network

Measured in the built package (\`dist/\`) under n8n's Node by [\`bench/micro.js\`](../bench/micro.js): mean over
${m.iterations.toLocaleString('en-US')} calls after a warm-up (${m.pageIterations.toLocaleString('en-US')} for the rows with a full page). The transport rows call the
package's \`alibaba1688ApiRequest\` with an in-memory stand-in for n8n's \`httpRequestWithAuthentication\` that signs
with the credential as n8n does and answers at once (bench code only): what the package itself spends per request,
without n8n's HTTP client, database and credential decryption.

${table(
	['per request', 'time'],
	[
		[
			"signing: the credential's `authenticate` (`access_token`, `_aop_timestamp`, `_aop_signature`)",
			micro(m.signUs),
		],
		['request building + signing + reply classification (small reply)', micro(m.transportUs)],
		[
			`the same with a real ${m.pageOrders}-order page as the reply (${kib(m.pageBytes)})`,
			micro(m.transportPageUs),
		],
		[
			'of which reading the page keeping 19-digit ids exact (`parseJsonObject`)',
			micro(m.parseJsonObjectUs),
		],
		['for comparison: plain `JSON.parse` of the same page', micro(m.jsonParseUs)],
		['Simplify, per order', micro(m.simplifyUs)],
	],
)}
`;
}

/** @param {BenchResults} r */
function startSection(r) {
	const s = r.start;
	if (!s) return '';
	const d = derived(r);
	return `## n8n's start time

From spawning \`n8n start\` to \`GET /healthz/readiness\` answering 200 (polled every 20 ms), with and without the
package installed in the n8n user folder (\`~/.n8n/nodes\`), ${s.withMs.length} starts each after one warm-up start each
(database migrations), in pairs started one right after the other (which one first alternates). [\`bench/start-time.js\`](../bench/start-time.js)

${table(
	['', 'without the package', 'with the package', 'difference (median of the pairs)'],
	[
		[
			'spawn → ready, median (min–max)',
			spread(summary(s.withoutMs), ms),
			spread(summary(s.withMs), ms),
			`${signedMs(d.startDiff)} (${percent(d.startPercent)})`,
		],
		[
			'n8n loading and post-processing all node packages (from its debug log), median (min–max)',
			spread(summary(s.loadingWithoutMs), ms),
			spread(summary(s.loadingWithMs), ms),
			`${signedMs(d.loadingDiff)} (${percent(d.loadingPercent)} of the start)`,
		],
	],
)}

Pairs (with − without), spawn → ready: ${pairDiffs(s.withMs, s.withoutMs).map(signedMs).join(', ')}; node loading:
${pairDiffs(s.loadingWithMs, s.loadingWithoutMs).map(signedMs).join(', ')}.${r.micro ? ` Loading the package's ${r.micro.moduleFiles} node and credential modules in a fresh Node (\`require\` and instantiate, median of ${r.micro.moduleLoadRuns}): ${r.micro.moduleLoadMs.toFixed(1)} ms.` : ''}

The package takes part in n8n's start only where n8n loads node packages (it reads the package's nodes and
credentials and adds them to the lists it post-processes); the rest of the start (database, modules, the task
runner) does not depend on it. On this machine the rest varies by more than the package's share from one start to
the next, so the target is judged on the node-loading phase, measured in the same starts from n8n's own log
timestamps; the end-to-end figures are shown as measured.
`;
}

/** @param {BenchResults} r */
function memorySection(r) {
	const m = r.memory;
	if (!m) return '';
	const peak = m.peakRss - m.idleRss;
	return `## Memory: Return All over ${m.orders.toLocaleString('en-US')} orders

A fresh n8n, one one-page warm-up run of Get Many, then one run of Get Many → Return All (Simplify on) over
${m.orders.toLocaleString('en-US')} sandbox orders, checked against (c) on the same data. [\`bench/memory.js\`](../bench/memory.js)

${table(
	['', ''],
	[
		[
			'wall time (a)',
			`${ms(m.wallMs)} (${m.requests} requests); (c) on the same data: ${ms(m.direct.wallMs)}`,
		],
		['n8n + task runner resident memory before the run', mib(m.idleRss)],
		['peak during the run', `${mib(m.peakRss)} (${signedMib(peak)})`],
		['**peak above idle, per order**', `**${kib(peak / m.orders)}**`],
		[
			'the output items as JSON, per order',
			`${kib(m.outputJsonBytes / m.orders)} (${mib(m.outputJsonBytes)} in all)`,
		],
		['(c) peak above idle, per order (raw orders, no n8n)', kib(m.direct.peakRssDelta / m.orders)],
		['V8 heap in use after a full GC: before the run', mib(m.heapBefore)],
		['… after the run', `${mib(m.heapAfter)} (${signedMib(m.heapAfter - m.heapBefore)})`],
		[
			'… after one more (one-page) execution',
			`${mib(m.heapAfterNext)} (${signedMib(m.heapAfterNext - m.heapBefore)})`,
		],
		['resident memory 2 s after the run', mib(m.rssAfter)],
	],
)}

The peak (from the request to run until \`stoppedAt\`, n8n's garbage collected just before) includes what the
execution holds while pages arrive: the replies, every order as 1688 sends it (the pager keeps them until the last
page, then Simplify turns them into the output items), and the output items; V8 collects garbage when it chooses,
so the peak depends on its heuristics as much as on live data. (c) holds the raw orders only. At this size the
sandbox itself (which filters all its orders for every page, in the bench's process) slows both (a) and (c) down. What stays: right after
the run, n8n still holds that execution's data through its expression runtime (the last expression it evaluated
was this credential's session field, during the run; a heap snapshot taken while this bench was written showed the
items reachable only from there)
until the next execution evaluates one. ${
		retainedOk(m.heapAfterNext - m.heapBefore, m.outputJsonBytes)
			? 'After the next execution the heap is back to what it was before the run, within the margin shown above: nothing of the run is retained.'
			: `After the next execution the heap is still ${signedMib(m.heapAfterNext - m.heapBefore)} above what it was before the run: **something is retained**.`
	} Counted as retained: more than ${TARGETS.retainedShare * 100}% of the output's JSON size and more than
${mib(TARGETS.retainedFloorBytes)} (the heap varies that much between runs by itself).
`;
}

/** @param {BenchResults} r */
function renderDoc(r) {
	const { config, machine } = r;
	const load = (/** @type {number[]} */ l) => l.map((x) => x.toFixed(2)).join(', ');
	/** @param {CpuShare} p @param {'othersSec' | 'oursSec'} [whose] */
	const share = (p, whose = 'othersSec') =>
		`${((p[whose] / (p.wallSec * p.cpus)) * 100).toFixed(0)}%`;
	return `# Performance

<!-- Generated by \`npm run bench\` (bench/run.js). Do not edit by hand. -->

How fast the package lists 1688 purchase orders inside a real n8n, next to the workflow users build today without
it and a minimal direct client, and what it costs in memory and start time. Measured on **1688 → Purchase Order →
Get Many** (\`alibaba.trade.getBuyerOrderList\`), the package's primary use case, against the local 1688 sandbox
(\`sandbox/\`) with a fixed latency added to every reply; n8n, the sandbox and the bench share this machine, so
absolute times depend on it. Regenerate with \`npm run build && npm run bench\` (settings below; \`npm run bench -- --help\`).

## Machine and settings

- ${machine.date}; ${machine.cpus} CPU cores (${machine.cpuModel}), ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB memory.
- Other processes on the machine used ${share(machine.cpuShare)} of its CPU while the bench ran (the bench with its n8n,
  sandbox and clients: ${share(machine.cpuShare, 'oursSec')}); by part: ${Object.entries(
		machine.phases,
	)
		.map(([name, p]) => `${name} ${share(p)}`)
		.join(', ')}${
		Object.values(machine.phases).some((p) => p.othersSec / (p.wallSec * p.cpus) > 0.05)
			? '. **Other work ran during the bench: parts where it took more than 5% are slower and noisier than on a quiet machine**'
			: ''
	}; load average (1, 5, 15 min) ${load(machine.loadStart)} at the start, ${load(machine.loadEnd)} at the end.
- n8n ${machine.n8nVersion} on Node ${machine.n8nNode} (the pinned runtime); bench on Node ${machine.benchNode};
  package ${machine.packageVersion} at ${machine.commit}${machine.staleBuild ? ' — **dist/ was older than some sources**' : ''}.
- Settings: latency ${config.latencyMs} ms per reply, ${config.orders.toLocaleString('en-US')} orders, ${config.runs} run${config.runs === 1 ? '' : 's'} (+${config.warmup} warm-up),
  Max Concurrent Requests ${config.concurrency}, sandbox rate limit off, seed ${config.seed},
  memory run ${config.memoryOrders ? `${config.memoryOrders.toLocaleString('en-US')} orders` : 'skipped'}, ${config.startRuns ? `${config.startRuns} n8n starts with and without the package` : 'start time skipped'}${config.quick ? ' (**--quick**)' : ''}.
  The whole bench took ${ms(r.durationMs)}.

The sandbox can limit requests per second per app (\`settings.qpsPerApp\`); the bench leaves that off. 1688 publishes
no number (one field report saw \`gw.QosAppFrequencyLimit\` at 8 requests at once, which is why the node's default
is 5 at a time), and any number chosen here would decide the (a)/(b) ratio by itself. Against a real app's limit,
(a) backs off (a rate-limit reply halves its concurrency for the rest of the run and the page is retried) while (b),
one request at a time, may stay under it: lower **Max Concurrent Requests** (\`--concurrency\` here) if your app is
rate-limited.

## Targets

Goals, reported as measured (not assertions):

${table(['target', 'measured', ''], targetRows(r))}

${comparisonSection(r)}
${microSection(r)}
${startSection(r)}
${memorySection(r)}
## Running it

\`\`\`bash
npm run build
npm run bench                          # the defaults above, writes docs/performance.md (about 5 minutes on 2 cores)
npm run bench -- --quick               # smaller and fewer, prints only
npm run bench -- --latency-ms 100 --orders 20000 --runs 3 --out /tmp/perf.md
\`\`\`

Every setting is a flag or a \`BENCH_*\` environment variable: \`--latency-ms\`/\`BENCH_LATENCY_MS\`, \`--orders\`/\`BENCH_ORDERS\`,
\`--runs\`/\`BENCH_RUNS\`, \`--warmup\`/\`BENCH_WARMUP\`, \`--concurrency\`/\`BENCH_CONCURRENCY\`,
\`--seed\`/\`BENCH_SEED\`, \`--memory-orders\`/\`BENCH_MEMORY_ORDERS\` (0 skips), \`--start-runs\`/\`BENCH_START_RUNS\` (0 skips),
\`--micro-iterations\`/\`BENCH_MICRO_ITERATIONS\`, \`--out\`/\`BENCH_OUT\` (\`-\` writes nothing), \`--quick\`/\`BENCH_QUICK=1\`.
The bench needs Linux (\`/proc\`) and the n8n runtime \`npm test\` and \`npm start\` use.
`;
}

/** The short summary printed at the end. @param {BenchResults} r */
function renderSummary(r) {
	return table(['target', 'measured', ''], targetRows(r)).replace(/\*\*/g, '');
}

module.exports = { renderDoc, renderSummary, TARGETS };
