import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/**
 * Count history: one sample per item and bucket (an hour, compacted to a day after 30 days), keyed
 * by the bucket's start (ISO 8601 UTC). A petition's count is sampled per count shard (see
 * petitions/count-store.ts), so a confirmation only writes rows its shard's lock already orders.
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
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('campaign_total_samples').ifExists().execute();
    await db.schema.dropTable('petition_count_samples').ifExists().execute();
  },
};
