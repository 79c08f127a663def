import { sql } from 'kysely';
import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';
import { hourBucket } from './buckets.js';

/**
 * Count history: one sample per item and bucket (an hour, compacted to a day after 30 days), keyed
 * by the bucket's start (ISO 8601 UTC). A petition's count is sampled per count shard (see
 * petitions/count-store.ts), so a confirmation only writes rows its shard's lock already orders;
 * the imported signatures are shard -1. The counts as they stand are the first samples, so an
 * existing petition's history starts with its whole count, not with the next confirmation.
 */
export const countHistoryMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('petition_count_samples')
      .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
      .addColumn('bucket_at', 'text', (c) => c.notNull())
      .addColumn('shard', 'integer', (c) => c.notNull())
      .addColumn('resolution', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('petition_count_samples_pk', ['petition_id', 'bucket_at', 'shard'])
      .execute();
    await db.schema
      .createTable('campaign_total_samples')
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('bucket_at', 'text', (c) => c.notNull())
      .addColumn('resolution', 'text', (c) => c.notNull())
      .addColumn('raised', 'bigint', (c) => c.notNull())
      .addColumn('backers', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('campaign_total_samples_pk', ['campaign_id', 'bucket_at'])
      .execute();
    await sampleCountsAsTheyStand(db, hourBucket(Date.now()));
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('campaign_total_samples').ifExists().execute();
    await db.schema.dropTable('petition_count_samples').ifExists().execute();
  },
};

/** One sample per count as it stands: imported, confirmed (SQLite's column, PostgreSQL's shards), campaign totals. */
async function sampleCountsAsTheyStand(db: AnyDb, bucket: string): Promise<void> {
  await sql`
    insert into petition_count_samples (petition_id, bucket_at, shard, resolution, count)
    select id, ${bucket}, -1, 'hour', imported_count from petitions
    union all
    select id, ${bucket}, 0, 'hour', confirmed_count from petitions where confirmed_count > 0
    union all
    select petition_id, ${bucket}, shard, 'hour', count from petition_counts
  `.execute(db);
  await sql`
    insert into campaign_total_samples (campaign_id, bucket_at, resolution, raised, backers)
    select c.id, ${bucket}, 'hour',
      c.offline_amount + coalesce((select sum(p.amount) from pledges p where p.campaign_id = c.id), 0),
      c.offline_backers + (select count(distinct coalesce(p.backer_id, 'payment:' || p.payment_id))
        from pledges p where p.campaign_id = c.id)
    from campaigns c
  `.execute(db);
}
