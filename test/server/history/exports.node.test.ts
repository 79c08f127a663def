import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { upsertCampaigns } from '../../../server/src/campaigns/store.js';
import { campaignFixture, deliver, pledge } from '../campaigns/support.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { confirm, mailTo, sign, signature } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

/* The petition-history and campaign-history datasets: the history endpoints' points as rows. */

type Row = Record<string, string | number | null>;

describeEachDatabase('history exports', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      petitions: [petitionFixture(), petitionFixture({ id: 'secret', state: 'hidden' })],
    });
    await upsertCampaigns(t.ctx.database.db, [campaignFixture()], new Date(t.clock.now()).toISOString());
    const body = signature();
    assert.equal((await sign(t.app, 'bike-lanes', body)).statusCode, 202);
    t.clock.advance(3_600_000);
    const [mail] = await mailTo(t.app, body.email);
    assert.equal((await confirm(t.app, mail!.token!)).statusCode, 200);
    const res = await deliver(
      t.app,
      pledge({ createdAt: new Date(t.clock.now()).toISOString() }),
      t.clock.now(),
    );
    assert.equal(res.statusCode, 200, res.body);
  });
  after(async () => {
    await t.close();
  });

  it("petition-history holds each point of the petition's history, in CSV and JSON", async () => {
    const rows = json<Row[]>(
      await t.app.inject({ url: '/api/v1/exports/petition-history.json?petition=bike-lanes' }),
    );
    assert.deepEqual(rows, [
      { petition_id: 'bike-lanes', at: '2025-06-01T12:00:00Z', signature_count: 100, resolution: 'hour' },
      { petition_id: 'bike-lanes', at: '2025-06-01T13:00:00Z', signature_count: 101, resolution: 'hour' },
    ]);
    const csv = await t.app.inject({ url: '/api/v1/exports/petition-history.csv' });
    // No cell here needs quoting: records end with CRLF, fields are split by commas.
    assert.deepEqual(
      csv.body.split('\r\n').map((line) => line.split(',')),
      [
        ['petition_id', 'at', 'signature_count', 'resolution'],
        ['bike-lanes', '2025-06-01T12:00:00Z', '100', 'hour'],
        ['bike-lanes', '2025-06-01T13:00:00Z', '101', 'hour'],
        [''],
      ],
    );
  });

  it('leaves hidden petitions out and answers 404 when filtered to one', async () => {
    const all = json<Row[]>(await t.app.inject({ url: '/api/v1/exports/petition-history.json' }));
    assert.ok(!all.some((row) => row.petition_id === 'secret'));
    const hidden = await t.app.inject({ url: '/api/v1/exports/petition-history.json?petition=secret' });
    assert.equal(hidden.statusCode, 404);
  });

  it("campaign-history holds each point of the campaign's totals, with its currency", async () => {
    const rows = json<Row[]>(
      await t.app.inject({ url: '/api/v1/exports/campaign-history.json?campaign=trees-abai' }),
    );
    assert.deepEqual(rows, [
      {
        campaign_id: 'trees-abai',
        at: '2025-06-01T12:00:00Z',
        currency: 'KZT',
        raised_amount: 0,
        backers: 0,
        resolution: 'hour',
      },
      {
        campaign_id: 'trees-abai',
        at: '2025-06-01T13:00:00Z',
        currency: 'KZT',
        raised_amount: 50_000,
        backers: 1,
        resolution: 'hour',
      },
    ]);
  });
});
