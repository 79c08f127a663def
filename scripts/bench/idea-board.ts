import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { basename } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { Board, Idea, IdeaPage } from '../../src/protocol/index.js';
import { discovery } from '../../test/mocks/fixtures/discovery.js';
import { benchBoard, generatedIdeas } from '../../test/mocks/fixtures/ideas.js';

/*
 * <civic-idea-board> in Chromium with the CPU throttled 4× (a mid-range phone), fed by a local
 * backend that serves N generated ideas in pages of 100. Measured: the first render (element added
 * → first idea in the DOM, and the part of it after the board and its first page had arrived, from
 * resource timing), the longest main-thread task while it renders, while every page is loaded with
 * "load more", and while the page scrolls from top to bottom; and how many idea elements the DOM
 * holds at the end (virtualization keeps it small).
 *
 * Tracing slows the page it watches (by about a fifth here), so the first renders are timed in
 * pages that are not traced, and the tasks are measured in as many pages that are, taken in turns.
 * The Long Tasks API watches every page, traced or not.
 *
 * A control shows how much of a first render is the machine's: a minimal custom element, no Lit
 * and no validation, that makes the board's two requests and renders three ideas' titles and
 * bodies, timed the same way in as many fresh pages, taken in turns with the board's.
 */

export const TARGETS = { longestTaskMs: 50, firstRenderMs: 100 } as const;
export const CPU_THROTTLING = 4;
/**
 * First renders per size, each in a fresh page, untraced and then as many traced: the table shows
 * the median untraced time and the worst task of all.
 */
export const FIRST_RENDER_RUNS = 5;
/** How long a fresh page is left idle before the board is added, as a page a citizen is reading. */
const SETTLE_MS = 1_000;
const PAGE_SIZE = 100;
const BUNDLE = new URL('../../dist/cdn/civic-widgets.js', import.meta.url);
/** The control page's path on the bench backend. */
const CONTROL = '/control';

export interface IdeaBoardBenchResult {
  ideas: number;
  /** Median over `FIRST_RENDER_RUNS` fresh pages, untraced. */
  firstRenderMs: number;
  /** Median of the part of each first render after the board and its first page had arrived (resource timing). */
  afterDataMs: number;
  /** Median time until the frame with the first idea was laid out and painted. */
  paintedMs: number;
  /** Every untraced first render's time, in run order. */
  firstRenderRunsMs: number[];
  /** Median first render of the control element over as many fresh pages: the machine's part. */
  controlFirstRenderMs: number;
  controlRunsMs: number[];
  /** The same medians in the traced pages, which tracing slows. */
  traced: { firstRenderMs: number; paintedMs: number };
  /** The longest first-render task in any page: by the trace where traced, by the Long Tasks API in all. */
  longestTaskFirstRenderMs: number;
  longestTaskLoadingMs: number;
  longestTaskScrollingMs: number;
  /** Where the longest scrolling task came from and what took its time, to tell the code from the machine. */
  scrollingTaskDetail: string;
  /**
   * Every main-thread task of the scroll, by the trace: how many, how many over the target, and
   * the 99th percentile. Says whether the longest was one of a kind or the usual.
   */
  scrollingTasks: { count: number; overTarget: number; p99Ms: number };
  /** `<li part="idea">` elements in the DOM after scrolling through every idea. */
  ideaElements: number;
  loaded: number;
  /** How fast this machine ran at the time (`BENCHMARK_INDEX`), without throttling and with it. */
  machineSpeed: { unthrottled: number; throttled: number };
}

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>idea board bench</title>
  <script type="module" src="/civic-widgets.js"></script></head>
  <body><civic-provider api-base="/api/v1" id="provider"></civic-provider></body>
</html>`;

/*
 * The control: the least a widget can do for the same first render. Plain DOM calls, so it costs
 * the same in any build.
 */
const CONTROL_PAGE = PAGE.replace('/civic-widgets.js', '/control.js');
const CONTROL_SCRIPT = `customElements.define('civic-idea-board', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const api = '/api/v1/boards/' + this.getAttribute('board');
    const get = (path) => fetch(api + path).then((response) => response.json());
    Promise.all([get(''), get('/ideas?sort=trending&limit=' + this.getAttribute('page-size'))]).then(([, page]) => {
      const list = document.createElement('ul');
      for (const idea of page.items.slice(0, 3)) {
        const item = document.createElement('li');
        item.setAttribute('part', 'idea');
        const title = document.createElement('h3');
        title.textContent = idea.title;
        const body = document.createElement('p');
        body.textContent = idea.body;
        item.append(title, body);
        list.append(item);
      }
      root.append(list);
    });
  }
});`;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** A backend for one board: discovery, the board, and its ideas by offset cursor. */
function backend(board: Board, ideas: readonly Idea[]) {
  const bundle = readFileSync(BUNDLE);
  const served = new Set<string>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const json = (body: unknown) => send(res, 200, 'application/json', JSON.stringify(body));
    if (url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', PAGE);
    if (url.pathname === '/civic-widgets.js') return send(res, 200, 'text/javascript', bundle);
    if (url.pathname === CONTROL) return send(res, 200, 'text/html; charset=utf-8', CONTROL_PAGE);
    if (url.pathname === '/control.js') return send(res, 200, 'text/javascript', CONTROL_SCRIPT);
    if (url.pathname === '/api/v1/' || url.pathname === '/api/v1') return json(discovery);
    if (url.pathname === `/api/v1/boards/${board.id}`) return json(board);
    if (url.pathname === `/api/v1/boards/${board.id}/ideas`) {
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? PAGE_SIZE);
      const end = Math.min(offset + limit, ideas.length);
      for (const idea of ideas.slice(offset, end)) served.add(idea.id);
      const page: IdeaPage = {
        items: ideas.slice(offset, end),
        nextCursor: end < ideas.length ? String(end) : null,
        total: ideas.length,
      };
      return json(page);
    }
    return send(
      res,
      404,
      'application/problem+json',
      JSON.stringify({ type: 'about:blank', status: 404, title: 'Not found' }),
    );
  };
  /** Different ideas sent to the widget so far. */
  return { handle, served: () => served.size };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Top-level task events, as Chromium has named them over the years. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/**
 * The microtask checkpoint Blink runs when a task's script is done. The trace shows it after its
 * task's event rather than inside it, but it is part of the task: promise reactions such as a
 * fetch's body parsing and Lit's updates run in it, and the Long Tasks API counts it too.
 */
const MICROTASK_CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** How soon after a task's event its checkpoint starts, at most (µs); seen: about 0.1 ms. */
const CHECKPOINT_GAP_US = 1_000;

/**
 * The main-thread tasks of `thread`'s thread, each with the microtask checkpoint that ran right
 * after it, as [start, end] in trace microseconds. A checkpoint of its own counts as a task.
 */
function tasksOf(events: readonly TraceEvent[], thread: TraceEvent): Array<[number, number]> {
  const candidates = events
    .filter(
      (e) =>
        (TASK_EVENTS.has(e.name) || e.name === MICROTASK_CHECKPOINT) &&
        e.ph === 'X' &&
        e.dur !== undefined &&
        e.pid === thread.pid &&
        e.tid === thread.tid,
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks: Array<[number, number]> = [];
  for (const e of candidates) {
    const end = e.ts + e.dur!;
    const last = tasks.at(-1);
    if (last && e.ts < last[1]) {
      last[1] = Math.max(last[1], end); // nested in the task before
    } else if (last && e.name === MICROTASK_CHECKPOINT && e.ts - last[1] <= CHECKPOINT_GAP_US) {
      last[1] = end;
    } else {
      tasks.push([e.ts, end]);
    }
  }
  return tasks;
}

/** The tasks of `thread`'s thread that overlap [from, to] (trace microseconds). */
function tasksWithin(
  events: readonly TraceEvent[],
  thread: TraceEvent,
  from: number,
  to: number,
): Array<[number, number]> {
  return tasksOf(events, thread).filter(([start, end]) => end >= from && start <= to);
}

/** The longest task within [from, to] (trace microseconds) on the thread that wrote `thread`'s mark. */
interface LongestTask {
  ms: number;
  /** Start, in ms after `from`. */
  atMs: number;
  /** The trace events whose own time was most of it, by name, e.g. `Layout 11.6 ms, MajorGC 9.8 ms`. */
  inside: string;
}

/** Events that only wrap others, or mark a moment: naming them would say nothing about where the time went. */
const WRAPPER_EVENT =
  /RunTask|MicrotaskCheckpoint|^V8\.|v8\.|ThreadController|Receive mojo|OnHandleReady|started$/;

/**
 * The longest task within [from, to] (trace microseconds) on the thread that wrote `thread`'s mark,
 * which is the page's main thread. A window without any task means the trace is unusable.
 */
function longestTask(
  events: readonly TraceEvent[],
  thread: TraceEvent,
  from: number,
  to: number,
): LongestTask {
  let longest: [number, number] | undefined;
  for (const task of tasksWithin(events, thread, from, to)) {
    if (!longest || task[1] - task[0] > longest[1] - longest[0]) longest = task;
  }
  if (!longest) throw new Error('the trace holds no main-thread tasks in the measured window');
  const [start, end] = longest;
  // Each event's own time (its length less the events nested in it), summed by name: script,
  // layout, paint and garbage collection come apart instead of all counting for the handler
  // that happened to be running.
  const inTask = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.dur !== undefined &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ts >= start &&
        e.ts + e.dur! <= end &&
        !WRAPPER_EVENT.test(e.name),
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const time = new Map<string, number>();
  const open: Array<{ name: string; end: number; own: number }> = [];
  const close = (until: number) => {
    while (open.length > 0 && open.at(-1)!.end <= until) {
      const { name, own } = open.pop()!;
      time.set(name, (time.get(name) ?? 0) + own / 1000);
    }
  };
  for (const e of inTask) {
    close(e.ts);
    const parent = open.at(-1);
    if (parent) parent.own -= e.dur!;
    const name = e.args?.data?.type ? `${e.name} ${e.args.data.type}` : e.name;
    open.push({ name, end: e.ts + e.dur!, own: e.dur! });
  }
  close(Infinity);
  const inside = [...time]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
    .join(', ');
  return { ms: (end - start) / 1000, atMs: (start - from) / 1000, inside };
}

/** Clock marks in trace time: `performance.mark` events carry the trace timestamp. */
function markOf(events: readonly TraceEvent[], name: string): TraceEvent {
  const mark = events.find((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n'));
  if (!mark) throw new Error(`no "${name}" mark in the trace`);
  return mark;
}

interface FirstRender {
  firstRenderMs: number;
  afterDataMs: number;
  paintedMs: number;
}

/*
 * A second opinion on long tasks: the page's own Long Tasks API, which reports every task over
 * 50 ms with its microtasks. The bench reports the longer of it and the trace, so a task the trace
 * accounting misses still counts.
 */
const OBSERVE_LONG_TASKS = `(() => {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
})()`;

/**
 * The longest task the Long Tasks API saw between two `performance.mark`s: [duration, start after the
 * first mark] in ms, [0, 0] if none.
 */
const LONG_TASK_BETWEEN = (start: string, end: string) => `(async () => {
  // Entries are delivered after their task; one more task lets the last of them arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const from = performance.getEntriesByName(${JSON.stringify(start)})[0].startTime;
  const to = performance.getEntriesByName(${JSON.stringify(end)})[0].startTime;
  return window.benchLongTasks
    .filter(([startTime, duration]) => startTime + duration >= from && startTime <= to)
    .reduce((longest, [startTime, duration]) => (duration > longest[0] ? [duration, startTime - from] : longest), [0, 0]);
})()`;

/*
 * The page-side steps are plain JavaScript strings: functions handed to page.evaluate would be
 * compiled by tsx, which adds helper calls (`__name`) that do not exist in the page.
 */
const MOUNT = `(async () => {
  performance.mark('bench:mount');
  const start = performance.now();
  const board = document.createElement('civic-idea-board');
  board.setAttribute('board', 'bench');
  board.setAttribute('page-size', '100');
  document.getElementById('provider').append(board);
  await new Promise((resolve) => {
    const check = () => {
      if (board.shadowRoot && board.shadowRoot.querySelector('[part~="idea"]')) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  performance.mark('bench:rendered');
  const end = performance.now();
  // The frame that shows the first idea does its layout and paint right after this animation
  // frame callback; a message posted now is handled after them.
  await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
  performance.mark('bench:painted');
  const painted = performance.now();
  const arrived = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= start && entry.name.includes('/boards/'))
    .reduce((last, entry) => Math.max(last, entry.responseEnd), start);
  return { firstRenderMs: end - start, afterDataMs: end - arrived, paintedMs: painted - start };
})()`;

const LOAD_ALL = (total: number) => `(async () => {
  performance.mark('bench:loading');
  const board = document.querySelector('civic-idea-board');
  for (let pages = 1; pages * 100 < ${total}; pages++) await board.loadMore();
  performance.mark('bench:loaded');
})()`;

const SCROLL = `(async () => {
  performance.mark('bench:scrolling');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const step = Math.max(window.innerHeight, 600);
  for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
    window.scrollTo(0, y);
    await frame();
    await frame();
  }
  performance.mark('bench:scrolled');
  return document.querySelector('civic-idea-board').shadowRoot.querySelectorAll('[part~="idea"]').length;
})()`;

/*
 * The machine's speed as Lighthouse's BenchmarkIndex measures it (higher is faster), so a run can
 * be read against the devices it stands for: Chrome DevTools calibrates its CPU throttling presets
 * to about 1,000 for a mid-tier phone (Pixel 5) and 264 for a low-tier one (Moto G Power 2022).
 * This machine's speed varies from minute to minute, and with it every timing here. The measure:
 * the average of how many times per second (÷ 10) a 10,000-character string can be built one
 * character at a time, and 100,000 integers copied between two arrays, for half a second each.
 */
const BENCHMARK_INDEX = `(() => {
  const rate = (work) => {
    const start = Date.now();
    let rounds = 0;
    // The clock is read every tenth round, so reading it costs little.
    while (rounds % 10 !== 0 || Date.now() - start < 500) {
      work(rounds);
      rounds += 1;
    }
    return Math.round(rounds / 10 / ((Date.now() - start) / 1000));
  };
  const built = rate(() => {
    let text = '';
    for (let i = 0; i < 10000; i += 1) text += 'a';
    if (text.length !== 10000) throw new Error('the string was not built');
  });
  const first = Array.from({ length: 100000 }, (_, i) => i);
  const second = first.slice();
  const copied = rate((round) => {
    const [from, to] = round % 2 === 0 ? [first, second] : [second, first];
    for (let i = 0; i < from.length; i += 1) to[i] = from[i];
  });
  return (built + copied) / 2;
})()`;

/** `BENCHMARK_INDEX` in a blank page, then again with the CPU throttled as for the renders. */
async function machineSpeed(browser: Browser): Promise<{ unthrottled: number; throttled: number }> {
  const page = await browser.newPage();
  try {
    const unthrottled = (await page.evaluate(BENCHMARK_INDEX)) as number;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    const throttled = (await page.evaluate(BENCHMARK_INDEX)) as number;
    return { unthrottled, throttled };
  } finally {
    await page.close();
  }
}

async function chromiumPath(): Promise<string> {
  const finder = new URL('../find-chromium.mjs', import.meta.url).href;
  const { requireHeadlessChromium } = (await import(finder)) as {
    requireHeadlessChromium(options: { install: boolean }): string;
  };
  return requireHeadlessChromium({ install: true });
}

interface TracedPage {
  page: Page;
  /** Runs `steps` in the page while tracing; answers what they returned and the trace events. */
  traced<T>(steps: (page: Page) => Promise<T>): Promise<{ value: T; events: TraceEvent[] }>;
}

/**
 * A fresh page on the bench backend with the bundle (or at `CONTROL`, the control) loaded, the CPU
 * throttled, left idle for `SETTLE_MS`.
 */
async function openPage(browser: Browser, port: number, path = '/'): Promise<TracedPage> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForFunction("customElements.get('civic-idea-board') !== undefined");
  await page.evaluate(OBSERVE_LONG_TASKS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  await page.waitForTimeout(SETTLE_MS);
  return {
    page,
    async traced(steps) {
      await browser.startTracing(page, {
        categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
      });
      const value = await steps(page);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: TraceEvent[];
      };
      return { value, events: trace.traceEvents };
    },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Renders boards of each size with the CPU throttled: `FIRST_RENDER_RUNS` first renders, each in a
 * fresh page (the last of them then loads every page and scrolls to the end).
 */
export async function benchIdeaBoard(sizes: readonly number[] = [1_000, 10_000]): Promise<{
  environment: string;
  results: IdeaBoardBenchResult[];
}> {
  const executablePath = await chromiumPath();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const version = browser.version();
  const results: IdeaBoardBenchResult[] = [];
  try {
    for (const count of sizes) {
      const api = backend(benchBoard, generatedIdeas(count));
      const server = createServer(api.handle);
      server.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        const speed = await machineSpeed(browser);
        const renders: FirstRender[] = [];
        const controlRenders: FirstRender[] = [];
        const tracedRenders: FirstRender[] = [];
        const firstRenderTasks: number[] = [];
        let last:
          | {
              ideaElements: number;
              loadingMs: number;
              scrollingMs: number;
              scrollingDetail: string;
              scrollingTasks: IdeaBoardBenchResult['scrollingTasks'];
            }
          | undefined;
        for (let run = 1; run <= FIRST_RENDER_RUNS * 2; run += 1) {
          const { page, traced } = await openPage(browser, port);
          const longTaskApi = async (start: string, end: string) =>
            (await page.evaluate(LONG_TASK_BETWEEN(start, end))) as [number, number];
          if (run % 2 === 1) {
            renders.push((await page.evaluate(MOUNT)) as FirstRender);
            firstRenderTasks.push((await longTaskApi('bench:mount', 'bench:painted'))[0]);
            await page.close();
            const control = await openPage(browser, port, CONTROL);
            controlRenders.push((await control.page.evaluate(MOUNT)) as FirstRender);
            await control.page.close();
            continue;
          }
          const final = run === FIRST_RENDER_RUNS * 2;
          const { value, events } = await traced(async (tracedPage) => {
            const render = (await tracedPage.evaluate(MOUNT)) as FirstRender;
            if (!final) return { render, ideaElements: 0 };
            await tracedPage.evaluate(LOAD_ALL(count));
            return { render, ideaElements: (await tracedPage.evaluate(SCROLL)) as number };
          });
          const main = markOf(events, 'bench:mount');
          /** The longest task between two marks, by the trace and by the page's Long Tasks API. */
          const longest = async (start: string, end: string) => {
            const fromTrace = longestTask(events, main, markOf(events, start).ts, markOf(events, end).ts);
            const [ms, atMs] = await longTaskApi(start, end);
            const detail =
              ms > fromTrace.ms
                ? `${ms.toFixed(1)} ms at ${(atMs / 1000).toFixed(1)} s, by the Long Tasks API (the trace's longest: ` +
                  `${fromTrace.ms.toFixed(1)} ms at ${(fromTrace.atMs / 1000).toFixed(1)} s: ${fromTrace.inside})`
                : `${fromTrace.ms.toFixed(1)} ms at ${(fromTrace.atMs / 1000).toFixed(1)} s: ${fromTrace.inside}`;
            return { ms: Math.max(ms, fromTrace.ms), detail };
          };
          tracedRenders.push(value.render);
          firstRenderTasks.push((await longest('bench:mount', 'bench:painted')).ms);
          if (final) {
            const scrolling = await longest('bench:scrolling', 'bench:scrolled');
            const lengths = tasksWithin(
              events,
              main,
              markOf(events, 'bench:scrolling').ts,
              markOf(events, 'bench:scrolled').ts,
            )
              .map(([start, end]) => (end - start) / 1000)
              .sort((a, b) => a - b);
            last = {
              scrollingTasks: {
                count: lengths.length,
                overTarget: lengths.filter((ms) => ms > TARGETS.longestTaskMs).length,
                p99Ms: lengths[Math.floor((lengths.length - 1) * 0.99)] ?? 0,
              },
              ideaElements: value.ideaElements,
              loadingMs: (await longest('bench:loading', 'bench:loaded')).ms,
              scrollingMs: scrolling.ms,
              scrollingDetail: scrolling.detail,
            };
          }
          await page.close();
        }
        const { ideaElements, loadingMs, scrollingMs, scrollingDetail, scrollingTasks } = last!;
        results.push({
          ideas: count,
          firstRenderMs: median(renders.map((render) => render.firstRenderMs)),
          afterDataMs: median(renders.map((render) => render.afterDataMs)),
          paintedMs: median(renders.map((render) => render.paintedMs)),
          firstRenderRunsMs: renders.map((render) => render.firstRenderMs),
          controlFirstRenderMs: median(controlRenders.map((render) => render.firstRenderMs)),
          controlRunsMs: controlRenders.map((render) => render.firstRenderMs),
          traced: {
            firstRenderMs: median(tracedRenders.map((render) => render.firstRenderMs)),
            paintedMs: median(tracedRenders.map((render) => render.paintedMs)),
          },
          ideaElements,
          loaded: api.served(),
          longestTaskFirstRenderMs: Math.max(...firstRenderTasks),
          longestTaskLoadingMs: loadingMs,
          longestTaskScrollingMs: scrollingMs,
          scrollingTaskDetail: scrollingDetail,
          scrollingTasks,
          machineSpeed: speed,
        });
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    environment: `${basename(executablePath)} ${version}, CPU throttled ${CPU_THROTTLING}×, 390×844 viewport, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
    results,
  };
}
