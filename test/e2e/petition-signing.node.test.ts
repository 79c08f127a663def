import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { outbox, startDemoSite, TIMEOUT_MS } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Issue 4, end to end: the demo municipal page in Chromium against the real reference server on
 * SQLite (no msw) — sign the petition, read the email from the demo outbox, confirm through the
 * link, and see the card's count rise by exactly one.
 */

const PETITION_ID = 'zh-102';
const format = (n: number) => new Intl.NumberFormat('en').format(n);

async function apiCount(origin: string): Promise<number> {
  const response = await fetch(`${origin}/api/v1/petitions/${PETITION_ID}/count`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { signatureCount: number; offlineSignatureCount: number };
  return body.signatureCount + body.offlineSignatureCount;
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
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(() => site?.close());

  it('signs, confirms from the emailed link, and the card counts exactly one more', async () => {
    const { origin } = site;
    const initial = await apiCount(origin);
    const page = await site.open('/');
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

    assert.deepEqual(site.problems, []);
  });
});
