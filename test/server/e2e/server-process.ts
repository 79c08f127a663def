import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/*
 * The reference server as a separate process (`node --import tsx server/src/main.ts`), the way it
 * runs in production: end-to-end tests talk to it over real HTTP and may SIGKILL it.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'server/src/main.ts');
const LISTENING = 'civic-widgets reference server listening on ';
const START_TIMEOUT_MS = 30_000;

/** A database the end-to-end tests run against, fresh for each test file. */
export interface TestDatabase {
  /** `sqlite` or `postgres`, for test names. */
  readonly name: string;
  /** URL for `--db`. */
  readonly url: string;
  /** Removes the database (the temp file, or drops the PostgreSQL database). */
  drop(): Promise<void>;
}

/** A fresh SQLite file in a temp directory. */
export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
  return {
    name: 'sqlite',
    url: `sqlite:${join(dir, 'civic.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh database on the PostgreSQL server of `baseUrl` (CIVIC_TEST_POSTGRES_URL). */
export async function postgresDatabase(baseUrl: string, label: string): Promise<TestDatabase> {
  const name = `civic_e2e_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * The databases to run on: SQLite always, PostgreSQL when CIVIC_TEST_POSTGRES_URL is set. Prints
 * a note when it is not, so a run without PostgreSQL says so instead of passing quietly.
 */
export function databaseKinds(): ('sqlite' | 'postgres')[] {
  if (process.env.CIVIC_TEST_POSTGRES_URL) return ['sqlite', 'postgres'];
  console.log(
    '# NOTE: CIVIC_TEST_POSTGRES_URL is not set: the PostgreSQL variant of this end-to-end test does not run ' +
      '(.ci/run sets it; `bash .ci/postgres.sh` starts a local server and prints the URL).',
  );
  return ['sqlite'];
}

export async function openTestDatabase(kind: 'sqlite' | 'postgres', label: string): Promise<TestDatabase> {
  return kind === 'sqlite' ? sqliteDatabase() : postgresDatabase(process.env.CIVIC_TEST_POSTGRES_URL!, label);
}

/** Writes a petition file and loads it with `main.ts load petitions FILE --db URL`. */
export function loadPetitions(db: string, petitions: unknown[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'civic-load-'));
  try {
    const file = join(dir, 'petitions.json');
    writeFileSync(file, JSON.stringify({ petitions }));
    const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'load', 'petitions', file, '--db', db], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CIVIC_LOG_LEVEL: 'warn' },
    });
    if (result.status !== 0) {
      throw new Error(`load petitions failed (${result.status}): ${result.stderr}${result.stdout}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A running server process. */
export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown hooks, no flushing — a power cut as far as the process knows. */
  kill(): Promise<void>;
  /** SIGTERM, waiting for the exit. */
  stop(): Promise<void>;
}

/** Starts `main.ts` with `args` and waits for its "listening on" line. */
export async function startServerProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--log-level', 'warn', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith(LISTENING)) {
        clearTimeout(timer);
        resolve(new URL(line.slice(LISTENING.length).trim()).origin);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? code}) before listening:\n${output}`));
    });
  });
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    origin,
    port: Number(new URL(origin).port),
    child,
    output: () => output,
    kill: () => stopWith('SIGKILL'),
    stop: () => stopWith('SIGTERM'),
  };
}
