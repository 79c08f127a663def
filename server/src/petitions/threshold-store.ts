import type { Selectable } from 'kysely';
import type { Threshold } from '#protocol';
import type { Db } from '../db/kysely.js';
import { changedRows, prepared } from '../db/prepared.js';
import type { PetitionThresholdsTable } from '../db/schema.js';

/* A petition's thresholds and when each was first reached. */

export type ThresholdRow = Selectable<PetitionThresholdsTable>;

/**
 * Replaces a petition's thresholds with a file's. A reached-at date already stamped here is kept
 * when the file has none for the same kind and count.
 */
export async function replaceThresholds(
  trx: Db,
  petitionId: string,
  thresholds: readonly Threshold[],
): Promise<void> {
  const previous = await readThresholds(trx, petitionId);
  const reached = new Map(previous.map((row) => [`${row.kind}:${row.count}`, row.reached_at]));
  await trx.deleteFrom('petition_thresholds').where('petition_id', '=', petitionId).execute();
  if (thresholds.length === 0) return;
  await trx
    .insertInto('petition_thresholds')
    .values(
      thresholds.map((threshold, position) => ({
        petition_id: petitionId,
        position,
        kind: threshold.kind,
        count: threshold.count,
        label: threshold.label ?? null,
        reached_at: threshold.reachedAt
          ? new Date(threshold.reachedAt).toISOString()
          : (reached.get(`${threshold.kind}:${threshold.count}`) ?? null),
      })),
    )
    .execute();
}

export async function readThresholds(db: Db, petitionId: string): Promise<ThresholdRow[]> {
  return (await readQuery(db, { id: petitionId })).rows;
}

const readQuery = prepared((db, v: { id: string }) =>
  db.selectFrom('petition_thresholds').selectAll().where('petition_id', '=', v.id).orderBy('position'),
);

/** Thresholds of several petitions, by petition id. */
export async function readThresholdsOf(
  db: Db,
  petitionIds: readonly string[],
): Promise<Map<string, ThresholdRow[]>> {
  const byPetition = new Map<string, ThresholdRow[]>(petitionIds.map((id) => [id, []]));
  if (petitionIds.length === 0) return byPetition;
  const rows = await db
    .selectFrom('petition_thresholds')
    .selectAll()
    .where('petition_id', 'in', petitionIds)
    .orderBy('petition_id')
    .orderBy('position')
    .execute();
  for (const row of rows) byPetition.get(row.petition_id)?.push(row);
  return byPetition;
}

/** Stamps `reached_at` on every threshold the total has reached that was not stamped yet. */
export async function stampReachedThresholds(
  trx: Db,
  petitionId: string,
  total: number,
  nowIso: string,
): Promise<number> {
  return changedRows(await stampQuery(trx, { id: petitionId, total, now: nowIso }));
}

const stampQuery = prepared((db, v: { id: string; total: number; now: string }) =>
  db
    .updateTable('petition_thresholds')
    .set({ reached_at: v.now })
    .where('petition_id', '=', v.id)
    .where('reached_at', 'is', null)
    .where('count', '<=', v.total),
);
