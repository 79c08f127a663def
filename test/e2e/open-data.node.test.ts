import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { startDemoSite, TIMEOUT_MS } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Issue 27, end to end: the demo page in Chromium against the real reference server on SQLite (no
 * msw, its demo count history): the petition card's "Signatures over time" loads the chart and its
 * table when opened, and its "Download the data" links download the petition's exports.
 */

const PETITION_ID = 'zh-102';
const format = (n: number) => new Intl.NumberFormat('en').format(n);

function petitionCard(page: Page): Locator {
  return page.locator(`civic-petition-card[petition="${PETITION_ID}"]`);
}

describe('open data on the demo page', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(() => site?.close());

  it("opens the card's history: a chart named by its counts and a table of the server's history", async () => {
    const history = (await (
      await fetch(`${site.origin}/api/v1/petitions/${PETITION_ID}/history`)
    ).json()) as {
      points: { at: string; count: number }[];
    };
    assert.ok(history.points.length > 1, 'the demo seed gives the petition a history');
    const last = history.points[history.points.length - 1]!;

    const page = await site.open('/');
    const card = petitionCard(page);
    const toggle = card.getByRole('button', { name: 'Signatures over time' });
    await toggle.click({ timeout: TIMEOUT_MS });
    const chart = card.getByRole('img', { name: /^Signatures over time: / });
    await chart.waitFor({ timeout: TIMEOUT_MS });
    assert.match((await chart.getAttribute('aria-label')) ?? '', new RegExp(`, ${format(last.count)} on `));
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');

    await card.getByRole('button', { name: 'Show as a table' }).click();
    const rows = card.getByRole('table', { name: 'Signatures over time' }).locator('tbody tr');
    const days = new Set(history.points.map((p) => new Date(p.at).toISOString().slice(0, 10)));
    assert.equal(await rows.count(), days.size);
    assert.equal(
      ((await rows.last().locator('td').textContent()) ?? '').trim(),
      format(last.count),
      "the last row is the history's last count",
    );
    assert.deepEqual(site.problems, []);
  });

  it("offers the petition's data as CSV and JSON, and the links download it", async () => {
    const page = await site.open('/');
    const card = petitionCard(page);
    const csv = card.getByRole('link', { name: 'CSV (This petition)' });
    await csv.waitFor({ timeout: TIMEOUT_MS });
    const href = await csv.getAttribute('href');
    assert.equal(href, `/api/v1/exports/petitions.csv?petition=${PETITION_ID}`);

    const response = await fetch(new URL(href!, site.origin));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    const [header, row] = (await response.text()).split('\r\n');
    assert.match(header!, /^petition_id,/);
    assert.match(row!, new RegExp(`^${PETITION_ID},`));

    for (const name of ['JSON (This petition)', 'CSV (Signatures by region)', 'CSV (Signatures over time)']) {
      const link = card.getByRole('link', { name });
      const answer = await fetch(new URL((await link.getAttribute('href'))!, site.origin));
      assert.equal(answer.status, 200, name);
    }
    assert.deepEqual(site.problems, []);
  });
});
