#!/usr/bin/env node
// `npm run bench`: builds the CDN bundle and reports its size, times response validation (the work
// every widget does on every answer), then loads the reference server on SQLite with autocannon.
// Numbers only: targets are marked PASS or BELOW, nothing fails on timing (the exact-count check
// does fail the run, because a wrong count is a bug, not a slow machine).
// `npm run bench -- server` runs only the server part; `npm run bench -- ideas` only the idea board.
import os from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { buildBundle } from './build.mjs';
import { BUNDLE_PATH, formatBytes, measure, printTable, readBundle } from './bundle-report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const iterations = Number(process.env.BENCH_ITERATIONS ?? 1000);
const only = process.argv[2];
if (only !== undefined && only !== 'server' && only !== 'ideas') {
  console.error(
    `Unknown part "${only}": use \`npm run bench\`, \`npm run bench -- server\` or \`npm run bench -- ideas\`.`,
  );
  process.exit(2);
}

if (only === undefined || only === 'ideas') {
  if (only === undefined) await benchWidgets();
  else buildBundle();
  await benchIdeaBoardRendering();
}
if (only === undefined || only === 'server') await benchReferenceServer();

async function benchWidgets() {
  buildBundle();
  console.log('\n━━ Bundle size');
  const size = measure(readBundle());
  printTable([
    ['file', 'raw', 'gzip', 'brotli'],
    [BUNDLE_PATH, formatBytes(size.raw), formatBytes(size.gzip), formatBytes(size.brotli)],
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

async function benchIdeaBoardRendering() {
  const { benchIdeaBoard, FIRST_RENDER_RUNS, TARGETS } = await tsImport(
    './bench/idea-board.ts',
    import.meta.url,
  );
  const { environment, results } = await benchIdeaBoard();
  console.log(`\n━━ <civic-idea-board> rendering (${environment})`);
  const ms = (value) => `${value.toFixed(1)} ms`;
  const upTo = (value, target) => `${ms(value)} ${value <= target ? 'PASS' : 'ABOVE'}`;
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
      'loading all',
      'scrolling',
      'idea elements in DOM',
    ],
    ...results.map((r) => [
      r.ideas.toLocaleString('en'),
      r.loaded.toLocaleString('en'),
      upTo(r.firstRenderMs, TARGETS.firstRenderMs),
      ms(r.controlFirstRenderMs),
      ms(r.afterDataMs),
      upTo(r.paintedMs, TARGETS.firstRenderMs),
      `${ms(r.traced.firstRenderMs)}, ${ms(r.traced.paintedMs)}`,
      upTo(r.longestTaskFirstRenderMs, TARGETS.longestTaskMs),
      upTo(r.longestTaskLoadingMs, TARGETS.longestTaskMs),
      upTo(r.longestTaskScrollingMs, TARGETS.longestTaskMs),
      r.ideaElements.toLocaleString('en'),
    ]),
  ]);
  for (const r of results) {
    console.log(
      `First renders of ${r.ideas.toLocaleString('en')} ideas: ${r.firstRenderRunsMs.map(ms).join(', ')}; ` +
        `of the control: ${r.controlRunsMs.map(ms).join(', ')}.`,
    );
  }
  for (const r of results) {
    const { count, overTarget, p99Ms } = r.scrollingTasks;
    console.log(
      `Longest scrolling task of ${r.ideas.toLocaleString('en')} ideas: ${r.scrollingTaskDetail}. ` +
        `Tasks over ${TARGETS.longestTaskMs} ms while scrolling, by the trace: ${overTarget.toLocaleString('en')} ` +
        `of ${count.toLocaleString('en')}; 99 in 100 took ${ms(p99Ms)} or less.`,
    );
  }
  for (const r of results) {
    const { unthrottled, throttled } = r.machineSpeed;
    console.log(
      `Machine speed before the ${r.ideas.toLocaleString('en')} ideas (Lighthouse BenchmarkIndex): ` +
        `${Math.round(unthrottled)} unthrottled, ${Math.round(throttled)} throttled ` +
        '(DevTools calibrates to about 1,000 for a mid-tier phone, 264 for a low-tier one).',
    );
  }
  console.log(
    `Targets: first render ≤ ${TARGETS.firstRenderMs} ms, every task ≤ ${TARGETS.longestTaskMs} ms. ` +
      'First render runs from adding the element to the first idea in the DOM (network to a local server included), each in a fresh page; ' +
      '"of it after the data" starts when the board and its first page of ideas have both arrived; ' +
      '"painted" runs on until that frame is laid out and painted, which is when a citizen sees the idea. ' +
      '"Control" is the same first render by a minimal element (plain DOM, the same two requests, three ideas): ' +
      'what this machine and browser take before any widget code, so a first render near it is near the floor. ' +
      `Times are from ${FIRST_RENDER_RUNS} pages that are not traced, because tracing slows a page; tasks are from ` +
      `${FIRST_RENDER_RUNS} traced pages, taken in turns with them, and from the Long Tasks API in all of them.`,
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
