import { after, before, describe } from 'node:test';
import { createDatabase, databaseKinds } from './databases.js';
import type { TestDatabase } from './databases.js';

/**
 * Declares a suite once per database (SQLite, and PostgreSQL when configured). `db()` is that
 * suite's fresh database, created before its tests and dropped after them.
 */
export function describeEachDatabase(title: string, body: (db: () => TestDatabase) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${title} (${kind})`, () => {
      let database: TestDatabase | undefined;
      before(async () => {
        database = await createDatabase(kind);
      });
      after(async () => {
        await database?.drop();
      });
      body(() => {
        if (!database) throw new Error('the test database is not ready');
        return database;
      });
    });
  }
}
