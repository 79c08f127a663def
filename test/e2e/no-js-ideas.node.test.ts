import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openWithoutScripts, startDemoSite } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Issue 29, finding 11, for ideas, end to end with JavaScript turned off in Chromium: from the
 * demo's page without scripts (the board's fallback link) to the server's board page, sign in from an idea (the demo's
 * sign-in), come back to that idea, support it, and read its count one higher; the keyboard's next
 * stop after each return is inside that idea.
 */

/** The supporters an idea states, "N supporters" (English). */
async function supporters(idea: Locator): Promise<number> {
  const text = await idea.locator('.meta strong').first().innerText();
  const match = /^([\d,]+) supporters?$/.exec(text.trim());
  assert.ok(match, `a count on the idea, got "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

/**
 * The accessible name of a control whose label is followed by the idea's title, visually hidden
 * ("Support: Bus shelter…"); Chromium puts a space before the hidden part.
 */
function named(label: string, title: string): RegExp {
  return new RegExp(`^${label} ?: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The accessible text of what the next Tab focuses, and whether it is inside `idea`. */
async function nextTab(page: Page, idea: Locator): Promise<{ name: string; inside: boolean }> {
  await page.keyboard.press('Tab');
  const handle = await idea.elementHandle();
  return page.evaluate(
    (article) => ({
      name: (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inside: article?.contains(document.activeElement) ?? false,
    }),
    handle,
  );
}

describe('ideas without JavaScript', () => {
  let site: DemoSite;
  let page: Page;
  before(async () => {
    site = await startDemoSite();
    page = await openWithoutScripts(site);
  });
  after(() => site?.close());

  it('signs in from an idea, comes back to it, supports it, and the idea counts one more', async () => {
    // The demo's page without scripts, and the ideas page's own fallback, lead to the board's page.
    await page.goto(`${site.origin}/ideas.html`);
    assert.equal(
      await page.getByRole('link', { name: 'Read and support the ideas' }).getAttribute('href'),
      '/boards/zh-ideas',
    );
    await page.goto(`${site.origin}/no-js.html`);
    await page.getByRole('link', { name: 'Read and support the ideas' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ideas' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/boards/zh-ideas');

    const idea = page
      .locator('article')
      .filter({ has: page.getByRole('link', { name: /^Sign in to support/ }) })
      .first();
    const title = (await idea.getByRole('heading', { level: 3 }).innerText()).trim();
    const id = await idea.getAttribute('id');
    const initial = await supporters(idea);
    await idea.getByRole('link', { name: named('Sign in to support', title) }).click();

    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Aigerim Test');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByText('Signed in as Aigerim Test').waitFor();
    assert.equal(new URL(page.url()).hash, `#${id}`);
    const back = page.locator(`article#${id}`);
    assert.deepEqual(await nextTab(page, back), { name: `Support: ${title}`, inside: true });

    await back.getByRole('button', { name: named('Support', title) }).click();
    await back.getByText('You support this idea.').waitFor();
    assert.equal(new URL(page.url()).hash, `#${id}`);
    assert.equal(await supporters(page.locator(`article#${id}`)), initial + 1);
    assert.deepEqual(await nextTab(page, page.locator(`article#${id}`)), {
      name: `Withdraw support: ${title}`,
      inside: true,
    });

    // A refresh shows the same count: the vote was sent once, by the post before the redirect.
    await page.reload();
    assert.equal(await supporters(page.locator(`article#${id}`)), initial + 1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
  });
});
