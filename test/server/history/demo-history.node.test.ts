import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import {
  CampaignHistorySchema,
  CampaignTotalsSchema,
  PetitionCountSchema,
  PetitionHistorySchema,
} from '../../../src/protocol/index.js';
import { seedDemoHistory } from '../../../server/src/history/demo-history.js';
import { json, testApp, TestClock } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';

/* The demo city's made-up history: something for the chart to show, consistent with the counts. */

describeEachDatabase('demo history', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      config: { seedDemo: true },
      clock: new TestClock(Date.parse('2026-12-07T10:20:00Z')),
    });
  });
  after(async () => {
    await t.close();
  });

  it('gives an open demo petition days and hours of history ending at its count', async () => {
    const history = v.parse(
      PetitionHistorySchema,
      json(await t.app.inject({ url: '/api/v1/petitions/zh-105/history' })),
    );
    const count = v.parse(
      PetitionCountSchema,
      json(await t.app.inject({ url: '/api/v1/petitions/zh-105/count' })),
    );
    const days = history.points.filter((p) => p.resolution === 'day');
    const hours = history.points.filter((p) => p.resolution === 'hour');
    assert.ok(days.length > 100, `${days.length} days`);
    assert.ok(hours.length > 24 * 25, `${hours.length} hours`);
    assert.equal(history.points.at(-1)?.at, '2026-12-07T10:00:00Z');
    assert.equal(history.points.at(-1)?.count, count.signatureCount);
    for (const [i, point] of history.points.entries())
      assert.ok(i === 0 || history.points[i - 1]!.count <= point.count, `the count falls at ${point.at}`);
  });

  it("follows a demo campaign's seeded pledges up to its totals", async () => {
    const history = v.parse(
      CampaignHistorySchema,
      json(await t.app.inject({ url: '/api/v1/campaigns/zh-trees-abai/history' })),
    );
    const totals = v.parse(
      CampaignTotalsSchema,
      json(await t.app.inject({ url: '/api/v1/campaigns/zh-trees-abai/totals' })),
    );
    assert.ok(history.points.length > 5, `${history.points.length} points`);
    const last = history.points.at(-1)!;
    assert.deepEqual([last.raised, last.backers], [totals.raised.amount, totals.backers]);
    assert.equal(history.currency, totals.raised.currency);
  });

  it('writes nothing once there is history older than the current hour (a restart, a real server)', async () => {
    assert.equal(await seedDemoHistory(t.ctx.database, t.clock.now() + 3_600_000), 0);
  });
});
