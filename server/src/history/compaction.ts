import { sql } from 'kysely';
import type { Database } from '../db/kysely.js';
import { compactionCutoff } from './buckets.js';

/*
 * Hourly samples older than 30 days become one sample per UTC day: the day's last hour (per count
 * shard for petitions) is kept, moved to the day's start and marked `day`; the other hours go.
 * Safe to run from several processes at once: each run writes the same rows.
 */

/** A day's start from a stored bucket (`2025-06-01T13:00:00Z` → `2025-06-01T00:00:00Z`). */
const dayOf = (column: string) => sql`substr(${sql.ref(column)}, 1, 10) || 'T00:00:00Z'`;

/** Compacts both histories' hours before the cutoff; returns how many hour samples went. */
export async function compactHistory(database: Database, nowMs: number): Promise<number> {
  const cutoff = compactionCutoff(nowMs);
  return database.write(async (trx) => {
    await sql`
      insert into petition_count_samples (petition_id, bucket_at, shard, resolution, count)
      select s.petition_id, ${dayOf('s.bucket_at')}, s.shard, 'day', s.count
      from petition_count_samples s
      where s.bucket_at < ${cutoff} and s.bucket_at = (
        select max(l.bucket_at) from petition_count_samples l
        where l.petition_id = s.petition_id and l.shard = s.shard and l.bucket_at < ${cutoff}
          and substr(l.bucket_at, 1, 10) = substr(s.bucket_at, 1, 10))
      on conflict (petition_id, bucket_at, shard) do update set resolution = 'day', count = excluded.count
    `.execute(trx);
    await sql`
      insert into campaign_total_samples (campaign_id, bucket_at, resolution, raised, backers)
      select s.campaign_id, ${dayOf('s.bucket_at')}, 'day', s.raised, s.backers
      from campaign_total_samples s
      where s.bucket_at < ${cutoff} and s.bucket_at = (
        select max(l.bucket_at) from campaign_total_samples l
        where l.campaign_id = s.campaign_id and l.bucket_at < ${cutoff}
          and substr(l.bucket_at, 1, 10) = substr(s.bucket_at, 1, 10))
      on conflict (campaign_id, bucket_at) do update
        set resolution = 'day', raised = excluded.raised, backers = excluded.backers
    `.execute(trx);
    const petitions = await trx
      .deleteFrom('petition_count_samples')
      .where('resolution', '=', 'hour')
      .where('bucket_at', '<', cutoff)
      .executeTakeFirst();
    const campaigns = await trx
      .deleteFrom('campaign_total_samples')
      .where('resolution', '=', 'hour')
      .where('bucket_at', '<', cutoff)
      .executeTakeFirst();
    return Number(petitions.numDeletedRows) + Number(campaigns.numDeletedRows);
  });
}
