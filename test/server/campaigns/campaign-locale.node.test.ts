import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { upsertCampaigns } from '../../../server/src/campaigns/store.js';
import { CampaignSchema } from '../../../src/protocol/index.js';
import type { Campaign } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';
import { campaignFixture } from './support.js';

/*
 * A campaign says which language its texts are in (`locale`), and each stretch goal the language of
 * its label, since a translation may leave some labels out: a widget in Russian then marks an
 * English label as English (WCAG 3.1.2).
 */

describeEachDatabase('the language of a campaign’s texts', (db) => {
  let t: TestApp;

  before(async () => {
    t = await testApp(db().url);
    await upsertCampaigns(t.ctx.database.db, [campaignFixture()], new Date(t.clock.now()).toISOString());
  });

  after(() => t.close());

  async function campaignIn(language: string): Promise<Campaign> {
    const res = await t.app.inject({
      url: '/api/v1/campaigns/trees-abai',
      headers: { 'accept-language': language },
    });
    assert.equal(res.statusCode, 200, res.body);
    return v.parse(CampaignSchema, json(res));
  }

  it('is the translation chosen, and each untranslated label keeps the campaign’s own language', async () => {
    const russian = await campaignIn('ru');
    assert.equal(russian.locale, 'ru');
    assert.deepEqual(
      russian.milestones.map((m) => [m.label, m.locale]),
      [
        ['Первые деревья', 'ru'],
        ['Drip irrigation', 'en'],
      ],
    );
    const german = await campaignIn('de');
    assert.equal(german.locale, 'en', 'no German: the campaign’s own English');
    assert.deepEqual(
      german.milestones.map((m) => m.locale),
      ['en', 'en'],
    );
  });
});
