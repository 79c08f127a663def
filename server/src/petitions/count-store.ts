import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Db, Dialect } from '../db/kysely.js';
import { prepared } from '../db/prepared.js';

/*
 * Confirmed online signatures per petition, counted exactly once by the confirming transaction.
 *
 * SQLite has one writer at a time anyway, so the count is a plain column on the petition row,
 * incremented in the confirming transaction. PostgreSQL runs many writers at once, and a single
 * counter row would make every confirmation of a popular petition wait for the previous one's lock
 * (the UK's 2019 failure). There the count is spread over COUNT_SHARDS rows per petition: each
 * confirmation increments a random shard (an UPSERT), reads sum the shards.
 */

export const COUNT_SHARDS = 16;

/** The shard a confirmation was added to and its new count (SQLite: one shard, 0, the column). */
export interface IncrementedShard {
  shard: number;
  count: number;
}

/** Adds one confirmed signature. Call inside the transaction that marked the signature confirmed. */
export async function incrementConfirmed(
  trx: Db,
  dialect: Dialect,
  petitionId: string,
  nowIso: string,
): Promise<IncrementedShard> {
  if (dialect === 'sqlite') {
    const row = (await incrementColumn(trx, { id: petitionId, now: nowIso })).rows[0];
    return { shard: 0, count: Number(row?.confirmed_count ?? 0) };
  }
  const shard = randomInt(COUNT_SHARDS);
  const row = (await incrementShard(trx, { id: petitionId, shard, now: nowIso })).rows[0];
  return { shard, count: Number(row?.count ?? 0) };
}

const incrementColumn = prepared((db, v: { id: string; now: string }) =>
  db
    .updateTable('petitions')
    .set((eb) => ({ confirmed_count: eb('confirmed_count', '+', 1), count_updated_at: v.now }))
    .where('id', '=', v.id)
    .returning('confirmed_count'),
);

const incrementShard = prepared((db, v: { id: string; shard: number; now: string }) =>
  db
    .insertInto('petition_counts')
    .values({ petition_id: v.id, shard: v.shard, count: 1, updated_at: v.now })
    .onConflict((oc) =>
      oc.columns(['petition_id', 'shard']).doUpdateSet((eb) => ({
        count: eb('petition_counts.count', '+', 1),
        updated_at: v.now,
      })),
    )
    .returning('count'),
);

export interface ConfirmedCount {
  confirmed: number;
  /** When a confirmation last changed the count; null when none has. */
  updatedAt: string | null;
}

/** The confirmed online signatures of one petition. */
export async function readConfirmed(db: Db, dialect: Dialect, petitionId: string): Promise<ConfirmedCount> {
  if (dialect === 'sqlite') {
    const row = (await readColumn(db, { id: petitionId })).rows[0];
    return { confirmed: row?.confirmed_count ?? 0, updatedAt: row?.count_updated_at ?? null };
  }
  const row = (await readShards(db, { id: petitionId })).rows[0];
  return { confirmed: Number(row?.confirmed ?? 0), updatedAt: row?.updated_at ?? null };
}

const readColumn = prepared((db, v: { id: string }) =>
  db.selectFrom('petitions').select(['confirmed_count', 'count_updated_at']).where('id', '=', v.id),
);

const readShards = prepared((db, v: { id: string }) =>
  db
    .selectFrom('petition_counts')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number | string>('count'), sql<number>`0`).as('confirmed'),
      eb.fn.max('updated_at').as('updated_at'),
    ])
    .where('petition_id', '=', v.id),
);

/** SQL for a petitions row's confirmed count, for lists and ordering (`petitions` in scope). */
export function confirmedCountExpression(dialect: Dialect): RawBuilder<number | string> {
  return dialect === 'sqlite'
    ? sql<number>`petitions.confirmed_count`
    : sql<
        number | string
      >`coalesce((select sum(pc.count) from petition_counts pc where pc.petition_id = petitions.id), 0)`;
}
