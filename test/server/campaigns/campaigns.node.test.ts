import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { parseCampaignFile } from '../../../server/src/campaigns/admin-file.js';
import { upsertCampaigns } from '../../../server/src/campaigns/store.js';
import { signPayload } from '../../../server/src/campaigns/webhook-signature.js';
import { DEMO_WEBHOOK_SECRET } from '../../../server/src/config.js';
import { openDatabase } from '../../../server/src/db/kysely.js';
import type { Database } from '../../../server/src/db/kysely.js';
import { startServer } from '../../../server/src/server.js';
import type { RunningServer } from '../../../server/src/server.js';
import {
  CampaignSchema,
  CampaignTotalsEventSchema,
  CampaignTotalsSchema,
} from '../../../src/protocol/index.js';
import type { Campaign, CampaignTotals } from '../../../src/protocol/index.js';
import { json, testApp, testConfig } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';
import { campaignFixture, deliver, pledge } from './support.js';

/* Campaign resources: state by time and amounts, localization, caching headers, recent backers, live totals. */

const DAY = 24 * 3600 * 1000;

describeEachDatabase('campaigns', (db) => {
  let t: TestApp;
  const load = async (...campaigns: ReturnType<typeof campaignFixture>[]) => {
    await upsertCampaigns(t.ctx.database.db, campaigns, new Date(t.clock.now()).toISOString());
    t.ctx.campaigns.clear();
  };
  const get = async (id: string, headers: Record<string, string> = {}): Promise<Campaign> => {
    const res = await t.app.inject({ url: `/api/v1/campaigns/${id}`, headers });
    assert.equal(res.statusCode, 200, res.body);
    return v.parse(CampaignSchema, json(res));
  };
  const totals = async (id: string): Promise<CampaignTotals> =>
    v.parse(CampaignTotalsSchema, json(await t.app.inject({ url: `/api/v1/campaigns/${id}/totals` })));

  before(async () => {
    t = await testApp(db().url);
  });
  after(async () => {
    await t.close();
  });

  it('derives open → funded → closed from the amounts and the time', async () => {
    await load(campaignFixture({ id: 'states-a', endsAt: '2025-06-10T00:00:00Z' }));
    assert.equal((await get('states-a')).state, 'open');
    await deliver(
      t.app,
      pledge({ campaignId: 'states-a', amount: { amount: 1_000_000, currency: 'KZT' } }),
      t.clock.now(),
    );
    const funded = await totals('states-a');
    assert.equal(funded.state, 'funded');
    t.clock.advance(10 * DAY);
    const closed = await totals('states-a');
    assert.equal(closed.state, 'closed');
    assert.equal(closed.updatedAt, '2025-06-10T00:00:00.000Z');
  });

  it('is failed when it ends below its minimum, closed when the minimum was reached', async () => {
    const ends = new Date(t.clock.now() + DAY).toISOString();
    const withMinimum = {
      minimum: { amount: 400_000, currency: 'KZT' },
      endsAt: ends,
      startsAt: '2025-05-01T00:00:00Z',
    };
    await load(
      campaignFixture({ id: 'below', ...withMinimum }),
      campaignFixture({ id: 'above', ...withMinimum }),
    );
    await deliver(
      t.app,
      pledge({ campaignId: 'below', amount: { amount: 399_999, currency: 'KZT' } }),
      t.clock.now(),
    );
    await deliver(
      t.app,
      pledge({ campaignId: 'above', amount: { amount: 400_000, currency: 'KZT' } }),
      t.clock.now(),
    );
    assert.equal((await totals('below')).state, 'open');
    assert.equal((await totals('above')).state, 'open');
    t.clock.advance(DAY);
    assert.equal((await totals('below')).state, 'failed');
    assert.equal((await totals('above')).state, 'closed');
    const late = await deliver(
      t.app,
      pledge({ campaignId: 'below', createdAt: new Date(t.clock.now()).toISOString() }),
      t.clock.now(),
    );
    assert.equal(late.statusCode, 422);
  });

  it('stamps a milestone when first reached and keeps the stamp', async () => {
    await load(campaignFixture({ id: 'milestones' }));
    await deliver(
      t.app,
      pledge({ campaignId: 'milestones', amount: { amount: 299_999, currency: 'KZT' } }),
      t.clock.now(),
    );
    assert.equal((await get('milestones')).milestones[0]!.reachedAt, null);
    const firstAt = new Date(t.clock.now()).toISOString();
    await deliver(
      t.app,
      pledge({ campaignId: 'milestones', amount: { amount: 1, currency: 'KZT' } }),
      t.clock.now(),
    );
    t.clock.advance(60_000);
    await deliver(
      t.app,
      pledge({ campaignId: 'milestones', amount: { amount: 300_000, currency: 'KZT' } }),
      t.clock.now(),
    );
    const campaign = await get('milestones');
    assert.equal(campaign.milestones[0]!.reachedAt, firstAt);
    assert.equal(campaign.milestones[1]!.reachedAt, new Date(t.clock.now()).toISOString());
    // Reloading the file keeps the pledges and the stamps.
    await load(campaignFixture({ id: 'milestones' }));
    const reloaded = await get('milestones');
    assert.equal(reloaded.raised.amount, 600_000);
    assert.equal(reloaded.milestones[0]!.reachedAt, firstAt);
  });

  it("answers in the reader's language and falls back to the campaign's own", async () => {
    await load(campaignFixture({ id: 'texts' }));
    const ru = await get('texts', { 'accept-language': 'ru-KZ, en;q=0.5' });
    assert.equal(ru.title, 'Деревья для проспекта Абая');
    assert.deepEqual(
      ru.milestones.map((m) => m.label),
      ['Первые деревья', 'Drip irrigation'],
    );
    assert.equal((await get('texts', { 'accept-language': 'kk' })).title, 'Абай даңғылына ағаштар');
    assert.equal((await get('texts', { 'accept-language': 'de' })).title, 'Trees for Abai Avenue');
  });

  it('sends ETags, 304 on If-None-Match and cacheable totals', async () => {
    await load(campaignFixture({ id: 'caching' }));
    for (const url of ['/api/v1/campaigns/caching', '/api/v1/campaigns/caching/totals']) {
      const first = await t.app.inject({ url });
      const etag = first.headers.etag as string;
      assert.ok(etag);
      const again = await t.app.inject({ url, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
    }
    const res = await t.app.inject({ url: '/api/v1/campaigns/caching/totals' });
    assert.equal(
      res.headers['cache-control'],
      'public, max-age=10, stale-while-revalidate=20, stale-if-error=50',
    );
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const before = res.headers.etag;
    await deliver(t.app, pledge({ campaignId: 'caching' }), t.clock.now());
    const after = await t.app.inject({
      url: '/api/v1/campaigns/caching/totals',
      headers: { 'if-none-match': before as string },
    });
    assert.equal(after.statusCode, 200);
  });

  it('shows the last five public backers, newest first, hostile names as plain text', async () => {
    await load(campaignFixture({ id: 'backers' }));
    const hostile = '<img src=x onerror=alert(1)> Робert"; DROP TABLE pledges;--';
    const names = ['Aigerim', 'Нурлан', 'Dana', 'Timur', hostile, 'Private person', 'Асель'];
    for (const [i, name] of names.entries()) {
      const isPublic = name !== 'Private person';
      const createdAt = new Date(Date.parse('2025-06-01T10:00:00Z') + i * 60_000).toISOString();
      await deliver(
        t.app,
        pledge({ campaignId: 'backers', backerDisplayName: name, public: isPublic, createdAt }),
        t.clock.now(),
      );
    }
    await deliver(
      t.app,
      pledge({ campaignId: 'backers', backerDisplayName: '   ', createdAt: '2025-06-01T11:30:00Z' }),
      t.clock.now(),
    );
    const campaign = await get('backers');
    assert.deepEqual(
      campaign.recentBackers?.map((b) => b.displayName),
      ['Асель', hostile, 'Timur', 'Dana', 'Нурлан'],
    );
    assert.equal(campaign.backers, 8);
  });

  it('answers 404 problems for unknown campaigns and their totals and events', async () => {
    for (const url of [
      '/api/v1/campaigns/nope',
      '/api/v1/campaigns/nope/totals',
      '/api/v1/campaigns/nope/events',
    ]) {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, 404);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
    }
  });
});

it('refuses an invalid campaign file as a whole, naming each problem', () => {
  const file = {
    campaigns: [
      {
        ...campaignFixture(),
        goal: { amount: 0, currency: 'KZT' },
        milestones: [{ id: 'm', label: 'M', amount: { amount: 5, currency: 'USD' } }],
      },
    ],
  };
  assert.throws(
    () => parseCampaignFile(JSON.stringify(file)),
    (error: Error) => {
      assert.match(error.message, /campaigns\.0\.goal\.amount: goal must be greater than zero/);
      return true;
    },
  );
  const twice = { campaigns: [campaignFixture(), campaignFixture()] };
  assert.throws(() => parseCampaignFile(JSON.stringify(twice)), /each campaign id may appear once/);
});

describeEachDatabase('campaign event streams', (db) => {
  let server: RunningServer;
  let database: Database;
  before(async () => {
    database = openDatabase(db().url);
    server = await startServer(
      testConfig(db().url, { port: 0, host: '127.0.0.1', publicUrlExplicit: false }),
      {
        database,
        backgroundJobs: false,
        live: { tickMs: 50, pingMs: 100 },
      },
    );
    await upsertCampaigns(database.db, [campaignFixture({ endsAt: null })], new Date().toISOString());
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  it('sends the totals at once and again after a pledge', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.apiUrl}/campaigns/trees-abai/events`, {
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const nextTotals = async (): Promise<CampaignTotals> => {
      for (;;) {
        const match = /event: totals\ndata: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return v.parse(CampaignTotalsEventSchema, JSON.parse(match[1]!));
        }
        const { done, value } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += value;
      }
    };
    try {
      assert.equal((await nextTotals()).raised.amount, 0);
      const body = JSON.stringify(
        pledge({ createdAt: new Date().toISOString(), amount: { amount: 4200, currency: 'KZT' } }),
      );
      const res = await fetch(`${server.apiUrl}/webhooks/pledges`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Civic-Signature': signPayload(DEMO_WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000)),
        },
        body,
      });
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal((await nextTotals()).raised.amount, 4200);
    } finally {
      controller.abort();
    }
  });
});
