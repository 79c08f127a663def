import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { generateDemoContributions } from '../../../server/seed/generate-demo-contributions.js';
import { seedDemoCampaigns } from '../../../server/src/campaigns/admin-file.js';
import { seedDemoLeaderboards } from '../../../server/src/leaderboards/admin-file.js';
import { CampaignSchema, LEADERBOARD_PERIODS, LeaderboardSchema } from '../../../src/protocol/index.js';
import { json, TestClock, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';

/* The demo data: deterministic, every period filled, ties and staff present, campaigns valid. */

it('generates the same contributions for the same time', () => {
  const at = Date.parse('2026-03-02T00:30:00Z');
  assert.deepEqual(generateDemoContributions(at), generateDemoContributions(at));
  const { participants, contributions } = generateDemoContributions(at);
  assert.equal(participants.length, 100);
  assert.ok(participants.some((p) => p.staff));
  assert.ok(participants.some((p) => /[А-Яа-яӘәҚқҒғҰұ]/.test(p.displayName)));
  assert.ok(participants.some((p) => /^[A-Za-z .]+$/.test(p.displayName)));
  assert.ok(contributions.every((c) => Date.parse(c.occurredAt) <= at));
});

describeEachDatabase('demo seed', (db) => {
  let t: TestApp;
  before(async () => {
    // Half an hour into a new week, month and quarter: the hardest moment for "every period has entries".
    const clock = new TestClock(Date.parse('2026-04-06T00:30:00Z'));
    t = await testApp(db().url, { clock });
    await seedDemoLeaderboards(t.ctx.database, clock.now());
    await seedDemoCampaigns(t.ctx.database, new Date(clock.now()).toISOString());
  });
  after(async () => {
    await t.close();
  });

  it('fills every period of zh-contributors, with ties and without staff', async () => {
    for (const period of LEADERBOARD_PERIODS) {
      const res = await t.app.inject({
        url: `/api/v1/leaderboards/zh-contributors?period=${period}&limit=100`,
      });
      assert.equal(res.statusCode, 200, res.body);
      const board = v.parse(LeaderboardSchema, json(res));
      assert.ok(board.total > 0, `period ${period} is empty`);
      if (period === 'all') {
        assert.equal(board.total, 94);
        const ranks = board.entries.map((e) => e.rank);
        assert.ok(new Set(ranks).size < ranks.length, 'no ties on the all-time board');
      }
    }
  });

  it('seeds only once', async () => {
    assert.equal(await seedDemoLeaderboards(t.ctx.database, t.clock.now()), 0);
    assert.equal(await seedDemoCampaigns(t.ctx.database, new Date(t.clock.now()).toISOString()), 0);
  });

  it('seeds two valid campaigns of different kinds with backers', async () => {
    const kinds = new Set<string>();
    for (const id of ['zh-trees-abai', 'zh-solar-school-7']) {
      const res = await t.app.inject({ url: `/api/v1/campaigns/${id}` });
      assert.equal(res.statusCode, 200, res.body);
      const campaign = v.parse(CampaignSchema, json(res));
      kinds.add(campaign.kind);
      assert.ok(campaign.backers > 0 && campaign.raised.amount > 0);
      assert.equal(campaign.raised.currency, 'KZT');
    }
    assert.equal(kinds.size, 2);
    // A milestone the imported pledges crossed is stamped with the crossing pledge's time.
    const trees = v.parse(
      CampaignSchema,
      json(await t.app.inject({ url: '/api/v1/campaigns/zh-trees-abai' })),
    );
    const first = trees.milestones.find((m) => m.id === 'first-100')!;
    assert.match(first.reachedAt ?? '', /^2026-1[01]-/);
  });
});
