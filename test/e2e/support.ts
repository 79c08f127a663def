import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServerProcess } from '../server/e2e/server-process.js';
import type { ServerProcess } from '../server/e2e/server-process.js';

/*
 * End-to-end support: the demo municipal page served by the real reference server on a fresh
 * SQLite file (demo data seeded, no msw), opened in Chromium, with every page error, console
 * error and failed response collected so a test can assert there were none.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'dist/cdn/civic-widgets.js');
export const TIMEOUT_MS = 15_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the CDN bundle the way `npm start` does, when it is missing or older than src/. */
async function ensureBundle(): Promise<void> {
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  // A computed specifier: scripts/*.mjs carry no type declarations.
  const buildScript = new URL('../../scripts/build.mjs', import.meta.url).href;
  const { buildBundle } = (await import(buildScript)) as { buildBundle: () => void };
  const cwd = process.cwd();
  try {
    buildBundle();
  } finally {
    process.chdir(cwd);
  }
}

async function chromiumPath(): Promise<string> {
  const finder = new URL('../../scripts/find-chromium.mjs', import.meta.url).href;
  const { requireChromium } = (await import(finder)) as { requireChromium: () => string };
  return requireChromium();
}

export interface DemoSite {
  readonly origin: string;
  /** The server's database URL, for admin commands (`load boards`…). */
  readonly dbUrl: string;
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** Page errors, console errors and 4xx/5xx responses seen so far, in every page opened. */
  readonly problems: string[];
  /** A new page in its own context (English, reduced motion), watched for problems. */
  open(path?: string, options?: { allowStatus?: (status: number, url: URL) => boolean }): Promise<Page>;
  /** A participant token from the demo's `POST /dev/token`. */
  token(displayName: string, subject: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the reference server with the demo (fresh database, demo data) and Chromium. */
export async function startDemoSite(extraArgs: string[] = []): Promise<DemoSite> {
  await ensureBundle();
  const dir = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
  const dbUrl = `sqlite:${join(dir, 'civic.db')}`;
  const contexts: BrowserContext[] = [];
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServerProcess([
      '--db',
      dbUrl,
      '--seed-demo',
      '--demo',
      '--port',
      '0',
      '--static',
      'demo',
      '--static',
      '/assets/=dist/cdn',
      ...extraArgs,
    ]);
    browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  } catch (error) {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const origin = server.origin;
  const problems: string[] = [];
  return {
    origin,
    dbUrl,
    server,
    browser,
    problems,
    async open(path = '/', { allowStatus } = {}) {
      const context = await browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url } = message.location();
        // Chromium logs every failed response too; the ones a test expects are not problems.
        const failed = /status of (\d{3})/.exec(message.text());
        if (failed && url && allowStatus?.(Number(failed[1]), new URL(url))) return;
        problems.push(`console error: ${message.text()} (${url})`);
      });
      page.on('response', (response) => {
        const status = response.status();
        if (status >= 400 && !allowStatus?.(status, new URL(response.url())))
          problems.push(`${status} for ${response.url()}`);
      });
      await page.goto(new URL(path, origin).href);
      return page;
    },
    async token(displayName, subject) {
      const response = await fetch(`${origin}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName, subject }),
      });
      assert.equal(response.status, 200);
      return ((await response.json()) as { token: string }).token;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OutboxMessage {
  kind: string;
  petitionId: string;
  to: string;
  confirmUrl: string | null;
}

/** The demo outbox, newest first. */
export async function outbox(origin: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${origin}/dev/mail.json`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

/** A page with JavaScript turned off, in English, in a context of its own. */
export async function openWithoutScripts(site: DemoSite): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  return page;
}
