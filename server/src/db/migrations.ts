import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { campaignsMigration } from '../campaigns/migration.js';
import { contributionsMigration } from '../contributions/migration.js';
import { ideasMigration } from '../ideas/migration.js';
import { leaderboardsMigration } from '../leaderboards/migration.js';
import type { Db } from './kysely.js';

/*
 * Schema migrations, in code so they ship with the server and run on start. The same migrations
 * serve SQLite and PostgreSQL: only portable column types (text, integer) and portable indexes
 * (partial unique indexes exist in both).
 */

// Migrations must not depend on the current schema types, which change as migrations are added.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const initial: Migration = {
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

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('response', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('idempotency_keys_created')
      .on('idempotency_keys')
      .column('created_at')
      .execute();

    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('petition_id', 'text')
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text_body', 'text', (c) => c.notNull())
      .addColumn('html_body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lease_until', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('delivered_to', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'next_attempt_at']).execute();
    await db.schema.createIndex('outbox_created').on('outbox').column('created_at').execute();
  },
  async down(db: AnyDb) {
    for (const table of [
      'outbox',
      'idempotency_keys',
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

/** Every migration by name; names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_contributions': contributionsMigration,
  '0003_ideas': ideasMigration,
  '0004_campaigns': campaignsMigration,
  '0005_leaderboards': leaderboardsMigration,
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};

/** Brings the schema up to date. Safe with several processes starting at once (Kysely locks). */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
