import { sql } from 'kysely';
import type { Database } from '../db/kysely.js';

/*
 * Rows read in batches by keyset (`where key > last order by key limit n`) rather than with one
 * cursor: a slow download never holds a database connection (SQLite has one, shared with every
 * signature) or a transaction open between batches, and both databases read the same way.
 */

/** Rows per batch. */
export const EXPORT_BATCH_SIZE = 500;

/**
 * Yields every row `readBatch` returns, batch after batch; `readBatch(after, limit)` answers the
 * rows whose key sorts after `after` (all rows when null), in key order, at most `limit` of them.
 */
export async function* keysetRows<Row>(
  readBatch: (after: string | null, limit: number) => Promise<readonly Row[]>,
  keyOf: (row: Row) => string,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<Row> {
  let after: string | null = null;
  for (;;) {
    const batch = await readBatch(after, batchSize);
    yield* batch;
    if (batch.length < batchSize) return;
    after = keyOf(batch[batch.length - 1]!);
  }
}

/** The tables of the items exports are filtered by. */
export type ItemTable = 'petitions' | 'boards' | 'campaigns' | 'leaderboards';

/**
 * The ids of a table's public items in id order (hidden petitions are not public), or only
 * `onlyId` when given and public: the items an export walks, or whether a filter's item exists.
 */
export function publicItemIds(
  database: Database,
  table: ItemTable,
  onlyId?: string,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<string> {
  return keysetRows(
    async (after, limit) => {
      let query = database.db.selectFrom(table).select('id');
      if (table === 'petitions') query = query.where(sql.ref('state'), '!=', 'hidden');
      if (onlyId !== undefined) query = query.where('id', '=', onlyId);
      if (after !== null) query = query.where('id', '>', after);
      return (await query.orderBy('id').limit(limit).execute()).map((row) => row.id);
    },
    (id) => id,
    batchSize,
  );
}

/** Whether a table holds a public item with this id. */
export async function isPublicItem(database: Database, table: ItemTable, id: string): Promise<boolean> {
  for await (const _ of publicItemIds(database, table, id, 1)) return true;
  return false;
}
