import { sql } from 'kysely';
import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/** Petitions, their thresholds, sharded counts, signatures and confirmation tokens. */
export const petitionsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('petitions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('imported_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('offline_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('confirmed_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('count_updated_at', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'text')
      .addColumn('closes_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('petition_thresholds')
      .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('reached_at', 'text')
      .addPrimaryKeyConstraint('petition_thresholds_pk', ['petition_id', 'position'])
      .execute();

    await db.schema
      .createTable('petition_counts')
      .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
      .addColumn('shard', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('petition_counts_pk', ['petition_id', 'shard'])
      .execute();

    await db.schema
      .createTable('signatures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('email_key', 'text', (c) => c.notNull())
      .addColumn('postcode', 'text')
      .addColumn('region', 'text')
      .addColumn('country', 'text')
      .addColumn('address', 'text')
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('notify', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('subject', 'text')
      .addColumn('ip_hash', 'text', (c) => c.notNull())
      .addColumn('flagged_reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'text')
      .addColumn('emails_sent', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // One counted signature per canonical email and petition; flagged ones stay outside the rule.
    await db.schema
      .createIndex('signatures_email_unique')
      .on('signatures')
      .columns(['petition_id', 'email_key'])
      .unique()
      .where(sql.ref('flagged_reason'), 'is', null)
      .execute();
    await db.schema
      .createIndex('signatures_rate_limit')
      .on('signatures')
      .columns(['petition_id', 'ip_hash', 'created_at'])
      .execute();

    await db.schema
      .createTable('confirmation_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('signature_id', 'text', (c) => c.notNull().references('signatures.id').onDelete('cascade'))
      .addColumn('petition_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('confirmation_tokens_expiry')
      .on('confirmation_tokens')
      .column('expires_at')
      .execute();
  },
  async down(db: AnyDb) {
    for (const table of [
      'confirmation_tokens',
      'signatures',
      'petition_counts',
      'petition_thresholds',
      'petitions',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
