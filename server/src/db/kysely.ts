import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema, Db } from './schema.js';
import { WriteQueue } from './write-queue.js';
import type { WriteWork } from './write-queue.js';

export type Dialect = 'sqlite' | 'postgres';
export type { Db } from './schema.js';

/** An open database: the typed query layer and which engine is behind it. */
export interface Database {
  readonly db: Db;
  readonly dialect: Dialect;
  /** The URL it was opened with (passwords included; never log it). */
  readonly url: string;
  /**
   * Runs a write transaction and settles after its commit. On SQLite writes are group-committed
   * (see write-queue.ts); on PostgreSQL each runs in its own transaction, concurrently.
   */
  write<T>(work: WriteWork<T>): Promise<T>;
  close(): Promise<void>;
}

/** `sqlite:./data/civic.db` → `./data/civic.db`; `sqlite::memory:` → `:memory:`. */
function sqlitePath(url: string): string {
  const rest = url.slice('sqlite:'.length);
  return rest.startsWith('//') ? rest.slice(2) : rest;
}

/**
 * Kysely prepares every statement anew on SQLite; caching the prepared statements by their SQL text
 * saves that work on the hot paths (a handful of distinct statements run thousands of times).
 */
function withStatementCache(database: BetterSqlite3.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function openSqlite(url: string): Database {
  const path = sqlitePath(url);
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new BetterSqlite3(path === '' ? ':memory:' : path);
  database.pragma('journal_mode = WAL');
  // better-sqlite3 defaults WAL to NORMAL; FULL syncs the log on every commit, so an acknowledged
  // signature or confirmation survives a power cut, not only a process crash.
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  // Checkpoints run inside the commit that crosses the threshold and block the event loop; the
  // default (1000 pages, 4 MB) checkpoints every few hundred signatures and rewrites the same index
  // pages each time. A larger WAL checkpoints less often; durability is the WAL's, unchanged.
  database.pragma('wal_autocheckpoint = 16000');
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  const queue = new WriteQueue(db);
  return { db, dialect: 'sqlite', url, write: (work) => queue.run(work), close: () => db.destroy() };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle client that loses its connection emits here; without a listener the process would exit.
  pool.on('error', () => undefined);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    url,
    write: (work) => db.transaction().execute(work),
    close: () => db.destroy(),
  };
}

/** Opens the database a `CIVIC_DB` URL names. Does not migrate (see migrations.ts). */
export function openDatabase(url: string): Database {
  if (url.startsWith('sqlite:')) return openSqlite(url);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  throw new Error('Unsupported database URL: use sqlite:PATH, sqlite::memory: or postgres://…');
}
