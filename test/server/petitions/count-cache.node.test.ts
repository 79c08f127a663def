import { CountCache } from '../../../server/src/petitions/count-cache.js';
import type { CountLookup } from '../../../server/src/petitions/count-cache.js';
import { describeChangedElsewhere } from '../support/changed-elsewhere.js';

/* A petition's count confirmed by another process reaches this process's streams and count reads in time. */

describeChangedElsewhere<CountLookup>('a count confirmed by another process', () => ({
  source: (read, clock) =>
    new CountCache(
      read((confirmed) => ({
        petitionId: 'elsewhere',
        storedState: 'open',
        importedCount: 0,
        offlineCount: 0,
        confirmed,
        countUpdatedAt: '2026-01-01T00:00:00.000Z',
        closesAt: null,
        thresholds: [],
      })),
      clock,
    ),
  valueOf: (lookup) => (lookup.kind === 'found' ? lookup.count.signatureCount : undefined),
}));
