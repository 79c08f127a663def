import assert from 'node:assert/strict';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Campaign, Idea, Leaderboard } from '../../src/protocol/index.js';
import { loadAdminFile } from '../server/e2e/server-process.js';
import { outbox, startDemoSite, TIMEOUT_MS } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Issue 6, end to end on the demo page against the real reference server on SQLite (no msw): a
 * pledge posted to the signed webhook moves the campaign's bar live, and a confirmed signature and
 * an accepted idea move a participant on the leaderboard.
 */

const CAMPAIGN = 'zh-trees-abai';
const LEADERBOARD = 'zh-contributors';
/** `--demo` without CIVIC_WEBHOOK_SECRET uses this documented secret (docs/campaigns.md). */
const DEMO_WEBHOOK_SECRET = 'civic-demo-webhook-secret';
const DEMO_BOARDS = new URL('../../server/seed/demo-board.json', import.meta.url);

/** Whole tenge the way the widget writes them in English (the narrow sign, no decimals). */
const tenge = (minor: number) => `₸${new Intl.NumberFormat('en').format(minor / 100)}`;

async function getJson<T>(url: string, token?: string): Promise<T> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  assert.equal(response.status, 200, url);
  return (await response.json()) as T;
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...headers },
    body: JSON.stringify(body),
  });
}

/** The caller's own entry this week, once the server's short-lived ranking cache has caught up. */
async function myScore(origin: string, token: string, expected: number): Promise<Leaderboard['me']> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const board = await getJson<Leaderboard>(
      `${origin}/api/v1/leaderboards/${LEADERBOARD}?period=week`,
      token,
    );
    if ((board.me?.score ?? 0) === expected || Date.now() > deadline) return board.me;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function demoSignIn(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Sign in (demo)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in to the demo' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${name}`).waitFor();
  const token = await page.evaluate(() => sessionStorage.getItem('civic-demo-token'));
  assert.ok(token, 'the demo keeps the token for the tab');
  return token;
}

describe('funding progress and the leaderboard on the demo page', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(() => site?.close());

  it('moves the bar live when a signed pledge arrives through the webhook', async () => {
    const { origin } = site;
    const campaign = await getJson<Campaign>(`${origin}/api/v1/campaigns/${CAMPAIGN}`);
    const page = await site.open('/');
    const widget = page.locator(`civic-funding-progress[campaign="${CAMPAIGN}"]`);
    const raised = (minor: number) =>
      widget.getByText(`${tenge(minor)} raised of ${tenge(campaign.goal.amount)}`).first();
    await raised(campaign.raised.amount).waitFor();

    const pledge = 250_000_00;
    const body = JSON.stringify({
      id: `pay_${randomBytes(6).toString('hex')}`,
      campaignId: CAMPAIGN,
      amount: { amount: pledge, currency: campaign.goal.currency },
      backerDisplayName: 'Aliya E2E',
      public: true,
      createdAt: new Date().toISOString(),
    });
    const t = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', DEMO_WEBHOOK_SECRET).update(`${t}.${body}`).digest('hex');
    const unsigned = await fetch(`${origin}/api/v1/webhooks/pledges`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'civic-signature': `t=${t},v1=${'0'.repeat(64)}` },
      body,
    });
    assert.equal(unsigned.status, 401, 'a pledge with a wrong signature is refused');
    const signed = await fetch(`${origin}/api/v1/webhooks/pledges`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'civic-signature': `t=${t},v1=${signature}` },
      body,
    });
    assert.equal(signed.status, 200);

    // No reload: the widget follows the campaign's live totals.
    await raised(campaign.raised.amount + pledge).waitFor();
    const after = await getJson<Campaign>(`${origin}/api/v1/campaigns/${CAMPAIGN}`);
    assert.equal(after.raised.amount, campaign.raised.amount + pledge);
    assert.equal(after.backers, campaign.backers + 1);
    // The refused attempt was the only 401; the page saw none.
    assert.deepEqual(site.problems, []);
  });

  it('ranks a participant for a confirmed signature and an accepted idea', async () => {
    const { origin } = site;
    const name = `Aruzhan ${randomBytes(3).toString('hex')}`;
    const page = await site.open('/');
    const token = await demoSignIn(page, name);
    const points = Object.fromEntries(
      (await getJson<Leaderboard>(`${origin}/api/v1/leaderboards/${LEADERBOARD}`)).rules.actions.map((a) => [
        a.action,
        a.points,
      ]),
    );
    assert.equal((await myScore(origin, token, 0))?.score ?? 0, 0, 'nothing yet');

    // A signature made while signed in counts once it is confirmed.
    const email = `e2e-${randomUUID()}@example.com`;
    const signed = await postJson(
      `${origin}/api/v1/petitions/zh-102/signatures`,
      { name, email, postcode: '050000', eligible: true, ageConfirmed: true, locale: 'en' },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(signed.status, 202);
    const mail = (await outbox(origin)).find((message) => message.to === email);
    const confirmToken = new URL(mail!.confirmUrl!, origin).searchParams.get('token');
    assert.equal((await myScore(origin, token, 0))?.score ?? 0, 0, 'an unconfirmed signature earns nothing');
    assert.equal(
      (await postJson(`${origin}/api/v1/signatures/confirm`, { token: confirmToken })).status,
      200,
    );
    const afterSignature = points['signature.confirmed']!;
    assert.equal((await myScore(origin, token, afterSignature))?.score, afterSignature);

    // An idea earns points when submitted and more when the city accepts it.
    const created = await postJson(
      `${origin}/api/v1/boards/zh-ideas/ideas`,
      {
        title: `Drinking fountains in Central Park ${randomBytes(3).toString('hex')}`,
        body: 'Two or three would do.',
      },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(created.status, 201);
    const idea = (await created.json()) as Idea;
    const afterSubmission = afterSignature + points['idea.submitted']!;
    assert.equal((await myScore(origin, token, afterSubmission))?.score, afterSubmission);

    const { boards } = JSON.parse(readFileSync(DEMO_BOARDS, 'utf8')) as { boards: { id: string }[] };
    const board = boards.find((b) => b.id === 'zh-ideas')!;
    loadAdminFile(site.dbUrl, 'boards', {
      boards: [
        {
          ...board,
          ideas: [
            {
              id: idea.id,
              title: idea.title,
              body: idea.body,
              author: idea.author,
              category: idea.category?.id ?? null,
              status: 'planned',
              createdAt: idea.createdAt,
            },
          ],
        },
      ],
    });
    const afterAcceptance = afterSubmission + points['idea.accepted']!;
    const me = await myScore(origin, token, afterAcceptance);
    assert.equal(me?.score, afterAcceptance);
    assert.deepEqual(me.breakdown.map((item) => item.action).sort(), [
      'idea.accepted',
      'idea.submitted',
      'signature.confirmed',
    ]);

    // The widget on the page shows the participant's row with the new score.
    await page.reload();
    const leaderboard = page.locator(`civic-expert-leaderboard[board="${LEADERBOARD}"]`);
    await leaderboard.getByRole('tab', { name: 'This week' }).click();
    const row = leaderboard.getByRole('row').filter({ hasText: name });
    await row.first().waitFor();
    assert.match((await row.first().textContent()) ?? '', new RegExp(`\\b${afterAcceptance}\\b`));
    assert.deepEqual(site.problems, []);
  });
});
