import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser, CDPSession } from 'playwright-core';
import { startServerProcess } from '../../test/server/e2e/server-process.js';
import { chromiumPath, median } from './support.js';

/*
 * Cold load on a phone: the demo municipal page (demo/index.html) served by the reference server as
 * `npm start` serves it (demo data, the demo site at /, the CDN build at /assets/), opened in a
 * fresh browser context each time (an empty cache: no HTTP cache, no V8 code cache) with the CPU
 * throttled 4× and the network emulated as a slow 4G phone. Measured: the time from navigation
 * start until the page's first petition card (`zh-102`, the one with the signature form) shows its
 * signature count, and the JavaScript the page fetched.
 *
 * The control is the same page with the kit's script tag pointing at a plain custom element
 * instead (no Lit, no framework, no client): it fetches each card's petition from the same API and
 * writes the count. Same HTML, the same stylesheet and page script, the same server; only the
 * widget differs. Control and ours are taken in turns, so a slower minute hits both.
 *
 * Two more pages answer whether the idle warm-up (src/internal/warm-up.ts) helps a citizen: the
 * same demo page with the warm-up off, and the ideas page (demo/ideas.html, time until the board's
 * first idea shows) with it on and off. It is turned off from the bench, without touching the
 * widgets: the warm-up is the kit's only user of `requestIdleCallback`, so a page whose
 * `requestIdleCallback` never calls back runs none of it.
 */

/** Lighthouse's and DevTools' "Slow 4G": 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
export const NETWORK = { latencyMs: 150, downloadKbps: 1_600, uploadKbps: 750 } as const;
export const CPU_THROTTLING = 4;
/** Ours ÷ control, medians: the issue's target. */
export const TARGET_RATIO = 1.3;
/** Page loads per variant (`BENCH_COLD_RUNS` to change; the issue asks for at least 7). */
export const COLD_LOAD_RUNS = Math.max(1, Number(process.env.BENCH_COLD_RUNS ?? 7));
const VIEWPORT = { width: 390, height: 844 } as const;
/** The card measured: the demo page's first, open for signatures, with its form. */
export const CARD_PETITION = 'zh-102';
/** After the figure shows, the page counts as done once no request has been in flight for this long. */
const QUIET_MS = 1_000;
const PAGE_TIMEOUT_MS = 60_000;
/** Where the control page and its script are served from (an extra `--static` prefix). */
const CONTROL_PREFIX = '/bench/';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KIT_PREFIX = '/assets/';
/** The CDN build, copied before the bench starts so that a build run meanwhile cannot change it. */
const BUILD_DIR = join(ROOT, 'dist/cdn');
const KIT_SCRIPT = '/assets/civic-widgets.js';

export const VARIANTS = [
  'control',
  'ours',
  'ours-without-warm-up',
  'ideas',
  'ideas-without-warm-up',
] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * The variants to load: all, or those `BENCH_COLD_VARIANTS` lists (comma-separated), e.g.
 * `ideas,ideas-without-warm-up` for more rounds of one comparison in the same time.
 */
export function chosenVariants(list = process.env.BENCH_COLD_VARIANTS): readonly Variant[] {
  if (list === undefined || list.trim() === '') return VARIANTS;
  const chosen = list.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !(VARIANTS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`BENCH_COLD_VARIANTS: unknown ${unknown.join(', ')}; choose from ${VARIANTS.join(', ')}`);
  }
  return VARIANTS.filter((variant) => chosen.includes(variant));
}

export const VARIANT_LABELS: Record<Variant, string> = {
  control: 'control (plain element)',
  ours: 'demo page',
  'ours-without-warm-up': 'demo page, warm-up off',
  ideas: 'ideas page',
  'ideas-without-warm-up': 'ideas page, warm-up off',
};

interface Target {
  path: string;
  /** What the probe waits for: an element in `host`'s shadow root matching `part`, with text matching `text`. */
  host: string;
  part: string;
  text: string;
  warmUp: boolean;
}

const CARD = `civic-petition-card[petition="${CARD_PETITION}"]`;
const TARGETS_BY_VARIANT: Record<Variant, Target> = {
  control: { path: `${CONTROL_PREFIX}control.html`, host: CARD, part: 'count', text: '\\d', warmUp: true },
  ours: { path: '/', host: CARD, part: 'count', text: '\\d', warmUp: true },
  'ours-without-warm-up': { path: '/', host: CARD, part: 'count', text: '\\d', warmUp: false },
  ideas: { path: '/ideas.html', host: 'civic-idea-board', part: 'idea', text: '\\S', warmUp: true },
  'ideas-without-warm-up': {
    path: '/ideas.html',
    host: 'civic-idea-board',
    part: 'idea',
    text: '\\S',
    warmUp: false,
  },
};

/*
 * The control element: the least a widget can do to show the count. Plain DOM calls and one
 * fetch per card; it formats the figure with Intl as the card does and writes it into a shadow
 * root under the same part name, so one probe reads both.
 */
const CONTROL_SCRIPT = `// The cold-load bench's control (scripts/bench/cold-load.ts): no Lit, no framework.
const numbers = new Intl.NumberFormat(document.documentElement.lang || 'en');
customElements.define('civic-petition-card', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const base = this.getAttribute('api-base') || this.closest('[api-base]')?.getAttribute('api-base') || '/api/v1';
    fetch(base + '/petitions/' + encodeURIComponent(this.getAttribute('petition')))
      .then((response) => response.json())
      .then((petition) => {
        const count = document.createElement('p');
        count.setAttribute('part', 'count');
        const figure = document.createElement('span');
        figure.textContent = numbers.format(petition.signatureCount);
        count.append(figure, ' signatures');
        root.append(count);
      });
  }
});
`;

/**
 * Runs in every page before its own scripts (the same for control and ours): checks in each
 * animation frame whether the target shows, and notes the time (from navigation start) and the
 * time after that frame, when it was painted. Also wraps `requestIdleCallback` to time the idle
 * work done before then, or, with the warm-up off, makes it never call back.
 */
function probe(target: Target): string {
  return `(() => {
  const state = (window.__bench = { idle: [], longTasks: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  if (${String(!target.warmUp)}) {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => undefined;
  } else if (typeof window.requestIdleCallback === 'function') {
    const request = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (callback, options) =>
      request((deadline) => {
        const start = performance.now();
        try {
          callback(deadline);
        } finally {
          state.idle.push([start, performance.now() - start]);
        }
      }, options);
  }
  const text = new RegExp(${JSON.stringify(target.text)});
  const check = () => {
    const found = document.querySelector(${JSON.stringify(target.host)})?.shadowRoot?.querySelector(${JSON.stringify(`[part~="${target.part}"]`)});
    const content = found ? found.textContent.replace(/\\s+/g, ' ').trim() : '';
    if (!text.test(content)) {
      requestAnimationFrame(check);
      return;
    }
    state.shownMs = performance.now();
    state.text = content;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.paintedMs = performance.now();
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
})()`;
}

interface Request {
  url: string;
  type: string;
  done: boolean;
  /** Bytes received up to the response's headers, and in all (CDP's `encodedDataLength`s). */
  headerBytes?: number;
  totalBytes?: number;
  encoding?: string;
}

export interface ColdRun {
  variant: Variant;
  /** Navigation start → the target in the DOM (the animation frame that shows it). */
  shownMs: number;
  /** … → that frame laid out and painted. */
  paintedMs: number;
  /** First contentful paint of the page. */
  fcpMs: number;
  text: string;
  /** Script responses, all of them (the page's own and the widgets'): count and encoded body bytes. */
  js: { requests: number; bytes: number };
  /** The same, of the widgets' scripts only (the kit under /assets/, or the control's script). */
  widgetJs: { requests: number; bytes: number };
  /** `Content-Encoding` of the widgets' script responses ('identity' when none). */
  encodings: string[];
  /** Widgets' script files fetched (paths), for the brotli comparison. */
  widgetFiles: string[];
  /** Idle callbacks (the warm-up's) that ran before the target showed: how many, their time, the longest. */
  idleBefore: { count: number; ms: number; longestMs: number };
  /** Tasks over 50 ms before the target showed (Long Tasks API): how many, the longest. */
  longTasksBefore: { count: number; longestMs: number };
  /** When the last of the widgets' scripts fetched before the target showed had arrived (resource timing). */
  scriptsArrivedMs: number;
  /** Requests (of any type) made before the target showed. */
  requestsBefore: number;
}

export interface ColdLoadResult {
  environment: string;
  runs: ColdRun[];
  /** The widget scripts as served (encoded bytes of one run) and what brotli (quality 11) makes of them. */
  compression: { encodings: string[]; served: number; brotli: number; files: string[] };
}

/** A context with an empty cache, throttled, with the probe installed; answers its CDP session. */
async function openCold(
  browser: Browser,
  target: Target,
): Promise<{ close(): Promise<void>; cdp: CDPSession; page: import('playwright-core').Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.addInitScript({ content: probe(target) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: NETWORK.latencyMs,
    downloadThroughput: (NETWORK.downloadKbps * 1000) / 8,
    uploadThroughput: (NETWORK.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  return { cdp, page, close: () => context.close() };
}

function isScript(request: Request): boolean {
  return request.type === 'Script';
}

function sumOf(requests: readonly Request[]): { requests: number; bytes: number } {
  return {
    requests: requests.length,
    bytes: requests.reduce((sum, r) => sum + Math.max(0, (r.totalBytes ?? 0) - (r.headerBytes ?? 0)), 0),
  };
}

async function coldRun(browser: Browser, origin: string, variant: Variant): Promise<ColdRun> {
  const target = TARGETS_BY_VARIANT[variant];
  const { cdp, page, close } = await openCold(browser, target);
  try {
    const requests = new Map<string, Request>();
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (event) => {
      lastActivity = Date.now();
      if (!requests.has(event.requestId)) {
        requests.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', done: false });
      }
    });
    cdp.on('Network.responseReceived', (event) => {
      const request = requests.get(event.requestId);
      if (!request) return;
      request.type = event.type;
      request.headerBytes = event.response.encodedDataLength;
      const headers = Object.entries(event.response.headers);
      request.encoding =
        headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
    });
    cdp.on('Network.loadingFinished', (event) => {
      lastActivity = Date.now();
      const request = requests.get(event.requestId);
      if (!request) return;
      request.done = true;
      request.totalBytes = event.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (event) => {
      lastActivity = Date.now();
      const request = requests.get(event.requestId);
      if (request) request.done = true;
    });

    await page.goto(new URL(target.path, origin).href, { waitUntil: 'commit' });
    // Polled from here: the page's CSP (no 'unsafe-eval') refuses Playwright's waitForFunction.
    const waitStarted = Date.now();
    while (!(await page.evaluate('window.__bench?.paintedMs !== undefined'))) {
      if (Date.now() - waitStarted > PAGE_TIMEOUT_MS) throw new Error(`${variant}: the target never showed`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const requestsBefore = requests.size;
    const ownPrefix = variant === 'control' ? CONTROL_PREFIX : KIT_PREFIX;
    // Whatever the page still fetches for its widgets (lazily loaded code, strings) counts too.
    // Event streams stay open by design and are not waited for.
    const started = Date.now();
    for (;;) {
      const busy = [...requests.values()].some((r) => !r.done && r.type !== 'EventSource');
      if (!busy && Date.now() - lastActivity >= QUIET_MS) break;
      if (Date.now() - started > PAGE_TIMEOUT_MS) throw new Error(`${variant}: the page never went quiet`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const state = (await page.evaluate(`(() => {
      const s = window.__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const widgetScripts = performance
        .getEntriesByType('resource')
        .filter((entry) => {
          const path = new URL(entry.name).pathname;
          return path.startsWith(${JSON.stringify(ownPrefix)}) && path.endsWith('.js');
        });
      return {
        shownMs: s.shownMs,
        paintedMs: s.paintedMs,
        text: s.text,
        fcpMs: fcp ? fcp.startTime : NaN,
        idle: s.idle.filter(([start]) => start < s.shownMs),
        longTasks: s.longTasks.filter(([start]) => start < s.shownMs),
        scriptsArrivedMs: widgetScripts
          .filter((entry) => entry.responseEnd <= s.shownMs)
          .reduce((last, entry) => Math.max(last, entry.responseEnd), 0),
      };
    })()`)) as {
      shownMs: number;
      paintedMs: number;
      text: string;
      fcpMs: number;
      idle: Array<[number, number]>;
      longTasks: Array<[number, number]>;
      scriptsArrivedMs: number;
    };
    const scripts = [...requests.values()].filter(isScript);
    const widgetScripts = scripts.filter((r) => new URL(r.url).pathname.startsWith(ownPrefix));
    return {
      variant,
      shownMs: state.shownMs,
      paintedMs: state.paintedMs,
      fcpMs: state.fcpMs,
      text: state.text,
      js: sumOf(scripts),
      widgetJs: sumOf(widgetScripts),
      encodings: [...new Set(widgetScripts.map((r) => r.encoding ?? 'identity'))],
      widgetFiles: widgetScripts.map((r) => new URL(r.url).pathname),
      idleBefore: {
        count: state.idle.length,
        ms: state.idle.reduce((sum, [, ms]) => sum + ms, 0),
        longestMs: state.idle.reduce((longest, [, ms]) => Math.max(longest, ms), 0),
      },
      longTasksBefore: {
        count: state.longTasks.length,
        longestMs: state.longTasks.reduce((longest, [, ms]) => Math.max(longest, ms), 0),
      },
      scriptsArrivedMs: state.scriptsArrivedMs,
      requestsBefore,
    };
  } finally {
    await close();
  }
}

/** The brotli (quality 11) size of the kit's files a page fetched, read from the copy served. */
function brotliOf(kitDir: string, paths: readonly string[]): number {
  let total = 0;
  for (const path of new Set(paths)) {
    const file = join(kitDir, decodeURIComponent(path.slice(KIT_PREFIX.length)));
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    total += brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
  }
  return total;
}

/** The signature count the API gives for the measured card, to check the figure the page showed. */
async function expectedCount(origin: string): Promise<number> {
  const response = await fetch(`${origin}/api/v1/petitions/${CARD_PETITION}`);
  if (!response.ok) throw new Error(`GET /api/v1/petitions/${CARD_PETITION} answered ${response.status}`);
  return ((await response.json()) as { signatureCount: number }).signatureCount;
}

/**
 * Loads each variant `runs` times, in turns (control, ours, …, then again), after one round that
 * is not recorded (it warms the server and the disk cache, not the browser: every load has a
 * fresh context).
 */
export async function benchColdLoad(
  runs = COLD_LOAD_RUNS,
  variants: readonly Variant[] = chosenVariants(),
): Promise<ColdLoadResult> {
  const dir = mkdtempSync(join(os.tmpdir(), 'civic-cold-load-'));
  const controlDir = join(dir, 'control');
  mkdirSync(controlDir);
  const demoPage = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  if (!demoPage.includes(`src="${KIT_SCRIPT}"`)) {
    throw new Error(`demo/index.html no longer includes ${KIT_SCRIPT}: update the cold-load control`);
  }
  writeFileSync(
    join(controlDir, 'control.html'),
    demoPage.replace(`src="${KIT_SCRIPT}"`, `src="${CONTROL_PREFIX}control.js"`),
  );
  writeFileSync(join(controlDir, 'control.js'), CONTROL_SCRIPT);
  const kitDir = join(dir, 'cdn');
  cpSync(BUILD_DIR, kitDir, { recursive: true });
  const server = await startServerProcess([
    '--db',
    `sqlite:${join(dir, 'civic.db')}`,
    '--seed-demo',
    '--demo',
    '--port',
    '0',
    '--static',
    'demo',
    '--static',
    `${KIT_PREFIX}=${kitDir}`,
    '--static',
    `${CONTROL_PREFIX}=${controlDir}`,
  ]);
  let browser: Browser | undefined;
  try {
    const executablePath = await chromiumPath();
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    const count = await expectedCount(server.origin);
    const recorded: ColdRun[] = [];
    for (let round = 0; round <= runs; round += 1) {
      for (const variant of variants) {
        const run = await coldRun(browser, server.origin, variant);
        const target = TARGETS_BY_VARIANT[variant];
        if (target.part === 'count' && run.text.replace(/\D/g, '') !== String(count)) {
          throw new Error(`${variant} showed "${run.text}", but the petition has ${count} signatures`);
        }
        if (round > 0) recorded.push(run);
      }
    }
    const sample =
      recorded.find((r) => r.variant === 'ours') ?? recorded.find((r) => r.variant !== 'control');
    const files = sample?.widgetFiles ?? [];
    return {
      environment:
        `${basename(executablePath)} ${browser.version()}, CPU throttled ${CPU_THROTTLING}×, network ` +
        `${NETWORK.downloadKbps / 1000} Mbps down, ${NETWORK.uploadKbps} kbps up, ${NETWORK.latencyMs} ms round trip, ` +
        `${VIEWPORT.width}×${VIEWPORT.height} viewport, a fresh context per load, ` +
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
      runs: recorded,
      compression: {
        encodings: sample?.encodings ?? [],
        served: sample?.widgetJs.bytes ?? 0,
        brotli: brotliOf(kitDir, files),
        files,
      },
    };
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface VariantSummary {
  variant: Variant;
  label: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  medianPaintedMs: number;
  medianFcpMs: number;
  medianJsBytes: number;
  medianJsRequests: number;
  medianWidgetJsBytes: number;
  medianWidgetJsRequests: number;
}

export function summarize(runs: readonly ColdRun[], variant: Variant): VariantSummary | undefined {
  const mine = runs.filter((r) => r.variant === variant);
  if (mine.length === 0) return undefined;
  const times = mine.map((r) => r.shownMs);
  return {
    variant,
    label: VARIANT_LABELS[variant],
    runs: mine.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    medianPaintedMs: median(mine.map((r) => r.paintedMs)),
    medianFcpMs: median(mine.map((r) => r.fcpMs)),
    medianJsBytes: median(mine.map((r) => r.js.bytes)),
    medianJsRequests: median(mine.map((r) => r.js.requests)),
    medianWidgetJsBytes: median(mine.map((r) => r.widgetJs.bytes)),
    medianWidgetJsRequests: median(mine.map((r) => r.widgetJs.requests)),
  };
}

/**
 * Loads of two variants in the same round (taken one after the other), compared load by load,
 * which a drifting machine moves less than a difference of medians: the median of the differences
 * `a − b`, and in how many rounds `a` was the sooner.
 */
export function pairedDifference(
  runs: readonly ColdRun[],
  a: Variant,
  b: Variant,
): { medianMs: number; sooner: number; rounds: number } {
  const as = runs.filter((r) => r.variant === a);
  const bs = runs.filter((r) => r.variant === b);
  const differences = as.slice(0, bs.length).map((r, i) => r.shownMs - bs[i]!.shownMs);
  return {
    medianMs: median(differences),
    sooner: differences.filter((d) => d < 0).length,
    rounds: differences.length,
  };
}
