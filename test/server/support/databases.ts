import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import pg from 'pg';

/*
 * The databases server tests run on: SQLite in a temporary file always, and PostgreSQL when
 * CIVIC_TEST_POSTGRES_URL is set (a fresh database per call, dropped afterwards). Without that
 * variable the PostgreSQL variant is left out with a loud note, never silently.
 */

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  url: string;
  /** Removes the database (file or PostgreSQL database). */
  drop(): Promise<void>;
}

export const POSTGRES_URL = process.env.CIVIC_TEST_POSTGRES_URL;

let noted = false;
function notePostgresMissing(): void {
  if (noted) return;
  noted = true;
  process.stderr.write(
    '\n' +
      '!!! CIVIC_TEST_POSTGRES_URL is not set: server tests run on SQLite ONLY, the PostgreSQL variant is NOT tested.\n' +
      '!!! Start one with .ci/postgres.sh and export CIVIC_TEST_POSTGRES_URL=postgres://civic:civic@127.0.0.1:5432/civic_test\n\n',
  );
}

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'civic-server-test-'));
  return {
    name: 'sqlite',
    url: `sqlite:${join(dir, 'civic.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh PostgreSQL database on the test server. */
export async function postgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `civic_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The kinds of database to run a suite on: sqlite, plus postgres when configured. */
export function databaseKinds(): ('sqlite' | 'postgres')[] {
  if (!POSTGRES_URL) notePostgresMissing();
  return POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh database of a kind. */
export function createDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  return kind === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase(POSTGRES_URL!);
}

/** Fresh databases to run a suite on: `[{name: 'sqlite', url}, {name: 'postgres', url}]`. */
export async function testDatabases(): Promise<TestDatabase[]> {
  return Promise.all(databaseKinds().map(createDatabase));
}
