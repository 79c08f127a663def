import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { FocusReport } from './focus-probe.js';
import { axeViolations, focusIndicators } from './page-audit.js';
import { startDemoSite, TIMEOUT_MS } from './support.js';
import type { DemoSite } from './support.js';

/*
 * The demo pages as the reference server serves them: each sends exactly the Content-Security-Policy
 * the README documents (Trusted Types included) and runs under it without a violation; each is axe
 * clean (WCAG 2.0–2.2 A and AA) in English, Russian and Kazakh, light and dark, themed with the
 * tokens docs/theming.md recommends; every focus indicator on the page keeps 3:1 against its
 * surroundings. One browser; each page is opened once per colour scheme and reused.
 */

const ROOT = new URL('../../', import.meta.url);
const LANGUAGES = ['en', 'ru', 'kk'] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Each demo page, and whether it offers the language switch (the no-JS page is English only). */
const PAGES = [
  { path: '/', languages: LANGUAGES },
  { path: '/ideas.html', languages: LANGUAGES },
  { path: '/no-js.html', languages: ['en'] },
] as const;

/** The policy in the README's `Content-Security-Policy:` line. */
function readmePolicy(): string {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  const lines = [...readme.matchAll(/^\s*Content-Security-Policy: (.+)$/gm)];
  assert.equal(lines.length, 1, 'the README documents one Content-Security-Policy line');
  return lines[0]![1]!.trim();
}

/** The declarations of the first css block of docs/theming.md (the tokens a city is told to set). */
function documentedTokens(): string[] {
  const docs = readFileSync(new URL('docs/theming.md', ROOT), 'utf8');
  const block = /```css\n([\s\S]*?)```/.exec(docs)![1]!;
  return [...block.matchAll(/(--civic-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => `${name}: ${value}`);
}

/** Records CSP violations from the first moment of every page (run by the browser, not the page). */
const VIOLATION_RECORDER = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.effectiveDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});`;

interface Opened {
  context: BrowserContext;
  pages: Map<string, Page>;
}

async function openScheme(site: DemoSite, colorScheme: 'light' | 'dark'): Promise<Opened> {
  const context = await site.browser.newContext({ locale: 'en-US', reducedMotion: 'reduce', colorScheme });
  await context.addInitScript(VIOLATION_RECORDER);
  const pages = new Map<string, Page>();
  for (const { path } of PAGES) {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('pageerror', (error) => site.problems.push(`${path}: page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') site.problems.push(`${path}: console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) site.problems.push(`${path}: ${response.status()} for ${response.url()}`);
    });
    await page.goto(new URL(path, site.origin).href);
    pages.set(path, page);
  }
  return { context, pages };
}

/** Switches the page's language (the demo's own buttons) and waits for every widget to show its data. */
async function showIn(page: Page, lang: string): Promise<void> {
  if ((await page.locator('[data-lang]').count()) > 0) await page.locator(`[data-lang="${lang}"]`).click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('civic-') && element.localName !== 'civic-provider')
      .every((element) => {
        const root = element.shadowRoot;
        if (!customElements.get(element.localName)) return true;
        return (
          root !== null && root.childElementCount > 0 && root.querySelector('[aria-busy="true"]') === null
        );
      }),
  );
  // A widget that changed language re-renders its strings on the next frame.
  await page.waitForTimeout(300);
}

/** The colour scheme each upgraded widget is drawn in (theme="auto" follows the reader's). */
function widgetSchemes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (element) =>
          element.shadowRoot &&
          element.localName.startsWith('civic-') &&
          element.localName !== 'civic-provider',
      )
      .map((element) => getComputedStyle(element).colorScheme),
  );
}

describe('the demo pages', () => {
  let site: DemoSite;

  before(async () => {
    site = await startDemoSite();
  });

  after(async () => {
    await site?.close();
  });

  it("send exactly the README's Content-Security-Policy, Trusted Types included", async () => {
    const policy = readmePolicy();
    assert.match(policy, /(^|; )require-trusted-types-for 'script'(;|$)/);
    assert.match(policy, /(^|; )trusted-types lit-html(;|$)/);
    for (const { path } of PAGES) {
      const response = await fetch(new URL(path, site.origin));
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-security-policy'), policy, path);
    }
  });

  it('use the theme tokens docs/theming.md recommends, as written there', () => {
    const styles = readFileSync(new URL('demo/styles.css', ROOT), 'utf8');
    for (const declaration of documentedTokens()) assert.ok(styles.includes(`${declaration};`), declaration);
  });

  for (const scheme of SCHEMES) {
    describe(`in ${scheme} mode`, () => {
      let opened: Opened;

      before(async () => {
        opened = await openScheme(site, scheme);
      });

      after(async () => {
        await opened?.context.close();
      });

      it('are axe clean in every language, under the CSP without a violation', async () => {
        const found: string[] = [];
        for (const { path, languages } of PAGES) {
          const page = opened.pages.get(path)!;
          for (const lang of languages) {
            await showIn(page, lang);
            const schemes = await widgetSchemes(page);
            assert.ok(
              schemes.every((widgetScheme) => widgetScheme === scheme),
              `${path} ${lang}: widgets drawn ${schemes.join(', ')}`,
            );
            for (const violation of await axeViolations(page)) found.push(`${path} ${lang}: ${violation}`);
          }
          const violations = await page.evaluate(
            () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
          );
          for (const violation of violations) found.push(`${path}: CSP violation ${violation}`);
        }
        assert.deepEqual(found, []);
        assert.deepEqual(site.problems, []);
      });

      it('show every focus indicator with 3:1 against the colours around it', async () => {
        const failing: FocusReport[] = [];
        for (const { path } of PAGES) {
          const page = opened.pages.get(path)!;
          const reports = await focusIndicators(page);
          assert.ok(reports.length > 5, `${path}: tabbed through ${reports.length} elements only`);
          failing.push(...reports.filter((report) => report.contrast < 3).map((r) => ({ ...r, path })));
        }
        assert.deepEqual(failing, []);
      });
    });
  }
});
