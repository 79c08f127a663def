import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openWithoutScripts, outbox, startDemoSite } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Issue 29, finding 11, end to end with JavaScript turned off in Chromium: from the demo's page
 * without scripts to the reference server's own petition page, sign there, confirm from the demo outbox (/dev/mail), and read the count one
 * higher on the page; a form sent empty comes back with its error summary and stores nothing.
 */

const PETITION = '/petitions/zh-102';

/** The count the page states, "N signatures" (English). */
async function pageCount(page: Page): Promise<number> {
  const text = await page.locator('.count strong').innerText();
  const match = /^([\d,]+) signatures?$/.exec(text.trim());
  assert.ok(match, `a count on the page, got "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

describe('a petition without JavaScript', () => {
  let site: DemoSite;
  let page: Page;
  before(async () => {
    site = await startDemoSite();
    page = await openWithoutScripts(site);
  });
  after(() => site?.close());

  it('signs on the server’s page, confirms from /dev/mail, and the page counts one more', async () => {
    // The demo's page without scripts: the card's fallback link leads to the petition's own page.
    await page.goto(`${site.origin}/no-js.html`);
    await page.getByRole('link', { name: 'Keep night bus N1 running after midnight' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sign this petition' }).waitFor();
    assert.equal(new URL(page.url()).pathname, PETITION);
    const initial = await pageCount(page);

    const email = `no-js-${randomUUID()}@example.com`;
    await page.getByRole('textbox', { name: 'Full name' }).fill('Aigerim Test');
    await page.getByRole('textbox', { name: 'Email address' }).fill(email);
    await page.getByRole('textbox', { name: 'Postcode' }).fill('050000');
    await page.getByRole('checkbox', { name: 'I am a resident of the City of Zhanakala' }).check();
    await page.getByRole('checkbox', { name: 'I am 16 or older' }).check();
    await page.getByRole('button', { name: 'Sign this petition' }).click();

    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${PETITION}/check-email`);
    // A refresh after the post asks for the page again, it does not send the form again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    assert.equal((await outbox(site.origin)).filter((mail) => mail.to === email).length, 1);

    await page.goto(`${site.origin}/dev/mail`);
    const mail = page.getByRole('article').filter({ hasText: email });
    await mail.getByRole('link', { name: /\/confirm\?token=/ }).click();
    await page.getByRole('button', { name: 'Confirm my signature' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thank you: your signature is confirmed' }).waitFor();

    await page.goto(`${site.origin}${PETITION}`);
    assert.equal(await pageCount(page), initial + 1);
  });

  it('the demo’s other fallback links open pages, not JSON: a campaign and the leaderboard', async () => {
    await page.goto(`${site.origin}/`);
    await page.getByRole('link', { name: 'Trees for Abai Avenue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trees for Abai Avenue' }).waitFor();
    await page.goto(`${site.origin}/`);
    await page.getByRole('link', { name: 'Leaderboard of contributors' }).click();
    await page.getByRole('columnheader', { name: 'Participant' }).waitFor();
  });

  it('sent empty: the error summary is focused, links to the fields, and nothing is stored', async () => {
    const before = (await outbox(site.origin)).length;
    await page.goto(`${site.origin}${PETITION}`);
    await page.getByRole('button', { name: 'Sign this petition' }).click();

    const summary = page.locator('#error-summary');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    assert.match(await page.title(), /^Error: /);
    assert.equal(await summary.evaluate((element) => element === document.activeElement), true);
    const links = await summary.getByRole('link').allInnerTexts();
    assert.deepEqual(links, [
      'Enter your full name',
      'Enter your email address',
      'Enter your postcode',
      'Confirm the statement to sign',
      'Confirm your age to sign',
    ]);
    await summary.getByRole('link', { name: 'Enter your email address' }).click();
    assert.equal(new URL(page.url()).hash, '#sign-email');
    assert.equal((await outbox(site.origin)).length, before);
  });
});
