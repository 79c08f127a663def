import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/** Mail waiting for delivery, and delivered mail kept for a while (see outbox.ts). */
export const outboxMigration: Migration = {
  async up(db: AnyDb) {
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
    await db.schema.dropTable('outbox').ifExists().execute();
  },
};

/** Each message's canonical recipient (`emailKey`), for the cap on mail per address (address-cap.ts). */
export const outboxAddressKeyMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('outbox').addColumn('to_key', 'text').execute();
    await db.schema.createIndex('outbox_to_key').on('outbox').columns(['to_key', 'created_at']).execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('outbox_to_key').ifExists().execute();
    await db.schema.alterTable('outbox').dropColumn('to_key').execute();
  },
};
