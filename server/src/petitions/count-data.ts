import type { Db, Dialect } from '../db/kysely.js';
import { readConfirmed } from './count-store.js';
import { findPetitionRow } from './store.js';
import { readThresholds } from './threshold-store.js';
import type { CountData } from './view.js';

/** Reads what a petition's count resource is made of; `hidden` and `missing` have none. */
export async function loadCountData(
  db: Db,
  dialect: Dialect,
  petitionId: string,
): Promise<CountData | 'missing' | 'hidden'> {
  const row = await findPetitionRow(db, petitionId);
  if (!row) return 'missing';
  if (row.state === 'hidden') return 'hidden';
  const [thresholds, confirmed] = await Promise.all([
    readThresholds(db, petitionId),
    dialect === 'sqlite'
      ? Promise.resolve({ confirmed: row.confirmed_count, updatedAt: row.count_updated_at })
      : readConfirmed(db, dialect, petitionId),
  ]);
  const countUpdatedAt =
    confirmed.updatedAt !== null && confirmed.updatedAt > row.count_updated_at
      ? confirmed.updatedAt
      : row.count_updated_at;
  return {
    petitionId,
    storedState: row.state,
    importedCount: row.imported_count,
    offlineCount: row.offline_count,
    confirmed: confirmed.confirmed,
    countUpdatedAt,
    closesAt: row.closes_at,
    thresholds,
  };
}
