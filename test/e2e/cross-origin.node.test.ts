import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { outbox, startDemoSite, TIMEOUT_MS } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Issue 22, embedding across origins, end to end in Chromium: a city page on a SECOND origin (a
 * tiny static server, `http://localhost:PORT`, while the reference server is `http://127.0.0.1:PORT`)
 * loads the kit cross-origin from the reference server's /assets/civic-widgets.js with
 * crossorigin="anonymous" and embeds a petition card with its form, api-base absolute.
 * With the page's origin on --allowed-origins, signing works and the signature is stored; with it
 * not allowed, the citizen reads that signing is not available on this page yet, the console tells
 * the webmaster what to change, and nothing is stored.
 */

const PETITION_ID = 'zh-102';

/** A host page on its own origin; its HTML names the reference server once that has started. */
interface HostPage {
  readonly origin: string;
  readonly server: Server;
}

function hostPage(html: () => string): Promise<HostPage> {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(html());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      // `localhost`, not 127.0.0.1: another origin than the reference server's even on one port.
      resolve({ origin: `http://localhost:${port}`, server });
    });
  });
}

function cityPage(serverOrigin: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Zhanakala city news</title>
    <script type="module" src="${serverOrigin}/assets/civic-widgets.js" crossorigin="anonymous"></script>
  </head>
  <body>
    <main>
      <h1>Have your say</h1>
      <civic-petition-card petition="${PETITION_ID}" with-form api-base="${serverOrigin}/api/v1">
        <a href="${serverOrigin}/petitions/${PETITION_ID}">Read the petition</a>
      </civic-petition-card>
    </main>
  </body>
</html>
`;
}

/** Stored signatures with this email, read from the server's own database. */
function storedSignatures(dbUrl: string, email: string): number {
  const db = new Database(dbUrl.replace(/^sqlite:/, ''), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT count(*) AS n FROM signatures WHERE email = ?').get(email) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

interface OpenedPage {
  readonly page: Page;
  readonly warnings: string[];
  readonly problems: string[];
}

async function openHost(site: DemoSite, contexts: BrowserContext[], origin: string): Promise<OpenedPage> {
  const context = await site.browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const warnings: string[] = [];
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    // The refused write's 403 is logged by Chromium as a failed resource; it is the expected answer.
    if (message.type() === 'error' && !/status of 403/.test(message.text())) {
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  await page.goto(`${origin}/`);
  return { page, warnings, problems };
}

function card(page: Page): Locator {
  return page.locator(`civic-petition-card[petition="${PETITION_ID}"]`);
}

async function signAs(page: Page, email: string): Promise<void> {
  const form = card(page);
  await form.getByRole('textbox', { name: 'Full name' }).fill('Aigerim Test');
  await form.getByRole('textbox', { name: /^Email address/ }).fill(email);
  await form.getByRole('textbox', { name: 'Postcode' }).fill('050000');
  await form.getByRole('checkbox', { name: 'I am a resident of the City of Zhanakala' }).check();
  await form.getByRole('checkbox', { name: 'I am 16 years old or older' }).check();
  await form.getByRole('button', { name: 'Sign this petition' }).click();
}

describe('a petition card embedded on a page on another origin', () => {
  let allowed: HostPage;
  let refused: HostPage;
  let site: DemoSite;
  const contexts: BrowserContext[] = [];

  before(async () => {
    let serverOrigin = '';
    allowed = await hostPage(() => cityPage(serverOrigin));
    refused = await hostPage(() => cityPage(serverOrigin));
    site = await startDemoSite(['--allowed-origins', allowed.origin]);
    serverOrigin = site.origin;
    assert.notEqual(new URL(allowed.origin).origin, new URL(site.origin).origin);
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await site?.close();
    allowed?.server.close();
    refused?.server.close();
  });

  it('signs from an allowed origin: the signature is stored and the email sent', async () => {
    const { page, warnings, problems } = await openHost(site, contexts, allowed.origin);
    const email = `embed-${randomUUID()}@example.com`;
    await signAs(page, email);
    await card(page).getByRole('heading', { name: 'Check your email' }).waitFor();
    assert.equal(storedSignatures(site.dbUrl, email), 1);
    const messages = (await outbox(site.origin)).filter((message) => message.to === email);
    assert.equal(messages.length, 1, 'one confirmation email');
    assert.deepEqual(
      warnings.filter((text) => text.includes('civic-widgets')),
      [],
    );
    assert.deepEqual(problems, []);
  });

  it('from an origin not allowed: says signing is not available here, warns the webmaster, stores nothing', async () => {
    const { page, warnings, problems } = await openHost(site, contexts, refused.origin);
    const email = `embed-${randomUUID()}@example.com`;
    // The reference server refuses readably: the browser lets the page read its 403.
    const refusal = page.waitForResponse((response) => response.url().endsWith('/signatures'));
    await signAs(page, email);
    const answer = await refusal;
    assert.equal(answer.status(), 403);
    assert.equal(((await answer.json()) as { type: string }).type, 'urn:civic:problem:origin-not-allowed');
    const notice = card(page).getByText(
      'Signing petitions is not available on this page yet. Your signature has not been sent.',
    );
    await notice.waitFor();
    assert.equal(
      await card(page)
        .getByText(/internet connection/)
        .count(),
      0,
    );
    assert.equal(await card(page).getByRole('button', { name: 'Try again' }).count(), 0);

    const ours = warnings.filter((text) => text.startsWith('civic-widgets:'));
    assert.equal(ours.length, 1, `one warning for the webmaster, got ${JSON.stringify(warnings)}`);
    assert.match(ours[0]!, new RegExp(`backend at ${site.origin}/api/v1 does not accept writes`));
    assert.ok(ours[0]!.includes(`from ${refused.origin}`), ours[0]);
    assert.ok(ours[0]!.includes(`--allowed-origins ${refused.origin}`), ours[0]);
    assert.ok(ours[0]!.includes(`CIVIC_ALLOWED_ORIGINS=${refused.origin}`), ours[0]);

    assert.equal(storedSignatures(site.dbUrl, email), 0, 'no signature stored');
    assert.equal((await outbox(site.origin)).filter((message) => message.to === email).length, 0);
    assert.deepEqual(problems, []);
  });
});
