import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/** Leaderboard definitions (from admin files) and an index for category-scoped boards. */
export const leaderboardsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('leaderboards')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('contributions_by_category')
      .on('contributions')
      .columns(['category_id', 'occurred_at'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('contributions_by_category').ifExists().execute();
    await db.schema.dropTable('leaderboards').ifExists().execute();
  },
};
