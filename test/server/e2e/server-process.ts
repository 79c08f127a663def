import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/*
 * The reference server as a separate process (`node --import tsx server/src/main.ts`), the way it
 * runs in production: end-to-end tests talk to it over real HTTP and may SIGKILL it. Databases
 * come from ../support/databases.ts (SQLite always, PostgreSQL when CIVIC_TEST_POSTGRES_URL is set).
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'server/src/main.ts');
const LISTENING = 'civic-widgets reference server listening on ';
const START_TIMEOUT_MS = 30_000;

/** Writes an admin file and loads it with `main.ts load KIND FILE --db URL`. */
export function loadAdminFile(
  db: string,
  kind: 'petitions' | 'boards' | 'campaigns' | 'leaderboards',
  content: unknown,
): void {
  const dir = mkdtempSync(join(tmpdir(), 'civic-load-'));
  try {
    const file = join(dir, `${kind}.json`);
    writeFileSync(file, JSON.stringify(content));
    const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'load', kind, file, '--db', db], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CIVIC_LOG_LEVEL: 'warn' },
    });
    if (result.status !== 0) {
      throw new Error(`load ${kind} failed (${result.status}): ${result.stderr}${result.stdout}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes a petition file and loads it with `main.ts load petitions FILE --db URL`. */
export function loadPetitions(db: string, petitions: unknown[]): void {
  loadAdminFile(db, 'petitions', { petitions });
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
export async function startServerProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
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
