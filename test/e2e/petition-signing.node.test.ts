import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { startServerProcess } from '../server/e2e/server-process.js';
import type { ServerProcess } from '../server/e2e/server-process.js';

/*
 * Issue 4, end to end: the demo municipal page in Chromium against the real reference server on
 * SQLite (no msw) — sign the petition, read the email from the demo outbox, confirm through the
 * link, and see the card's count rise by exactly one.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'dist/cdn/civic-widgets.js');
const PETITION_ID = 'zh-102';
const TIMEOUT_MS = 15_000;
const format = (n: number) => new Intl.NumberFormat('en').format(n);

interface OutboxMessage {
  kind: string;
  petitionId: string;
  to: string;
  confirmUrl: string | null;
}

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

async function apiCount(origin: string): Promise<number> {
  const response = await fetch(`${origin}/api/v1/petitions/${PETITION_ID}/count`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { signatureCount: number; offlineSignatureCount: number };
  return body.signatureCount + body.offlineSignatureCount;
}

async function outbox(origin: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${origin}/dev/mail.json`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

function petitionCard(page: Page): Locator {
  return page.locator(`civic-petition-card[petition="${PETITION_ID}"]`);
}

/** Waits until the card shows "N signatures" (N formatted the English way). */
async function expectCardCount(page: Page, count: number): Promise<void> {
  await petitionCard(page)
    .getByText(`${format(count)} signatures`, { exact: true })
    .waitFor({ state: 'visible', timeout: TIMEOUT_MS });
}

describe('signing a petition on the demo page', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const problems: string[] = [];

  before(async () => {
    await ensureBundle();
    dir = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
    server = await startServerProcess([
      '--db',
      `sqlite:${join(dir, 'civic.db')}`,
      '--seed-demo',
      '--demo',
      '--port',
      '0',
      '--static',
      'demo',
      '--static',
      '/assets/=dist/cdn',
    ]);
    browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('signs, confirms from the emailed link, and the card counts exactly one more', async () => {
    const origin = server!.origin;
    const context = await browser!.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url } = message.location();
      // Chromium's own favicon probe on the server-rendered confirmation page, which declares no icon.
      if (new URL(url, origin).pathname === '/favicon.ico') return;
      problems.push(`console error: ${message.text()} (${url})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });

    const initial = await apiCount(origin);
    await page.goto(`${origin}/`);
    await expectCardCount(page, initial);

    const email = `e2e-${randomUUID()}@example.com`;
    const card = petitionCard(page);
    await card.getByRole('textbox', { name: 'Full name' }).fill('Aigerim Test');
    await card.getByRole('textbox', { name: /^Email address/ }).fill(email);
    await card.getByRole('textbox', { name: 'Postcode' }).fill('050000');
    await card.getByRole('checkbox', { name: 'I am a resident of the City of Zhanakala' }).check();
    await card.getByRole('checkbox', { name: 'I am 16 years old or older' }).check();
    await card.getByRole('button', { name: 'Sign this petition' }).click();

    await card.getByRole('heading', { name: 'Check your email' }).waitFor();
    // The screen names the address masked, as anyone looking over the person's shoulder may read it.
    await card.getByText('We have sent an email to e•••@example.com.', { exact: true }).waitFor();
    assert.equal(await apiCount(origin), initial, 'an unconfirmed signature must not count');

    const messages = (await outbox(origin)).filter((message) => message.to === email);
    assert.equal(messages.length, 1, `one email to ${email}`);
    const [message] = messages;
    assert.equal(message!.kind, 'confirm');
    assert.equal(message!.petitionId, PETITION_ID);
    assert.ok(message!.confirmUrl, 'the email carries a confirmation link');

    await page.goto(new URL(message!.confirmUrl, origin).href);
    await page.getByRole('heading', { name: 'Confirm your signature' }).waitFor();
    await page.getByRole('button', { name: 'Confirm my signature' }).click();
    await page.getByRole('heading', { name: 'Thank you: your signature is confirmed' }).waitFor();
    await page.getByText(`The petition now has ${format(initial + 1)} signatures.`).waitFor();

    assert.equal(await apiCount(origin), initial + 1);
    await page.goto(`${origin}/`);
    await expectCardCount(page, initial + 1);
    assert.equal(await apiCount(origin), initial + 1);

    await context.close();
    assert.deepEqual(problems, []);
  });
});
