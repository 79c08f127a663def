import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import * as v from 'valibot';
import { CampaignTotalsSchema, PROBLEM_TYPES, ProblemSchema } from '../../../src/protocol/index.js';
import type { CampaignTotals } from '../../../src/protocol/index.js';
import { upsertCampaigns } from '../../../server/src/campaigns/store.js';
import { signPayload } from '../../../server/src/campaigns/webhook-signature.js';
import { DEMO_WEBHOOK_SECRET } from '../../../server/src/config.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';
import { campaignFixture, deliver, pledge } from './support.js';

/* The signed pledge webhook: signatures, replay windows, idempotent and concurrent deliveries. */

async function totals(t: TestApp, id = 'trees-abai'): Promise<CampaignTotals> {
  const res = await t.app.inject({ url: `/api/v1/campaigns/${id}/totals` });
  assert.equal(res.statusCode, 200, res.body);
  return v.parse(CampaignTotalsSchema, json(res));
}

function problemType(body: string): string {
  return v.parse(ProblemSchema, JSON.parse(body)).type;
}

describeEachDatabase('pledge webhook', (db) => {
  let t: TestApp;
  let counter = 0;
  before(async () => {
    t = await testApp(db().url);
  });
  after(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // A fresh campaign per test, so totals start at zero.
    counter += 1;
    await upsertCampaigns(
      t.ctx.database.db,
      [campaignFixture({ id: `trees-${counter}` })],
      new Date(t.clock.now()).toISOString(),
    );
  });
  const id = () => `trees-${counter}`;

  it('counts a correctly signed pledge exactly, in minor units', async () => {
    const res = await deliver(
      t.app,
      pledge({ campaignId: id(), amount: { amount: 123_457, currency: 'KZT' } }),
      t.clock.now(),
    );
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json<{ status: string }>(res).status, 'counted');
    const current = await totals(t, id());
    assert.deepEqual(current.raised, { amount: 123_457, currency: 'KZT' });
    assert.equal(current.backers, 1);
  });

  it('refuses a bad signature with 401 and counts nothing', async () => {
    const body = pledge({ campaignId: id() });
    const forged = signPayload('not-the-secret', JSON.stringify(body), Math.floor(t.clock.now() / 1000));
    const res = await deliver(t.app, body, t.clock.now(), { signature: forged });
    assert.equal(res.statusCode, 401);
    assert.equal(problemType(res.body), PROBLEM_TYPES.unauthorized);
    assert.equal((await totals(t, id())).raised.amount, 0);
  });

  it('refuses a missing or malformed signature header', async () => {
    for (const signature of [null, 'v1=abc', 't=1,v1=zz', 'garbage']) {
      const res = await deliver(t.app, pledge({ campaignId: id() }), t.clock.now(), { signature });
      assert.equal(res.statusCode, 401, `signature ${String(signature)}`);
    }
    assert.equal((await totals(t, id())).raised.amount, 0);
  });

  it('refuses a body changed after signing (the signature covers the raw bytes)', async () => {
    const body = pledge({ campaignId: id() });
    const signature = signPayload(
      DEMO_WEBHOOK_SECRET,
      JSON.stringify(body),
      Math.floor(t.clock.now() / 1000),
    );
    const tampered = JSON.stringify({ ...body, amount: { amount: 99_999_999, currency: 'KZT' } });
    const res = await deliver(t.app, tampered, t.clock.now(), { signature });
    assert.equal(res.statusCode, 401);
    assert.equal((await totals(t, id())).raised.amount, 0);
  });

  it('verifies the exact bytes received, whitespace included', async () => {
    const raw = `{ "id": "pay_spaced_${counter}",\n  "campaignId": "${id()}", "amount": {"amount": 700, "currency": "KZT"},  "public": false, "createdAt": "2025-06-01T11:00:00Z" }`;
    const res = await deliver(t.app, raw, t.clock.now());
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await totals(t, id())).raised.amount, 700);
  });

  it('refuses a timestamp more than five minutes old or ahead (replay)', async () => {
    const nowS = Math.floor(t.clock.now() / 1000);
    for (const timestampS of [nowS - 301, nowS + 301]) {
      const res = await deliver(t.app, pledge({ campaignId: id() }), t.clock.now(), { timestampS });
      assert.equal(res.statusCode, 401);
      assert.match(JSON.parse(res.body).detail, /5 minutes/);
    }
    const within = await deliver(t.app, pledge({ campaignId: id() }), t.clock.now(), {
      timestampS: nowS - 299,
    });
    assert.equal(within.statusCode, 200);
    assert.equal((await totals(t, id())).raised.amount, 50_000);
  });

  it('answers a replayed payment id with 200 duplicate and counts it once', async () => {
    const body = pledge({ campaignId: id() });
    assert.equal(json<{ status: string }>(await deliver(t.app, body, t.clock.now())).status, 'counted');
    t.clock.advance(60_000);
    const again = await deliver(t.app, body, t.clock.now());
    assert.equal(again.statusCode, 200);
    assert.equal(json<{ status: string }>(again).status, 'duplicate');
    assert.equal((await totals(t, id())).raised.amount, 50_000);
  });

  it('counts concurrent duplicate deliveries once', async () => {
    const body = pledge({ campaignId: id(), amount: { amount: 10_000, currency: 'KZT' } });
    const answers = await Promise.all(Array.from({ length: 12 }, () => deliver(t.app, body, t.clock.now())));
    assert.ok(answers.every((res) => res.statusCode === 200));
    const statuses = answers.map((res) => json<{ status: string }>(res).status);
    assert.equal(statuses.filter((status) => status === 'counted').length, 1);
    assert.equal(statuses.filter((status) => status === 'duplicate').length, 11);
    const current = await totals(t, id());
    assert.equal(current.raised.amount, 10_000);
    assert.equal(current.backers, 1);
  });

  it('adds concurrent distinct pledges exactly and stamps each milestone once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        deliver(
          t.app,
          pledge({ campaignId: id(), amount: { amount: 30_001 + i, currency: 'KZT' } }),
          t.clock.now(),
        ),
      ),
    );
    assert.ok(answers.every((res) => res.statusCode === 200));
    const current = await totals(t, id());
    assert.equal(current.raised.amount, 20 * 30_001 + (19 * 20) / 2);
    assert.equal(current.backers, 20);
    assert.deepEqual(
      current.milestones.map((m) => m.reachedAt),
      [new Date(t.clock.now()).toISOString(), new Date(t.clock.now()).toISOString()],
    );
  });

  it('refuses another currency (422), an unknown campaign (404) and a campaign not open (422)', async () => {
    const usd = await deliver(
      t.app,
      pledge({ campaignId: id(), amount: { amount: 100, currency: 'USD' } }),
      t.clock.now(),
    );
    assert.equal(usd.statusCode, 422);
    assert.equal(problemType(usd.body), PROBLEM_TYPES.validation);
    assert.equal(JSON.parse(usd.body).errors[0].field, 'amount.currency');

    const unknown = await deliver(t.app, pledge({ campaignId: 'no-such-campaign' }), t.clock.now());
    assert.equal(unknown.statusCode, 404);
    assert.equal(problemType(unknown.body), PROBLEM_TYPES.notFound);

    const early = await deliver(
      t.app,
      pledge({ campaignId: id(), createdAt: '2025-04-30T23:59:59Z' }),
      t.clock.now(),
    );
    assert.equal(early.statusCode, 422);
    assert.equal(problemType(early.body), 'urn:civic:problem:campaign-not-open');
    assert.equal((await totals(t, id())).raised.amount, 0);
  });

  it('refuses invalid pledges with field errors (zero amount, no id)', async () => {
    const zero = await deliver(
      t.app,
      pledge({ campaignId: id(), amount: { amount: 0, currency: 'KZT' } }),
      t.clock.now(),
    );
    assert.equal(zero.statusCode, 422);
    const { id: _omitted, ...withoutId } = pledge({ campaignId: id() });
    const noId = await deliver(t.app, JSON.stringify(withoutId), t.clock.now());
    assert.equal(noId.statusCode, 422);
    assert.ok(JSON.parse(noId.body).errors.some((e: { field: string }) => e.field === 'id'));
  });

  it('counts pledges of one backer as one backer', async () => {
    for (const amount of [1000, 2000, 3000]) {
      await deliver(
        t.app,
        pledge({ campaignId: id(), backerId: 'cus_42', amount: { amount, currency: 'KZT' } }),
        t.clock.now(),
      );
    }
    await deliver(t.app, pledge({ campaignId: id(), backerId: 'cus_7' }), t.clock.now());
    const current = await totals(t, id());
    assert.equal(current.backers, 2);
    assert.equal(current.raised.amount, 56_000);
  });
});

describeEachDatabase('pledge webhook without a secret', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { config: { demo: false, webhookSecret: undefined } });
    await upsertCampaigns(t.ctx.database.db, [campaignFixture()], new Date(t.clock.now()).toISOString());
  });
  after(async () => {
    await t.close();
  });

  it('is off (404) and counts nothing', async () => {
    const res = await deliver(t.app, pledge(), t.clock.now());
    assert.equal(res.statusCode, 404);
    assert.equal((await totals(t)).raised.amount, 0);
  });
});
