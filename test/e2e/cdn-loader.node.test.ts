import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ChunkGraph } from '../../src/cdn/chunk-graph.js';
import { STRICT_CSP } from '../csp/policy.js';
import { startDemoSite, TIMEOUT_MS } from './support.js';
import type { DemoSite } from './support.js';

/*
 * The built CDN loader on pages served by the reference server: a page downloads the chunks of
 * the widgets it has and of its language, nothing else; every chunk is pinned by its integrity
 * hash; and a page that loads every widget lazily under a strict CSP with Trusted Types sees no
 * violation.
 */

const CDN = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const LOADER = '/assets/civic-widgets.js';

function page(lang: string, body: string, loaderIntegrity: string): string {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Loader test</title>
    <script src="/loader-test/violations.js"></script>
    <script type="module" src="${LOADER}" integrity="${loaderIntegrity}" crossorigin="anonymous"></script>
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** Records CSP violations from the first moment; served as a file, since the policy allows no inline script. */
const VIOLATIONS_JS = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(event.effectiveDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});
`;

/** Every chunk a chunk needs, itself first. */
function closure(graph: ChunkGraph, file: string): string[] {
  return [file, ...(graph.imports[file] ?? [])];
}

describe('the CDN loader on a real page', () => {
  let site: DemoSite;
  let pages: string;
  let graph: ChunkGraph;

  before(async () => {
    pages = mkdtempSync(join(tmpdir(), 'civic-loader-'));
    site = await startDemoSite(['--static', `/loader-test/=${pages}`]);
    graph = JSON.parse(readFileSync(join(CDN, 'chunk-graph.json'), 'utf8')) as ChunkGraph;
    const loaderIntegrity = graph.integrity['civic-widgets.js']!;
    writeFileSync(join(pages, 'violations.js'), VIOLATIONS_JS);
    writeFileSync(
      join(pages, 'one-card.html'),
      page(
        'kk',
        `<civic-petition-card petition="zh-102" with-form api-base="/api/v1">
          <a href="/petitions/zh-102">Petition</a>
        </civic-petition-card>`,
        loaderIntegrity,
      ),
    );
    writeFileSync(
      join(pages, 'every-widget.html'),
      page(
        'ru',
        `<civic-provider api-base="/api/v1">
          <civic-petition-card petition="zh-102" with-form></civic-petition-card>
          <civic-signature-form petition="zh-104"></civic-signature-form>
          <civic-signature-confirm></civic-signature-confirm>
          <civic-funding-progress campaign="zh-trees-abai" with-backers></civic-funding-progress>
          <civic-expert-leaderboard board="zh-contributors"></civic-expert-leaderboard>
          <civic-idea-board board="zh-ideas"></civic-idea-board>
        </civic-provider>`,
        loaderIntegrity,
      ),
    );
  });

  after(async () => {
    await site?.close();
    if (pages) rmSync(pages, { recursive: true, force: true });
  });

  /** Opens a page and records the JavaScript it fetches (paths under /assets/). */
  async function open(path: string, strictCsp = false): Promise<{ page: Page; scripts: Set<string> }> {
    const context = await site.browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'))
        scripts.add(url.pathname.slice(8));
    });
    if (strictCsp) {
      // The reference server's own static CSP has no Trusted Types; a cautious city page's has.
      await page.route(`**${path}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': `${STRICT_CSP}; connect-src 'self'` },
        });
      });
    }
    await page.goto(new URL(path, site.origin).href);
    return { page, scripts };
  }

  it('downloads, for one petition card in Kazakh, the card, what it imports and the Kazakh strings: nothing else', async () => {
    const { page, scripts } = await open('/loader-test/one-card.html');
    const card = page.locator('civic-petition-card');
    await card.getByRole('article').waitFor();
    await card.getByRole('button').first().waitFor();
    const expected = new Set([
      'civic-widgets.js',
      ...closure(graph, graph.elements['civic-petition-card']!),
      ...closure(graph, graph.languages['kk']!),
    ]);
    assert.deepEqual([...scripts].sort(), [...expected].sort());
    for (const tag of ['civic-idea-board', 'civic-funding-progress', 'civic-expert-leaderboard'])
      assert.ok(!scripts.has(graph.elements[tag]!), `${tag} is not downloaded`);
    // Every chunk was asked for first by a modulepreload link carrying its hash.
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => [
        new URL(link.href).pathname,
        link.integrity,
      ]),
    );
    for (const file of expected) {
      if (file === 'civic-widgets.js') continue;
      assert.ok(
        preloaded.some(
          ([path, integrity]) => path === `/assets/${file}` && integrity === graph.integrity[file],
        ),
        `${file} preloaded with its integrity`,
      );
    }
    assert.deepEqual(site.problems, []);
    await page.context().close();
  });

  it('refuses a chunk whose bytes do not match its hash: the widget keeps its fallback link', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const cardChunk = graph.elements['civic-petition-card']!;
    await page.route(`**/assets/${cardChunk}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n// tampered\n` });
    });
    await page.goto(new URL('/loader-test/one-card.html', site.origin).href);
    await page.waitForFunction(() => document.querySelectorAll('link[rel="modulepreload"]').length > 0);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => customElements.get('civic-petition-card') === undefined), true);
    assert.equal(await page.locator('civic-petition-card a').textContent(), 'Petition');
    assert.ok(
      consoleErrors.some((text) => /integrity/i.test(text)),
      `an integrity error is logged: ${consoleErrors.join(' | ')}`,
    );
    await context.close();
    // Chromium's integrity failure and the loader's message are expected here only.
    site.problems.length = 0;
  });

  it('loads every widget lazily under a strict CSP with Trusted Types without a single violation', async () => {
    const { page, scripts } = await open('/loader-test/every-widget.html', true);
    for (const tag of [
      'civic-provider',
      'civic-petition-card',
      'civic-signature-form',
      'civic-signature-confirm',
      'civic-funding-progress',
      'civic-expert-leaderboard',
      'civic-idea-board',
    ]) {
      await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
    }
    await page.locator('civic-funding-progress').getByRole('article').waitFor();
    await page.locator('civic-petition-card').getByRole('article').first().waitFor();
    await page.locator('civic-idea-board').getByRole('heading').first().waitFor();
    const header = await page.evaluate(async () =>
      (await fetch(location.href)).headers.get('content-security-policy'),
    );
    assert.match(header ?? '', /require-trusted-types-for 'script'/);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      [],
    );
    assert.ok(scripts.has(graph.languages['ru']!), 'Russian strings');
    assert.ok(
      !scripts.has(graph.languages['kk']!) && !scripts.has(graph.languages['en']!),
      `no other language: ${[...scripts].filter((file) => file.startsWith('lang-')).join(', ')}`,
    );
    await page.context().close();
  });
});
