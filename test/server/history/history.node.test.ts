import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import {
  CampaignHistorySchema,
  DiscoverySchema,
  PetitionHistorySchema,
} from '../../../src/protocol/index.js';
import type { CampaignHistory, PetitionHistory } from '../../../src/protocol/index.js';
import { upsertCampaigns } from '../../../server/src/campaigns/store.js';
import { compactHistory } from '../../../server/src/history/compaction.js';
import { samplePetitionCount } from '../../../server/src/history/petition-samples.js';
import { campaignFixture, deliver, pledge } from '../campaigns/support.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { confirm, mailTo, sign, signature } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

/* Count history: samples on confirmations and pledges, one per hour, days beyond 30 days, the endpoints. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A bucket's start as the API writes it (to the second). */
function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

async function signAndConfirm(t: TestApp, petitionId: string): Promise<void> {
  const body = signature();
  const signed = await sign(t.app, petitionId, body);
  assert.equal(signed.statusCode, 202, signed.body);
  const [mail] = await mailTo(t.app, body.email);
  assert.ok(mail?.token, 'no confirmation token');
  const confirmed = await confirm(t.app, mail.token);
  assert.equal(confirmed.statusCode, 200, confirmed.body);
}

async function petitionHistory(t: TestApp, id: string): Promise<PetitionHistory> {
  const res = await t.app.inject({ url: `/api/v1/petitions/${id}/history` });
  assert.equal(res.statusCode, 200, res.body);
  return v.parse(PetitionHistorySchema, json(res));
}

async function campaignHistory(t: TestApp, id: string): Promise<CampaignHistory> {
  const res = await t.app.inject({ url: `/api/v1/campaigns/${id}/history` });
  assert.equal(res.statusCode, 200, res.body);
  return v.parse(CampaignHistorySchema, json(res));
}

describeEachDatabase('count history', (db) => {
  let t: TestApp;
  let counter = 0;
  /** A fresh open petition (100 imported, 7 offline signatures). */
  async function freshPetition(): Promise<string> {
    counter += 1;
    const id = `history-${counter}`;
    const { upsertPetitions } = await import('../../../server/src/petitions/store.js');
    const { db: kysely, dialect } = t.ctx.database;
    await upsertPetitions(kysely, dialect, [petitionFixture({ id })], new Date(t.clock.now()).toISOString());
    return id;
  }

  before(async () => {
    t = await testApp(db().url, {
      petitions: [petitionFixture({ id: 'secret', state: 'hidden' })],
    });
  });
  after(async () => {
    await t.close();
  });

  describe('petitions', () => {
    it('starts with the imported signatures when the petition is loaded; a signature not confirmed adds nothing', async () => {
      const id = await freshPetition();
      const point = { at: iso(Math.floor(t.clock.now() / HOUR) * HOUR), count: 100, resolution: 'hour' };
      assert.deepEqual(await petitionHistory(t, id), { petitionId: id, points: [point] });
      const signed = await sign(t.app, id, signature());
      assert.equal(signed.statusCode, 202);
      assert.deepEqual((await petitionHistory(t, id)).points, [point]);
    });

    it("keeps one point per hour: the count (imported + confirmed) at the hour's end", async () => {
      const id = await freshPetition();
      const start = t.clock.now();
      await signAndConfirm(t, id);
      t.clock.advance(20 * 60_000);
      await signAndConfirm(t, id);
      t.clock.advance(HOUR);
      await signAndConfirm(t, id);
      const hour = Math.floor(start / HOUR) * HOUR;
      assert.deepEqual((await petitionHistory(t, id)).points, [
        { at: iso(hour), count: 102, resolution: 'hour' },
        { at: iso(hour + HOUR), count: 103, resolution: 'hour' },
      ]);
    });

    it('counts every confirmation of concurrent ones (on PostgreSQL, over the count shards)', async () => {
      const id = await freshPetition();
      const bodies = Array.from({ length: 12 }, () => signature());
      for (const body of bodies) assert.equal((await sign(t.app, id, body)).statusCode, 202);
      const tokens = await Promise.all(
        bodies.map(async (body) => (await mailTo(t.app, body.email))[0]!.token!),
      );
      const answers = await Promise.all(tokens.map((token) => confirm(t.app, token)));
      for (const answer of answers) assert.equal(answer.statusCode, 200, answer.body);
      const { points } = await petitionHistory(t, id);
      assert.equal(points.length, 1);
      assert.equal(points[0]!.count, 112);
    });

    it('compacts hours older than 30 days into one point per day, the last hour of each day', async () => {
      const id = await freshPetition();
      const loadDay = Math.floor(t.clock.now() / DAY) * DAY;
      const dayStart = loadDay + DAY;
      t.clock.advance(dayStart + HOUR - t.clock.now()); // 01:00 on a new day
      await signAndConfirm(t, id);
      t.clock.advance(5 * HOUR); // 06:00
      await signAndConfirm(t, id);
      await signAndConfirm(t, id);
      t.clock.advance(DAY); // 06:00 the next day
      await signAndConfirm(t, id);
      t.clock.advance(31 * DAY); // the first day is now older than 30 days; the second too
      await signAndConfirm(t, id);
      await compactHistory(t.ctx.database, t.clock.now());
      assert.deepEqual((await petitionHistory(t, id)).points, [
        { at: iso(loadDay), count: 100, resolution: 'day' },
        { at: iso(dayStart), count: 103, resolution: 'day' },
        { at: iso(dayStart + DAY), count: 104, resolution: 'day' },
        { at: iso(dayStart + 32 * DAY + 6 * HOUR), count: 105, resolution: 'hour' },
      ]);
      // Running it again (another process, the next hour's cleanup) changes nothing.
      await compactHistory(t.ctx.database, t.clock.now());
      assert.equal((await petitionHistory(t, id)).points.length, 4);
    });

    it('never lets a confirmed shard go down: a confirmation that took the lock late writes the hour before', async () => {
      // Two confirmations of one shard around 13:00: the one that read the clock at 12:59:59 got the
      // shard's lock second, so the 12:00 bucket holds the higher value of that shard.
      const id = await freshPetition();
      const hour = Math.floor(t.clock.now() / HOUR) * HOUR;
      await samplePetitionCount(t.ctx.database.db, id, { shard: 3, count: 5 }, hour + HOUR);
      await samplePetitionCount(t.ctx.database.db, id, { shard: 3, count: 6 }, hour + HOUR - 1000);
      assert.deepEqual(
        (await petitionHistory(t, id)).points.map((p) => p.count),
        [106, 106],
      );
    });

    it('answers 404 for an unknown petition and 410 for a hidden one, like the count', async () => {
      assert.equal((await t.app.inject({ url: '/api/v1/petitions/nope/history' })).statusCode, 404);
      assert.equal((await t.app.inject({ url: '/api/v1/petitions/secret/history' })).statusCode, 410);
    });

    it('caches like the count: Cache-Control for one poll, an ETag, 304 when unchanged', async () => {
      const id = await freshPetition();
      await signAndConfirm(t, id);
      const first = await t.app.inject({ url: `/api/v1/petitions/${id}/history` });
      assert.equal(
        first.headers['cache-control'],
        (await t.app.inject({ url: `/api/v1/petitions/${id}/count` })).headers['cache-control'],
      );
      const etag = first.headers.etag as string;
      assert.ok(etag);
      const again = await t.app.inject({
        url: `/api/v1/petitions/${id}/history`,
        headers: { 'if-none-match': etag },
      });
      assert.equal(again.statusCode, 304);
      await signAndConfirm(t, id);
      const changed = await t.app.inject({
        url: `/api/v1/petitions/${id}/history`,
        headers: { 'if-none-match': etag },
      });
      assert.equal(changed.statusCode, 200);
    });
  });

  describe('campaigns', () => {
    async function freshCampaign(): Promise<string> {
      counter += 1;
      const id = `fund-${counter}`;
      await upsertCampaigns(
        t.ctx.database.db,
        [campaignFixture({ id })],
        new Date(t.clock.now()).toISOString(),
      );
      return id;
    }

    it('records the totals when the campaign is loaded and on each pledge, one point per hour', async () => {
      // The campaign runs until 2025-08-31: go back to its window.
      const clock = t.clock;
      const back = clock.now() - Date.parse('2025-06-10T12:10:00Z');
      clock.advance(-back);
      try {
        const id = await freshCampaign();
        await deliver(t.app, pledge({ campaignId: id, createdAt: '2025-06-10T12:00:00Z' }), clock.now());
        await deliver(
          t.app,
          pledge({
            campaignId: id,
            backerId: 'b-1',
            amount: { amount: 25_000, currency: 'KZT' },
            createdAt: '2025-06-10T12:00:00Z',
          }),
          clock.now(),
        );
        clock.advance(HOUR);
        const third = await deliver(
          t.app,
          pledge({ campaignId: id, createdAt: '2025-06-10T13:00:00Z' }),
          clock.now(),
        );
        assert.equal(third.statusCode, 200, third.body);
        assert.deepEqual(await campaignHistory(t, id), {
          campaignId: id,
          currency: 'KZT',
          points: [
            { at: '2025-06-10T12:00:00Z', raised: 75_000, backers: 2, resolution: 'hour' },
            { at: '2025-06-10T13:00:00Z', raised: 125_000, backers: 3, resolution: 'hour' },
          ],
        });
      } finally {
        clock.advance(back - HOUR);
      }
    });

    it('answers 404 for an unknown campaign', async () => {
      assert.equal((await t.app.inject({ url: '/api/v1/campaigns/nope/history' })).statusCode, 404);
    });
  });

  it('announces petitions.history and campaigns.history in discovery', async () => {
    const discovery = v.parse(DiscoverySchema, json(await t.app.inject({ url: '/api/v1/' })));
    assert.ok(discovery.features.includes('petitions.history'));
    assert.ok(discovery.features.includes('campaigns.history'));
  });
});
