import { SqliteAdapter, sql } from 'kysely';
import type { Migration } from 'kysely';
import type { AnyDb } from '../db/migrator.js';

/*
 * Idea boards: boards (settings and translations as a JSON document), ideas, one vote and one
 * report per participant and idea, and a full-text index over every language's title and text.
 * SQLite keeps an FTS5 table in step with triggers; PostgreSQL indexes `to_tsvector('simple', …)`
 * with GIN. Both index text the server has already lowercased, so neither depends on the database's
 * locale (the `simple` configuration does not stem, so Russian and Kazakh work like English).
 */
export const ideasMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('boards')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('voting_mode', 'text', (c) => c.notNull())
      .addColumn('submissions_open', 'integer', (c) => c.notNull())
      .addColumn('pre_moderation', 'integer', (c) => c.notNull())
      .addColumn('flag_hide_threshold', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('ideas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('locale', 'text')
      .addColumn('translations', 'text')
      .addColumn('title_key', 'text', (c) => c.notNull())
      .addColumn('search_title', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text')
      .addColumn('author_name', 'text', (c) => c.notNull())
      .addColumn('category_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('duplicate_of', 'text')
      .addColumn('official_response', 'text')
      .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('imported_up', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('imported_down', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('votes_up', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('votes_down', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pending_moderation', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('url', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // An exact duplicate title (case and spacing aside) on one board is refused, also under races.
    await db.schema
      .createIndex('ideas_title_unique')
      .on('ideas')
      .columns(['board_id', 'title_key'])
      .unique()
      .execute();
    await db.schema.createIndex('ideas_board').on('ideas').columns(['board_id', 'created_at']).execute();
    await db.schema.createIndex('ideas_author').on('ideas').columns(['author_id', 'created_at']).execute();

    await db.schema
      .createTable('idea_votes')
      .addColumn('idea_id', 'text', (c) => c.notNull().references('ideas.id').onDelete('cascade'))
      .addColumn('participant_id', 'text', (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull())
      .addColumn('voted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idea_votes_pk', ['idea_id', 'participant_id'])
      .execute();
    await db.schema
      .createIndex('idea_votes_recent')
      .on('idea_votes')
      .columns(['idea_id', 'value', 'voted_at'])
      .execute();

    await db.schema
      .createTable('idea_flags')
      .addColumn('idea_id', 'text', (c) => c.notNull().references('ideas.id').onDelete('cascade'))
      .addColumn('participant_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idea_flags_pk', ['idea_id', 'participant_id'])
      .execute();

    if (db.getExecutor().adapter instanceof SqliteAdapter) {
      await sql`create virtual table ideas_fts using fts5(
        idea_id unindexed, title, content, tokenize = 'unicode61 remove_diacritics 2'
      )`.execute(db);
      await sql`create trigger ideas_fts_insert after insert on ideas begin
        insert into ideas_fts (idea_id, title, content) values (new.id, new.search_title, new.search_text);
      end`.execute(db);
      await sql`create trigger ideas_fts_update after update of search_title, search_text on ideas begin
        delete from ideas_fts where idea_id = old.id;
        insert into ideas_fts (idea_id, title, content) values (new.id, new.search_title, new.search_text);
      end`.execute(db);
      await sql`create trigger ideas_fts_delete after delete on ideas begin
        delete from ideas_fts where idea_id = old.id;
      end`.execute(db);
    } else {
      await sql`create index ideas_search_title on ideas using gin (to_tsvector('simple', search_title))`.execute(
        db,
      );
      await sql`create index ideas_search_text on ideas using gin (to_tsvector('simple', search_text))`.execute(
        db,
      );
    }
  },
  async down(db: AnyDb) {
    if (db.getExecutor().adapter instanceof SqliteAdapter) {
      await sql`drop table if exists ideas_fts`.execute(db);
    }
    for (const table of ['idea_flags', 'idea_votes', 'ideas', 'boards']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};

/** A participant's reports and votes by time: the daily report cap and reporters' standing. */
export const ideaReportsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createIndex('idea_flags_by_participant')
      .on('idea_flags')
      .columns(['participant_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('idea_votes_by_participant')
      .on('idea_votes')
      .columns(['participant_id', 'voted_at'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('idea_votes_by_participant').ifExists().execute();
    await db.schema.dropIndex('idea_flags_by_participant').ifExists().execute();
  },
};
