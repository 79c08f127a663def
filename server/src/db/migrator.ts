import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Db } from './kysely.js';

/*
 * Schema migrations, in code so they ship with the server and run on start. The same migrations
 * serve SQLite and PostgreSQL: only portable column types (text, integer) and portable indexes
 * (partial unique indexes exist in both). The caller lists them (see features.ts).
 */

/** What a migration writes through: untyped, since the schema types change as migrations are added. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/** A migration under the name the database records it by; names sort in the order they run. */
export interface NamedMigration {
  readonly name: string;
  readonly migration: Migration;
}

/** One migration made of several, run in order (and undone in reverse). */
export function inOrder(...parts: readonly Migration[]): Migration {
  return {
    async up(db) {
      for (const part of parts) await part.up(db);
    },
    async down(db) {
      for (const part of [...parts].reverse()) await part.down?.(db);
    },
  };
}

/** Brings the schema up to date. Safe with several processes starting at once (Kysely locks). */
export async function migrate(db: Db, migrations: readonly NamedMigration[]): Promise<void> {
  const byName = Object.fromEntries(migrations.map(({ name, migration }) => [name, migration]));
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(byName) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
