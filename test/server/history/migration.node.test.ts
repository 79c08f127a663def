import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { openDatabase } from '../../../server/src/db/kysely.js';
import type { Database } from '../../../server/src/db/kysely.js';
import { migrate } from '../../../server/src/db/migrator.js';
import { MIGRATIONS } from '../../../server/src/features.js';
import { hourBucket } from '../../../server/src/history/buckets.js';
import { readCampaignHistory } from '../../../server/src/history/campaign-samples.js';
import { readPetitionHistory } from '../../../server/src/history/petition-samples.js';
import { describeEachDatabase } from '../support/suite.js';

/* Migration 0008 on a database that already has counts: each history starts with the count as it stands. */

const NOW = '2026-01-01T00:00:00.000Z';

describeEachDatabase('count history migration', (db) => {
  let database: Database;
  before(async () => {
    database = openDatabase(db().url);
    const before0008 = MIGRATIONS.filter(({ name }) => name < '0008');
    assert.ok(before0008.length < MIGRATIONS.length);
    await migrate(database.db, before0008);
  });
  after(async () => {
    await database.close();
  });

  it('samples the imported and confirmed signatures and the campaign totals as they stand', async () => {
    const { db: kysely, dialect } = database;
    await kysely
      .insertInto('petitions')
      .values({
        id: 'p1',
        state: 'open',
        document: '{}',
        imported_count: 100,
        offline_count: 7,
        confirmed_count: dialect === 'sqlite' ? 5 : 0,
        count_updated_at: NOW,
        search_text: '',
        created_at: NOW,
        opened_at: NOW,
        closes_at: null,
        updated_at: NOW,
      })
      .execute();
    if (dialect === 'postgres') {
      await kysely
        .insertInto('petition_counts')
        .values([
          { petition_id: 'p1', shard: 0, count: 2, updated_at: NOW },
          { petition_id: 'p1', shard: 9, count: 3, updated_at: NOW },
        ])
        .execute();
    }
    await kysely
      .insertInto('campaigns')
      .values({
        id: 'c1',
        document: '{}',
        currency: 'KZT',
        goal_amount: 1000,
        minimum_amount: null,
        offline_amount: 300,
        offline_backers: 2,
        starts_at: NOW,
        ends_at: null,
        totals_updated_at: NOW,
        updated_at: NOW,
      })
      .execute();
    const pledge = {
      campaign_id: 'c1',
      currency: 'KZT',
      display_name: null,
      public: 0,
      created_at: NOW,
      received_at: NOW,
    };
    await kysely
      .insertInto('pledges')
      .values([
        { ...pledge, payment_id: 'pay-1', amount: 50, backer_id: 'b1' },
        { ...pledge, payment_id: 'pay-2', amount: 70, backer_id: 'b1' },
        { ...pledge, payment_id: 'pay-3', amount: 80, backer_id: null },
      ])
      .execute();

    const earliest = hourBucket(Date.now());
    await migrate(database.db, MIGRATIONS);
    const latest = hourBucket(Date.now());

    const [point, ...more] = await readPetitionHistory(kysely, 'p1');
    assert.deepEqual(more, []);
    assert.ok(point && [earliest, latest].includes(point.at), point?.at);
    assert.deepEqual({ ...point, at: undefined }, { at: undefined, count: 105, resolution: 'hour' });
    const [totals, ...moreTotals] = await readCampaignHistory(kysely, 'c1');
    assert.deepEqual(moreTotals, []);
    assert.deepEqual(
      { ...totals, at: undefined },
      { at: undefined, raised: 500, backers: 4, resolution: 'hour' },
    );
  });
});
