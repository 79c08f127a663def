import { before } from 'node:test';
import { CampaignCache } from '../../../server/src/campaigns/cache.js';
import type { CampaignLookup } from '../../../server/src/campaigns/cache.js';
import { loadCampaignData, upsertCampaigns } from '../../../server/src/campaigns/store.js';
import type { CampaignData } from '../../../server/src/campaigns/store.js';
import { openDatabase } from '../../../server/src/db/kysely.js';
import { migrate } from '../../../server/src/db/migrator.js';
import { MIGRATIONS } from '../../../server/src/features.js';
import { describeChangedElsewhere } from '../support/changed-elsewhere.js';
import { campaignFixture } from './support.js';

/* A pledge recorded by another process reaches this process's totals streams and reads in time. */

let stored: CampaignData;
before(async () => {
  const database = openDatabase('sqlite::memory:');
  try {
    await migrate(database.db, MIGRATIONS);
    await upsertCampaigns(database.db, [campaignFixture()], '2025-06-01T12:00:00.000Z');
    stored = (await loadCampaignData(database.db, 'trees-abai'))!;
  } finally {
    await database.close();
  }
});

describeChangedElsewhere<CampaignLookup>('a pledge recorded by another process', () => ({
  source: (read, clock) =>
    new CampaignCache(
      read((pledged) => ({ ...stored, pledged })),
      clock,
    ),
  valueOf: (lookup) => (lookup.kind === 'found' ? lookup.totals.raised.amount : undefined),
}));
