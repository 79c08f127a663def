#!/usr/bin/env node
// `npm run bench`: builds the CDN bundle and reports its size, times response validation (the work
// every widget does on every answer), times a cold load of the demo page on an emulated phone
// against a control, renders the idea board against its control, then loads the reference server
// on SQLite with autocannon, and one then three server processes on PostgreSQL behind nginx.
// Numbers only: targets are marked PASS or BELOW, nothing fails on timing (the exact-count check
// does fail the run, because a wrong count is a bug, not a slow machine).
// `npm run bench -- exports` downloads large CSV exports on SQLite and PostgreSQL against a control.
// `npm run bench -- server`, `-- multi`, `-- exports`, `-- ideas` or `-- cold` runs only that part.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { buildBundle } from './build.mjs';
import { formatBytes, measure, printTable, readBundle } from './bundle-report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const iterations = Number(process.env.BENCH_ITERATIONS ?? 1000);
const PARTS = ['cold', 'ideas', 'server', 'multi', 'exports'];
const only = process.argv[2];
if (only !== undefined && !PARTS.includes(only)) {
  console.error(
    `Unknown part "${only}": use \`npm run bench\`, or one part: ${PARTS.map((part) => `\`npm run bench -- ${part}\``).join(', ')}.`,
  );
  process.exit(2);
}

const ms = (value) => `${value.toFixed(1)} ms`;
const whole = (value) => `${Math.round(value).toLocaleString('en')} ms`;
/** PASS when `value` is at most `limit`, else BELOW (below the target). */
const atMost = (value, limit) => (value <= limit ? 'PASS' : 'BELOW');

/** Scrolling tasks over the limit listed one by one: this many mostly in our script, and as many others. */
const SHOWN_TASKS = 10;

if (only === undefined) await benchWidgets();
else if (only !== 'server' && only !== 'multi' && only !== 'exports') buildBundle();
if (only === undefined || only === 'cold') await benchColdLoadPart();
if (only === undefined || only === 'ideas') await benchIdeaBoardRendering();
if (only === undefined || only === 'server') await benchReferenceServer();
if (only === undefined || only === 'multi') await benchMultiProcessPart();
if (only === undefined || only === 'exports') await benchExportsPart();

async function benchWidgets() {
  buildBundle();
  console.log('\n━━ Bundle size (every script in dist/cdn)');
  const files = readdirSync('dist/cdn')
    .filter((name) => name.endsWith('.js'))
    .sort();
  const sizes = files.map((name) => ({ name, ...measure(readBundle(join('dist/cdn', name))) }));
  const total = (key) => sizes.reduce((sum, size) => sum + size[key], 0);
  printTable([
    ['file', 'raw', 'gzip', 'brotli'],
    ...sizes.map((size) => [
      `dist/cdn/${size.name}`,
      formatBytes(size.raw),
      formatBytes(size.gzip),
      formatBytes(size.brotli),
    ]),
    ...(sizes.length > 1
      ? [['all of them', formatBytes(total('raw')), formatBytes(total('gzip')), formatBytes(total('brotli'))]]
      : []),
  ]);

  console.log(
    `\n━━ Response validation (${iterations} iterations each, Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'})`,
  );
  const { benchValidation } = await tsImport('./bench/validation.ts', import.meta.url);
  const results = await benchValidation(iterations, 100);
  printTable([
    ['operation', 'ops/s', 'mean', 'total'],
    ...results.map((r) => [
      r.name,
      r.opsPerSecond.toFixed(0),
      `${r.meanMs.toFixed(3)} ms`,
      `${r.totalMs.toFixed(0)} ms`,
    ]),
  ]);
}

async function benchColdLoadPart() {
  const {
    benchColdLoad,
    summarize,
    pairedDifference,
    COLD_LOAD_RUNS,
    TARGET_RATIO,
    CARD_PETITION,
    VARIANTS,
  } = await tsImport('./bench/cold-load.ts', import.meta.url);
  const { environment, runs, compression } = await benchColdLoad();
  console.log(`\n━━ Cold load on a phone (${environment})`);
  const summaries = VARIANTS.map((variant) => summarize(runs, variant)).filter(Boolean);
  const control = summaries.find((s) => s.variant === 'control');
  const byVariant = (variant) => summaries.find((s) => s.variant === variant);
  printTable([
    [
      'page',
      'loads',
      'shown (median)',
      'min',
      'max',
      '÷ control',
      'painted',
      'first paint',
      'JS transferred',
      'JS requests',
      'of it widgets',
    ],
    ...summaries.map((s) => [
      s.label,
      s.runs,
      whole(s.medianMs),
      whole(s.minMs),
      whole(s.maxMs),
      control && s.variant.startsWith('ours') ? `${(s.medianMs / control.medianMs).toFixed(2)}×` : '',
      whole(s.medianPaintedMs),
      whole(s.medianFcpMs),
      formatBytes(s.medianJsBytes),
      s.medianJsRequests,
      `${formatBytes(s.medianWidgetJsBytes)} in ${s.medianWidgetJsRequests}`,
    ]),
  ]);
  console.log(`\nEach load, in the order taken (${COLD_LOAD_RUNS} rounds after one that was not recorded):`);
  printTable([
    [
      'page',
      'shown',
      'JS transferred',
      'JS requests',
      'widgets: JS',
      'requests',
      'their code arrived',
      'idle work before',
      'long tasks before',
    ],
    ...runs.map((r) => [
      byVariant(r.variant).label,
      whole(r.shownMs),
      formatBytes(r.js.bytes),
      r.js.requests,
      formatBytes(r.widgetJs.bytes),
      r.widgetJs.requests,
      whole(r.scriptsArrivedMs),
      r.idleBefore.count === 0
        ? 'none'
        : `${ms(r.idleBefore.ms)} in ${r.idleBefore.count} (longest ${ms(r.idleBefore.longestMs)})`,
      r.longTasksBefore.count === 0
        ? 'none'
        : `${r.longTasksBefore.count}, longest ${ms(r.longTasksBefore.longestMs)}`,
    ]),
  ]);
  const ours = byVariant('ours');
  if (ours && control) {
    const ratio = ours.medianMs / control.medianMs;
    console.log(
      `\nDemo page's card ${CARD_PETITION} shows its count: ${whole(ours.medianMs)} against the control's ` +
        `${whole(control.medianMs)} (medians): ratio ${ratio.toFixed(2)}, target ≤ ${TARGET_RATIO}: ` +
        `${atMost(ratio, TARGET_RATIO)}.`,
    );
  }
  for (const [on, off, what] of [
    ['ours', 'ours-without-warm-up', "the demo page's count"],
    ['ideas', 'ideas-without-warm-up', "the ideas page's first idea"],
  ]) {
    const withIt = byVariant(on);
    const without = byVariant(off);
    if (!withIt || !without) continue;
    const { medianMs, sooner, rounds } = pairedDifference(runs, on, off);
    console.log(
      `Idle warm-up, ${what}: ${whole(withIt.medianMs)} with it, ${whole(without.medianMs)} without (medians); ` +
        `with − without, load by load in the same round: ${medianMs >= 0 ? '+' : ''}${whole(medianMs)} (median); ` +
        `sooner with it in ${sooner} of ${rounds} rounds.`,
    );
  }
  const encodings = compression.encodings.join(', ') || 'none fetched';
  console.log(
    `Widget scripts as the reference server sends them (Content-Encoding: ${encodings}): ` +
      `${formatBytes(compression.served)} for ${compression.files.join(', ')}; ` +
      `brotli (quality 11) would send ${formatBytes(compression.brotli)}.`,
  );
  console.log(
    'Shown: navigation start to the animation frame in which the card (or the first idea) is in the DOM, ' +
      '"painted" to the end of that frame, each load in a fresh browser context (empty cache). ' +
      "JS: encoded body bytes of every script response (the page's own scripts included), from CDP Network events; " +
      '"widgets": the kit under /assets/, or the control\'s script. The control is the demo page with the kit\'s script ' +
      "tag pointing at a plain custom element (no Lit) that fetches each card's petition from the same API and writes " +
      'its count. "Warm-up off": requestIdleCallback made to never call back, from the bench (the warm-up is the kit\'s ' +
      'only user of it). Idle work and long tasks (Long Tasks API) counted up to the frame that shows it.',
  );
}

async function benchIdeaBoardRendering() {
  const { benchIdeaBoard, FIRST_RENDER_RUNS, TARGETS } = await tsImport(
    './bench/idea-board.ts',
    import.meta.url,
  );
  const { environment, results } = await benchIdeaBoard();
  console.log(`\n━━ <civic-idea-board> rendering (${environment})`);
  printTable([
    [
      'ideas',
      'loaded',
      `first render (median of ${FIRST_RENDER_RUNS})`,
      'control',
      'of it after the data',
      'painted (median)',
      'traced: first render, painted',
      `longest task: first render (worst of ${FIRST_RENDER_RUNS * 2})`,
      'control',
      'loading all',
      'scrolling',
      'idea elements in DOM',
    ],
    ...results.map((r) => [
      r.ideas.toLocaleString('en'),
      r.loaded.toLocaleString('en'),
      ms(r.firstRenderMs),
      ms(r.controlFirstRenderMs),
      ms(r.afterDataMs),
      ms(r.paintedMs),
      `${ms(r.traced.firstRenderMs)}, ${ms(r.traced.paintedMs)}`,
      ms(r.longestTaskFirstRenderMs),
      ms(r.controlLongestTaskFirstRenderMs),
      ms(r.longestTaskLoadingMs),
      ms(r.longestTaskScrollingMs),
      r.ideaElements.toLocaleString('en'),
    ]),
  ]);
  console.log('\nTargets, each against the control measured in the same run:');
  const share = (value) => `${(value * 100).toFixed(3)} %`;
  printTable([
    ['ideas', 'target', 'ours', 'limit', 'result'],
    ...results.flatMap((r) => {
      const ideas = r.ideas.toLocaleString('en');
      const renderLimit = r.controlFirstRenderMs + TARGETS.firstRenderOverControlMs;
      const taskLimit = Math.max(
        TARGETS.longestTaskMs,
        r.controlLongestTaskFirstRenderMs + TARGETS.longestTaskOverControlMs,
      );
      const { count, overTarget } = r.scrollingTasks;
      const inOurCode = r.scrollingLongTasks.filter((task) => task.ours).length;
      return [
        [
          ideas,
          `median first render ≤ control's + ${TARGETS.firstRenderOverControlMs} ms`,
          ms(r.firstRenderMs),
          `${ms(r.controlFirstRenderMs)} + ${TARGETS.firstRenderOverControlMs} = ${ms(renderLimit)}`,
          atMost(r.firstRenderMs, renderLimit),
        ],
        [
          ideas,
          `longest first-render task ≤ ${TARGETS.longestTaskMs} ms or ≤ control's + ${TARGETS.longestTaskOverControlMs} ms`,
          ms(r.longestTaskFirstRenderMs),
          `${TARGETS.longestTaskMs} ms or ${ms(r.controlLongestTaskFirstRenderMs)} + ${TARGETS.longestTaskOverControlMs}`,
          atMost(r.longestTaskFirstRenderMs, taskLimit),
        ],
        [
          ideas,
          `scrolling: tasks over ${TARGETS.longestTaskMs} ms ≤ ${share(TARGETS.scrollingLongTaskShare)} of tasks`,
          `${overTarget.toLocaleString('en')} of ${count.toLocaleString('en')} (${share(overTarget / count)})`,
          `${Math.floor(count * TARGETS.scrollingLongTaskShare).toLocaleString('en')} of ${count.toLocaleString('en')}`,
          atMost(overTarget / count, TARGETS.scrollingLongTaskShare),
        ],
        [
          ideas,
          `scrolling: none of those mostly our script`,
          `${inOurCode} of ${overTarget}`,
          '0',
          atMost(inOurCode, 0),
        ],
      ];
    }),
  ]);
  for (const r of results) {
    console.log(
      `\nFirst renders of ${r.ideas.toLocaleString('en')} ideas: ${r.firstRenderRunsMs.map(ms).join(', ')}; ` +
        `of the control: ${r.controlRunsMs.map(ms).join(', ')}.`,
    );
    if (!r.definedBeforeMount) {
      console.log(
        '  <civic-idea-board> was not defined before the board was added: its first render includes loading its code.',
      );
    }
    const { count, overTarget, p99Ms } = r.scrollingTasks;
    console.log(
      `Longest scrolling task of ${r.ideas.toLocaleString('en')} ideas: ${r.scrollingTaskDetail}. ` +
        `Tasks over ${TARGETS.longestTaskMs} ms while scrolling, by the trace: ${overTarget.toLocaleString('en')} ` +
        `of ${count.toLocaleString('en')}; 99 in 100 took ${ms(p99Ms)} or less.`,
    );
    if (r.scrollingLongTasks.length > 0) {
      const byLargest = new Map();
      for (const task of r.scrollingLongTasks) {
        const largest = task.shares[0]?.[0] ?? 'unattributed';
        byLargest.set(largest, (byLargest.get(largest) ?? 0) + 1);
      }
      console.log(
        `  Their largest share of time: ${[...byLargest]
          .sort((a, b) => b[1] - a[1])
          .map(([name, n]) => `${name} in ${n}`)
          .join(', ')}.`,
      );
      const shown = [
        ...r.scrollingLongTasks.filter((task) => task.ours).slice(0, SHOWN_TASKS),
        ...[...r.scrollingLongTasks]
          .filter((task) => !task.ours)
          .sort((a, b) => b.ms - a.ms)
          .slice(0, SHOWN_TASKS),
      ];
      console.log(
        `  Mostly our script (up to ${SHOWN_TASKS}), then the longest others (up to ${SHOWN_TASKS}), by own time:`,
      );
      for (const task of shown) {
        const parts = task.shares.map(([name, value]) => `${name} ${ms(value)}`).join(', ');
        console.log(
          `  ${ms(task.ms)} at ${(task.atMs / 1000).toFixed(1)} s: ${parts}${task.ours ? ' ← mostly our script' : ''}` +
            ` (by event: ${task.inside})`,
        );
      }
    }
    const { unthrottled, throttled } = r.machineSpeed;
    console.log(
      `Machine speed before the ${r.ideas.toLocaleString('en')} ideas (Lighthouse BenchmarkIndex): ` +
        `${Math.round(unthrottled)} unthrottled, ${Math.round(throttled)} throttled ` +
        '(DevTools calibrates to about 1,000 for a mid-tier phone, 264 for a low-tier one).',
    );
  }
  console.log(
    '\nFirst render runs from adding the element to the first idea in the DOM (network to a local server included), each in a fresh page; ' +
      '"of it after the data" starts when the board and its first page of ideas have both arrived; ' +
      '"painted" runs on until that frame is laid out and painted, which is when a citizen sees the idea. ' +
      '"Control" is the same first render by a minimal element (plain DOM, the same two requests, three ideas): ' +
      'what this machine and browser take before any widget code. ' +
      `Times are from ${FIRST_RENDER_RUNS} pages that are not traced, because tracing slows a page; tasks are from ` +
      `${FIRST_RENDER_RUNS} traced pages, taken in turns with them, and from the Long Tasks API in all of them, for the board and the control alike. ` +
      'A scrolling task over the limit counts as "our script" when, of its trace events\' own time, script from the kit ' +
      '(by URL, and script run as microtasks, to which the trace gives no URL) is the largest share, ahead of style and layout, paint, garbage collection and the rest.',
  );
}

function mark(value, target) {
  return value >= target ? 'PASS' : 'BELOW';
}

async function benchReferenceServer() {
  const { benchServer, DEFAULT_OPTIONS, TARGETS } = await tsImport('./bench/server.ts', import.meta.url);
  console.log('\n━━ Reference server on SQLite (autocannon; demo mode, rate limits off, request logs off)');
  const r = await benchServer(DEFAULT_OPTIONS);
  console.log(r.environment);
  const row = (p, target) => [
    p.name,
    p.ok.toLocaleString('en'),
    p.failed.toLocaleString('en'),
    `${p.seconds.toFixed(1)} s`,
    Math.round(p.perSecond).toLocaleString('en'),
    Number.isNaN(p.p99Ms) ? '' : `${p.p99Ms} ms`,
    p.serverCores === null ? '' : `${Math.round(p.serverCores * 100)}%`,
    target ? `≥${target.toLocaleString('en')}/s ${mark(p.perSecond, target)}` : '',
  ];
  printTable([
    ['operation', 'ok', 'failed', 'time', 'per second', 'p99', 'server CPU', 'target'],
    row(r.create, TARGETS.signaturesPerSecond),
    row(r.confirm, TARGETS.signaturesPerSecond),
    row(r.countReads, TARGETS.countReadsPerSecond),
    row(r.ceiling),
    row(r.raw),
  ]);
  console.log(
    `\nServer ÷ raw insert loop: create ${(r.create.perSecond / r.raw.perSecond).toFixed(2)}×, ` +
      `confirm ${(r.confirm.perSecond / r.raw.perSecond).toFixed(2)}×. ` +
      `Count reads ÷ bare node:http ceiling: ${(r.countReads.perSecond / r.ceiling.perSecond).toFixed(2)}×.`,
  );
  console.log(
    'The load generator shares the machine with the server. A server CPU well below 100% means something ' +
      'else set the pace: the generator, the disk (fsync per commit) or other processes (see the load average).',
  );
  console.log(
    `Signature rows: ${r.createdRows.toLocaleString('en')} created (${r.create.ok.toLocaleString('en')} answered 202 ` +
      `within the run); ${r.tokensRead.toLocaleString('en')} tokens read from the outbox; ` +
      `${r.confirmedRows.toLocaleString('en')} confirmed.`,
  );
  const expected = r.initialCount + r.acknowledgedConfirmations;
  const exact = r.finalCount === expected && r.confirmedRows === r.acknowledgedConfirmations;
  console.log(
    `Final count ${r.finalCount.toLocaleString('en')} ${exact ? '=' : '≠'} initial ${r.initialCount} + ` +
      `${r.acknowledgedConfirmations.toLocaleString('en')} acknowledged confirmations: ${exact ? 'EXACT' : 'MISMATCH'}`,
  );
  if (!exact) process.exitCode = 1;
}

async function benchMultiProcessPart() {
  console.log(
    '\n━━ Reference server, 1 and 3 processes on PostgreSQL behind nginx (autocannon through the proxy; demo mode, rate limits off)',
  );
  const adminUrl = process.env.CIVIC_TEST_POSTGRES_URL;
  if (!adminUrl) {
    console.log(
      '!!! NOT MEASURED: set CIVIC_TEST_POSTGRES_URL (bash .ci/postgres.sh prints one) and install nginx (apt-get install nginx).',
    );
    return;
  }
  const { benchMultiProcess } = await tsImport('./bench/multi.ts', import.meta.url);
  const { TARGETS } = await tsImport('./bench/server.ts', import.meta.url);
  const { environment, runs } = await benchMultiProcess(adminUrl);
  console.log(environment);
  const [one, three] = runs;
  const perSecond = (p) => Math.round(p.perSecond).toLocaleString('en');
  const cores = (p) => (p.serverCores === null ? '?' : `${Math.round(p.serverCores * 100)}%`);
  const row = (name, key, target) => [
    name,
    `${perSecond(one[key])}/s`,
    `${perSecond(three[key])}/s`,
    `${(three[key].perSecond / one[key].perSecond).toFixed(2)}×`,
    `${one[key].failed.toLocaleString('en')} / ${three[key].failed.toLocaleString('en')}`,
    `${one[key].p99Ms} / ${three[key].p99Ms} ms`,
    `${cores(one[key])} / ${cores(three[key])}`,
    `≥${target.toLocaleString('en')}/s ${mark(three[key].perSecond, target)}`,
  ];
  printTable([
    [
      'operation',
      '1 process',
      '3 processes',
      '3 ÷ 1',
      'failed (1 / 3)',
      'p99 (1 / 3)',
      'servers CPU (1 / 3)',
      'target (3)',
    ],
    row('create signature (POST …/signatures → 202)', 'create', TARGETS.signaturesPerSecond),
    row('confirm signature (POST /signatures/confirm → 200)', 'confirm', TARGETS.signaturesPerSecond),
    row('count read (GET …/count → 200)', 'countReads', TARGETS.countReadsPerSecond),
  ]);
  console.log(
    'Load generator, nginx, PostgreSQL and the servers share this machine; the SQLite figures above are one ' +
      'process without a proxy.',
  );
  for (const run of runs) {
    const expected = run.initialCount + run.acknowledgedConfirmations;
    const exact = run.finalCount === expected && run.confirmedRows === run.acknowledgedConfirmations;
    console.log(
      `${run.processes} process${run.processes === 1 ? '' : 'es'}: final count ${run.finalCount.toLocaleString('en')} ` +
        `${exact ? '=' : '≠'} initial ${run.initialCount} + ${run.acknowledgedConfirmations.toLocaleString('en')} ` +
        `acknowledged confirmations: ${exact ? 'EXACT' : 'MISMATCH'}`,
    );
    if (!exact) process.exitCode = 1;
  }
}

async function benchExportsPart() {
  const { benchExports, EXPORT_BENCH_SIZE, EXPORT_BENCH_ROUNDS, SMALL_HEAP_MIB } = await tsImport(
    './bench/exports.ts',
    import.meta.url,
  );
  const size = (n) => n.toLocaleString('en');
  console.log(
    `\n━━ CSV exports through the reference server: ${size(EXPORT_BENCH_SIZE.petitions * EXPORT_BENCH_SIZE.regionsPerPetition)} ` +
      `petition-regions rows, ${size(EXPORT_BENCH_SIZE.ideas)} ideas (one download each, the server in its own process)`,
  );
  const adminUrl = process.env.CIVIC_TEST_POSTGRES_URL;
  if (!adminUrl)
    console.log(
      '!!! PostgreSQL NOT MEASURED: set CIVIC_TEST_POSTGRES_URL (bash .ci/postgres.sh prints one).',
    );
  const { environment, runs } = await benchExports(adminUrl);
  console.log(environment);
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const seconds = (value) => `${value.toFixed(2)} s`;
  printTable([
    [
      'database',
      'dataset',
      'rows',
      'CSV',
      'server: time',
      'rows/s',
      'RSS before',
      'peak RSS',
      'peak − before',
      'control: time',
      'control: peak − start',
      'time ÷ control',
    ],
    ...runs.flatMap((run) =>
      run.server.map((r, i) => {
        const c = run.control[i];
        return [
          run.database,
          r.dataset,
          size(r.rows),
          mib(r.bytes),
          seconds(r.seconds),
          size(Math.round(r.rows / r.seconds)),
          mib(r.rssBefore),
          mib(r.rssPeak),
          mib(r.rssPeak - r.rssBefore),
          seconds(c.seconds),
          mib(c.rssPeak - c.rssBefore),
          `${(r.seconds / c.seconds).toFixed(2)}×`,
        ];
      }),
    ),
  ]);
  for (const run of runs) {
    console.log(`${run.database}: seeded in ${run.seedSeconds.toFixed(1)} s.`);
    const small = run.smallHeap;
    console.log(
      'failed' in small
        ? `  petition-regions from a server limited to a ${SMALL_HEAP_MIB} MiB heap: FAILED (${small.failed})`
        : `  petition-regions from a server limited to a ${SMALL_HEAP_MIB} MiB heap: ${size(small.rows)} rows in ` +
            `${seconds(small.seconds)}, peak RSS ${mib(small.rssPeak)} (${mib(small.rssPeak - small.rssBefore)} over its ${mib(small.rssBefore)} before).`,
    );
    if ('failed' in small || small.rows !== run.server[0].rows) process.exitCode = 1;
    for (const [i, r] of run.server.entries()) {
      const each = (m) => m.roundSeconds.map(seconds).join(', ');
      console.log(`  ${r.dataset}: server ${each(r)}; control ${each(run.control[i])}.`);
    }
    for (const [i, r] of run.server.entries()) {
      const c = run.control[i];
      if ([...r.roundRows, ...c.roundRows].some((rows) => rows !== r.rows)) {
        console.log(
          `${run.database} ${r.dataset}: the server exported ${r.roundRows.map(size).join(', ')} rows, ` +
            `the control read ${c.roundRows.map(size).join(', ')}: MISMATCH`,
        );
        process.exitCode = 1;
      }
    }
  }
  console.log(
    `Each figure: the median time of ${EXPORT_BENCH_ROUNDS} rounds (server and control taking turns), and the largest rise of memory among them. ` +
      "Time: request to the last byte, read by this process over loopback. Peak RSS: the server's resident-memory " +
      'high-water mark during the download (reset with /proc/PID/clear_refs just before it). The control is a separate ' +
      'process reading the same rows with the same keyset batches and query layer and writing them, comma-joined ' +
      'without quoting, to /dev/null; its rise of memory is from its start (after loading its code) to its peak.',
  );
}
