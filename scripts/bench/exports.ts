import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../server/src/db/kysely.js';
import type { Database } from '../../server/src/db/kysely.js';
import { postgresDatabase, sqliteDatabase } from '../../test/server/support/databases.js';
import type { TestDatabase } from '../../test/server/support/databases.js';
import { loadAdminFile, loadPetitions, startServerProcess } from '../../test/server/e2e/server-process.js';

/*
 * CSV exports of the reference server at size: 1,000,000 petition-regions rows (10,000 petitions of
 * 100 regions each) and 100,000 ideas, each downloaded whole through the real server (its own
 * process) on SQLite and on PostgreSQL. Measured: time to the last byte and the server process's
 * peak resident memory during the download (Linux: the high-water mark, reset just before with
 * /proc/PID/clear_refs). The control, in the same run on the same database: a separate process that
 * reads the same rows with the same keyset batches through the same query layer and writes them as
 * plain comma-joined lines to /dev/null (export-control.ts): what reading the data costs, with no
 * HTTP, no CSV quoting or formula neutralising and no per-row mapping beyond the JSON parse.
 */

export const EXPORT_BENCH_SIZE = { petitions: 10_000, regionsPerPetition: 100, ideas: 100_000 } as const;
/** The two datasets measured. */
export const BENCH_DATASETS = ['petition-regions', 'ideas'] as const;
/** Downloads of each export, and runs of its control, per database. */
export const EXPORT_BENCH_ROUNDS = 3;
export type BenchDataset = (typeof BENCH_DATASETS)[number];

const SEED_DIR = new URL('../../server/seed/', import.meta.url);
const CONTROL = fileURLToPath(new URL('./export-control.ts', import.meta.url));
const BOARD_ID = 'bench-board';
const INSERT_BATCH = 500;

export interface DownloadResult {
  dataset: BenchDataset;
  /** Data rows (lines after the header). */
  rows: number;
  bytes: number;
  seconds: number;
  /** Resident memory before the download and its peak during it, in bytes. */
  rssBefore: number;
  rssPeak: number;
}

/** Several downloads of one export: the median time, the largest rise of memory. */
export interface MeasuredExport extends DownloadResult {
  /** Each round's time, in the order taken. */
  roundSeconds: number[];
  /** Each round's rows (all the same, or the export or its control lost some). */
  roundRows: number[];
}

export interface ExportBenchRun {
  database: 'sqlite' | 'postgres';
  seedSeconds: number;
  server: MeasuredExport[];
  control: MeasuredExport[];
  /** The largest export again, from a server whose JavaScript heap may not pass SMALL_HEAP_MIB. */
  smallHeap: DownloadResult | { failed: string };
}

/** A heap limit far below the size of the largest export: a server that kept rows would fail. */
export const SMALL_HEAP_MIB = 64;

/** Resident memory now and its high-water mark, in bytes (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/** Resets the process's peak resident memory to its current size (`echo 5 > clear_refs`). */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

function petitionTemplate(): Record<string, unknown> {
  const seed = JSON.parse(readFileSync(new URL('demo-petitions.json', SEED_DIR), 'utf8')) as {
    petitions: Record<string, unknown>[];
  };
  const base = seed.petitions.find((petition) => petition.id === 'zh-103')!;
  return {
    ...base,
    id: 'bench-p-template',
    translations: undefined,
    signaturesByRegion: Array.from({ length: EXPORT_BENCH_SIZE.regionsPerPetition }, (_, i) => ({
      code: `region-${String(i + 1).padStart(3, '0')}`,
      name: `Region ${i + 1}, "district", =not a formula`,
      count: 1_000 + i,
    })),
  };
}

function boardTemplate(): Record<string, unknown> {
  const seed = JSON.parse(readFileSync(new URL('demo-board.json', SEED_DIR), 'utf8')) as {
    boards: Record<string, unknown>[];
  };
  const board = seed.boards[0]!;
  return { ...board, id: BOARD_ID, ideas: (board.ideas as unknown[]).slice(0, 1) };
}

async function insertClones<Row extends { id: string }>(
  template: Row,
  count: number,
  clone: (template: Row, i: number) => Row,
  insert: (rows: Row[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < count; start += INSERT_BATCH) {
    const rows: Row[] = [];
    for (let i = start; i < Math.min(count, start + INSERT_BATCH); i++) rows.push(clone(template, i));
    await insert(rows);
  }
}

/** Loads one petition and one board through the admin files, then clones them in the tables. */
async function seed(url: string): Promise<void> {
  loadPetitions(url, [petitionTemplate()]);
  loadAdminFile(url, 'boards', { boards: [boardTemplate()] });
  const database: Database = openDatabase(url);
  try {
    const { db } = database;
    const petition = await db
      .selectFrom('petitions')
      .selectAll()
      .where('id', '=', 'bench-p-template')
      .executeTakeFirstOrThrow();
    const { confirmed_count: _generated, ...petitionRow } = petition;
    await insertClones(
      petitionRow,
      EXPORT_BENCH_SIZE.petitions - 1,
      (row, i) => {
        const id = `bench-p-${String(i).padStart(6, '0')}`;
        return { ...row, id, document: row.document.replace('"bench-p-template"', JSON.stringify(id)) };
      },
      (rows) => db.insertInto('petitions').values(rows).execute(),
    );
    const idea = await db
      .selectFrom('ideas')
      .selectAll()
      .where('board_id', '=', BOARD_ID)
      .executeTakeFirstOrThrow();
    await insertClones(
      idea,
      EXPORT_BENCH_SIZE.ideas - 1,
      (row, i) => ({
        ...row,
        id: `bench-idea-${String(i).padStart(6, '0')}`,
        title: `${row.title} ${i}`,
        title_key: `${row.title_key} ${i}`,
      }),
      (rows) => db.insertInto('ideas').values(rows).execute(),
    );
  } finally {
    await database.close();
  }
}

/** Downloads a CSV export whole, counting its bytes and lines, while watching the server's memory. */
async function download(origin: string, pid: number, dataset: BenchDataset): Promise<DownloadResult> {
  resetPeak(pid);
  const rssBefore = memoryOf(pid).rss;
  const started = performance.now();
  const response = await fetch(`${origin}/api/v1/exports/${dataset}.csv`);
  if (!response.ok || !response.body) throw new Error(`GET ${dataset}.csv answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { dataset, rows: lines - 1, bytes, seconds, rssBefore, rssPeak: memoryOf(pid).peak };
}

/** Runs the control process for one dataset; it prints its own figures as JSON. */
async function control(url: string, dataset: BenchDataset): Promise<DownloadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', CONTROL, url, dataset], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the export control exited with ${code}: ${output}`);
  return JSON.parse(output) as DownloadResult;
}

async function benchOn(database: TestDatabase): Promise<ExportBenchRun> {
  const seedStarted = performance.now();
  await seed(database.url);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const server = await startServerProcess(['--db', database.url, '--port', '0']);
  const results: DownloadResult[][] = BENCH_DATASETS.map(() => []);
  const controls: DownloadResult[][] = BENCH_DATASETS.map(() => []);
  try {
    const pid = server.child.pid!;
    // One small request first, so start-up work is not counted in the first download.
    await fetch(`${server.origin}/api/v1/`);
    // Server and control in turns, so a change in the machine's load falls on both alike.
    for (let round = 0; round < EXPORT_BENCH_ROUNDS; round++) {
      for (const [i, dataset] of BENCH_DATASETS.entries()) {
        results[i]!.push(await download(server.origin, pid, dataset));
        controls[i]!.push(await control(database.url, dataset));
      }
    }
  } finally {
    await server.stop();
  }
  return {
    database: database.name as 'sqlite' | 'postgres',
    seedSeconds,
    smallHeap: await downloadWithSmallHeap(database.url),
    server: results.map(summarize),
    control: controls.map(summarize),
  };
}

/** Downloads petition-regions from a server started with `--max-old-space-size=SMALL_HEAP_MIB`. */
async function downloadWithSmallHeap(url: string): Promise<DownloadResult | { failed: string }> {
  const server = await startServerProcess(['--db', url, '--port', '0'], {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${SMALL_HEAP_MIB}`.trim(),
  });
  try {
    await fetch(`${server.origin}/api/v1/`);
    return await download(server.origin, server.child.pid!, 'petition-regions');
  } catch (error) {
    return { failed: `${(error as Error).message}\n${server.output().slice(-2_000)}` };
  } finally {
    await server.stop();
  }
}

/** The median time of the rounds, with the largest peak of resident memory seen in any of them. */
function summarize(rounds: DownloadResult[]): MeasuredExport {
  const sorted = [...rounds].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const worst = rounds.reduce((a, b) => (b.rssPeak - b.rssBefore > a.rssPeak - a.rssBefore ? b : a));
  return {
    ...middle,
    rssBefore: worst.rssBefore,
    rssPeak: worst.rssPeak,
    roundSeconds: rounds.map((round) => round.seconds),
    roundRows: rounds.map((round) => round.rows),
  };
}

/** SQLite always, PostgreSQL when `postgresAdminUrl` is given; each on a fresh database. */
export async function benchExports(postgresAdminUrl: string | undefined): Promise<{
  environment: string;
  runs: ExportBenchRun[];
}> {
  const loadAtStart = os.loadavg()[0]!;
  const runs: ExportBenchRun[] = [];
  const databases: (() => Promise<TestDatabase>)[] = [async () => sqliteDatabase()];
  if (postgresAdminUrl) databases.push(() => postgresDatabase(postgresAdminUrl));
  for (const create of databases) {
    const database = await create();
    try {
      runs.push(await benchOn(database));
    } finally {
      await database.drop();
    }
  }
  return {
    environment:
      `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
      `load average ${loadAtStart.toFixed(1)} before the run`,
    runs,
  };
}
