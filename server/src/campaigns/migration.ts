import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/**
 * Crowdfunding campaigns, their milestones and the pledges the payment provider reported. Amounts
 * are integers in the currency's minor units. A pledge is stored once per provider payment id
 * (the unique index makes replayed and concurrent duplicate webhooks count once).
 */
export const campaignsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('campaigns')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('goal_amount', 'bigint', (c) => c.notNull())
      .addColumn('minimum_amount', 'bigint')
      .addColumn('offline_amount', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('offline_backers', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text')
      .addColumn('totals_updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('campaign_milestones')
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('reached_at', 'text')
      .addPrimaryKeyConstraint('campaign_milestones_pk', ['campaign_id', 'id'])
      .execute();

    await db.schema
      .createTable('pledges')
      .addColumn('payment_id', 'text', (c) => c.primaryKey())
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('backer_id', 'text')
      .addColumn('display_name', 'text')
      .addColumn('public', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('pledges_by_campaign')
      .on('pledges')
      .columns(['campaign_id', 'created_at'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('pledges').ifExists().execute();
    await db.schema.dropTable('campaign_milestones').ifExists().execute();
    await db.schema.dropTable('campaigns').ifExists().execute();
  },
};
