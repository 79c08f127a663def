import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/** Participants known from their tokens, and the contributions leaderboards are computed from. */
export const contributionsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('participants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('staff', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('avatar_url', 'text')
      .addColumn('profile_url', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('contributions')
      .addColumn('participant_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('category_id', 'text')
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('contributions_pk', ['participant_id', 'action', 'subject_id'])
      .execute();
    await db.schema
      .createIndex('contributions_by_time')
      .on('contributions')
      .columns(['occurred_at', 'participant_id'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('contributions').ifExists().execute();
    await db.schema.dropTable('participants').ifExists().execute();
  },
};
