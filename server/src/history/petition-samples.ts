import type { PetitionHistoryPoint } from '#protocol';
import type { Db } from '../db/kysely.js';
import { prepared } from '../db/prepared.js';
import { hourBucket, resolutionOf } from './buckets.js';

/*
 * A petition's confirmed count over time. Each confirmation stores the new value of the count
 * shard it incremented in the current hour's bucket: that row is written only under the shard's
 * own row lock, so sampling adds no lock a popular petition's confirmations would queue on, and
 * the value is exact however many processes confirm at once. The imported signatures (the admin
 * file's `signatureCount`) are sampled as one more shard when a petition is loaded. A point sums
 * each shard's latest value.
 */

/** The shard the imported signatures are sampled as. */
export const IMPORTED_SHARD = -1;

const upsertSample = prepared((db, v: { id: string; bucket: string; shard: number; count: number }) =>
  db
    .insertInto('petition_count_samples')
    .values({ petition_id: v.id, bucket_at: v.bucket, shard: v.shard, resolution: 'hour', count: v.count })
    .onConflict((oc) =>
      oc
        .columns(['petition_id', 'bucket_at', 'shard'])
        .doUpdateSet((eb) => ({ count: eb.ref('excluded.count') })),
    ),
);

/** Records a shard's new confirmed count. Call in the transaction that changed it. */
export async function samplePetitionCount(
  trx: Db,
  petitionId: string,
  shard: { shard: number; count: number },
  nowMs: number,
): Promise<void> {
  await upsertSample(trx, { id: petitionId, bucket: hourBucket(nowMs), ...shard });
}

/** The petition's points (imported and confirmed signatures at the end of each bucket), ascending. */
export async function readPetitionHistory(db: Db, petitionId: string): Promise<PetitionHistoryPoint[]> {
  const rows = await db
    .selectFrom('petition_count_samples')
    .select(['bucket_at', 'shard', 'resolution', 'count'])
    .where('petition_id', '=', petitionId)
    .orderBy('bucket_at')
    .orderBy('shard')
    .execute();
  const shards = new Map<number, number>();
  const points: PetitionHistoryPoint[] = [];
  for (const row of rows) {
    // A confirmed shard only grows; a confirmation that read the clock just before an hour began
    // but got the shard's lock after one that read it just after wrote the higher value to the
    // earlier hour. The imported signatures may be reloaded lower, so theirs is the latest value.
    const count = Number(row.count);
    const before = shards.get(row.shard) ?? 0;
    shards.set(row.shard, row.shard === IMPORTED_SHARD ? count : Math.max(before, count));
    let total = 0;
    for (const value of shards.values()) total += value;
    const point = { at: row.bucket_at, count: total, resolution: resolutionOf(row.resolution) };
    const last = points.at(-1);
    if (last?.at === row.bucket_at) points[points.length - 1] = point;
    else points.push(point);
  }
  return points;
}
