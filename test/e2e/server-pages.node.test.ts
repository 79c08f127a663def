import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, focusIndicators } from './page-audit.js';
import { outbox, startDemoSite, TIMEOUT_MS } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Every HTML page the reference server renders itself (petition, its form with errors, check your
 * email, confirm and confirmed, idea board signed out and in, sign-in and its errors, campaign,
 * leaderboard, not found, and the demo outbox)
 * is axe clean (WCAG 2.0–2.2 A and AA) in English, Russian and Kazakh, light and dark, and every
 * focus indicator on them keeps 3:1 against the page (issue 29, findings 4 and 11).
 */

const LANGUAGES = ['en', 'ru', 'kk'] as const;
const SCHEMES = ['light', 'dark'] as const;
const PETITION = '/petitions/zh-102';

/** Opens one server page; `send` submits its form first when the state needs it. */
interface PageState {
  readonly name: string;
  readonly open: (page: Page, origin: string, lang: string) => Promise<void>;
}

async function go(page: Page, url: string, expectedStatus = 200): Promise<void> {
  const response = await page.goto(url);
  assert.equal(response?.status(), expectedStatus, url);
}

/** A confirmation link of the demo outbox (a signature made through the API for the purpose). */
async function confirmUrl(origin: string, lang: string): Promise<string> {
  const email = `audit-${lang}-${Date.now()}@example.com`;
  const response = await fetch(`${origin}/api/v1${PETITION}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      name: 'Audit',
      email,
      postcode: '050000',
      eligible: true,
      ageConfirmed: true,
      locale: lang,
    }),
  });
  assert.equal(response.status, 202);
  const mail = (await outbox(origin)).find((message) => message.to === email);
  assert.ok(mail?.confirmUrl, 'a confirmation link');
  return mail.confirmUrl;
}

/** The pages' sign-in, coming back to the idea board. */
function signIn(lang: string): string {
  return `/sign-in?${new URLSearchParams({ return: `/boards/zh-ideas?lang=${lang}`, lang })}`;
}

const STATES: readonly PageState[] = [
  { name: 'petition', open: (page, origin, lang) => go(page, `${origin}${PETITION}?lang=${lang}`) },
  {
    name: 'petition form with errors',
    async open(page, origin, lang) {
      await go(page, `${origin}${PETITION}?lang=${lang}`);
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.locator('#error-summary').waitFor();
    },
  },
  {
    name: 'check your email',
    open: (page, origin, lang) => go(page, `${origin}${PETITION}/check-email?lang=${lang}`),
  },
  {
    name: 'confirm and confirmed',
    async open(page, origin, lang) {
      await go(page, await confirmUrl(origin, lang));
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.waitForURL(/\/confirm$/);
    },
  },
  { name: 'idea board', open: (page, origin, lang) => go(page, `${origin}/boards/zh-ideas?lang=${lang}`) },
  {
    name: 'sign in',
    async open(page, origin, lang) {
      await page.context().clearCookies();
      await go(page, `${origin}${signIn(lang)}`);
    },
  },
  {
    name: 'sign in with errors',
    async open(page, origin, lang) {
      await page.context().clearCookies();
      await go(page, `${origin}${signIn(lang)}`);
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.locator('#error-summary').waitFor();
    },
  },
  {
    name: 'idea board signed in',
    async open(page, origin, lang) {
      await page.context().clearCookies();
      await go(page, `${origin}${signIn(lang)}`);
      await page.locator('#sign-in-name').fill('Audit');
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.locator('form.session').waitFor();
    },
  },
  {
    name: 'campaign',
    open: (page, origin, lang) => go(page, `${origin}/campaigns/zh-trees-abai?lang=${lang}`),
  },
  {
    name: 'leaderboard',
    open: (page, origin, lang) => go(page, `${origin}/leaderboards/zh-contributors?lang=${lang}`),
  },
  { name: 'not found', open: (page, origin, lang) => go(page, `${origin}/petitions/nope?lang=${lang}`, 404) },
];

describe('the server’s own pages', () => {
  let site: DemoSite;
  before(async () => {
    // Rate limits off: the audit signs a petition once per language and scheme from one address.
    site = await startDemoSite(['--rate-limit', 'off']);
  });
  after(() => site?.close());

  for (const scheme of SCHEMES) {
    describe(`in ${scheme} mode`, () => {
      let context: BrowserContext;
      let page: Page;
      before(async () => {
        context = await site.browser.newContext({
          colorScheme: scheme,
          locale: 'en-US',
        });
        page = await context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
      });
      after(() => context?.close());

      it('are axe clean in English, Russian and Kazakh', async () => {
        const found: string[] = [];
        for (const state of STATES) {
          for (const lang of LANGUAGES) {
            await state.open(page, site.origin, lang);
            assert.equal(
              await page.evaluate(() => document.documentElement.lang),
              lang,
              `${state.name} ${lang}`,
            );
            for (const violation of await axeViolations(page))
              found.push(`${state.name} ${lang}: ${violation}`);
          }
        }
        await go(page, `${site.origin}/dev/mail`);
        for (const violation of await axeViolations(page)) found.push(`dev mail: ${violation}`);
        assert.deepEqual(found, []);
      });

      it('draw every focus indicator with at least 3:1 against the page', async () => {
        const weak: string[] = [];
        // Confirming is audited above; the not-found page has nothing to focus.
        const focusable = STATES.filter((s) => s.name !== 'confirm and confirmed' && s.name !== 'not found');
        for (const state of focusable) {
          await state.open(page, site.origin, 'en');
          const reports = await focusIndicators(page);
          assert.ok(reports.length > 0, `${state.name}: something to focus`);
          for (const report of reports)
            if (report.contrast < 3)
              weak.push(`${state.name}: ${report.element} ${report.contrast}:1 on ${report.behind}`);
        }
        assert.deepEqual(weak, []);
      });
    });
  }
});
