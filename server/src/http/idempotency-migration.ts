import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/** The stored answers of Idempotency-Keys (see idempotency-store.ts). */
export const idempotencyMigration: Migration = {
  async up(db: AnyDb) {
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
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('idempotency_keys').ifExists().execute();
  },
};
