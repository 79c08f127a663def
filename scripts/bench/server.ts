import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { AutocannonResult } from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../server/src/db/kysely.js';
import { migrate } from '../../server/src/db/migrator.js';
import { MIGRATIONS } from '../../server/src/features.js';
import { loadPetitions, startServerProcess } from '../../test/server/e2e/server-process.js';

/*
 * The reference server on SQLite under load, measured with autocannon from this process while the
 * server runs in its own (2 cores: one each). Signatures are created with unique emails, their
 * confirmation tokens read from the outbox table (they exist only in emails), confirmed, and the
 * count endpoint is read. The final count must equal the acknowledged confirmations. A raw
 * better-sqlite3 insert loop (same table, WAL, synchronous=FULL, one transaction per row) on the
 * same disk gives the floor to compare with.
 */

export const TARGETS = { signaturesPerSecond: 1_000, countReadsPerSecond: 10_000 } as const;
export const PETITION_ID = 'bench-petition';
const SEED_URL = new URL('../../server/seed/demo-petitions.json', import.meta.url);
/** Tokens are 32 random bytes in base64url: 43 characters, found in the confirmation link. */
const TOKEN_IN_LINK = /confirm[^\s"'<>]*?([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/;

export interface BenchOptions {
  /** Seconds of signature creation. */
  createSeconds: number;
  /** Seconds of count reads. */
  readSeconds: number;
  /** Concurrent connections for writes and reads. */
  writeConnections: number;
  readConnections: number;
  /** At most this many signatures are confirmed (keeps the run short on fast machines). */
  maxConfirmations: number;
  /** Seconds of the raw insert loop. */
  rawSeconds: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  createSeconds: 10,
  readSeconds: 10,
  writeConnections: 16,
  readConnections: 50,
  maxConfirmations: 25_000,
  rawSeconds: 3,
};

export interface PhaseResult {
  name: string;
  /** Answers with the expected 2xx status. */
  ok: number;
  /** Other statuses, connection errors and timeouts. */
  failed: number;
  seconds: number;
  perSecond: number;
  p99Ms: number;
  /** The server process's CPU use during the phase, in cores (1 = one core busy); null off Linux. */
  serverCores: number | null;
}

export interface ServerBenchResult {
  environment: string;
  create: PhaseResult;
  confirm: PhaseResult;
  countReads: PhaseResult;
  /** The same reads against a bare node:http server: what this machine and load generator allow. */
  ceiling: PhaseResult;
  raw: PhaseResult;
  initialCount: number;
  finalCount: number;
  /** Confirmations answered 200, each a different token. */
  acknowledgedConfirmations: number;
  /** Signature rows with a confirmation time, read from the database after the run. */
  confirmedRows: number;
  createdRows: number;
  /** Confirmation tokens read from the outbox (autocannon may leave a few of them unsent). */
  tokensRead: number;
}

/** CPU seconds a process has used so far (Linux /proc; USER_HZ is 100 on every Linux build). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds the processes have used so far, together; null off Linux. */
function cpuSecondsOf(pids: readonly number[]): number | null {
  const each = pids.map(cpuSeconds);
  return each.includes(null) ? null : (each as number[]).reduce((sum, seconds) => sum + seconds, 0);
}

/**
 * Runs a load phase and measures the server processes' CPU use meanwhile: is the server or the load
 * generator the limit?
 */
export async function measured(
  pids: readonly number[],
  name: string,
  load: () => Promise<{ result: AutocannonResult; ok: number }>,
): Promise<PhaseResult> {
  const cpuBefore = cpuSecondsOf(pids);
  const { result, ok } = await load();
  const cpuAfter = cpuSecondsOf(pids);
  return {
    name,
    ok,
    failed: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
    perSecond: ok / result.duration,
    p99Ms: result.latency.p99,
    serverCores: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.duration,
  };
}

/** The demo's first petition, open for a year from now, with no signatures yet. */
export function benchPetition(): unknown {
  const seed = JSON.parse(readFileSync(SEED_URL, 'utf8')) as { petitions: Record<string, unknown>[] };
  const base = seed.petitions.find((p) => p.id === 'zh-101');
  if (!base) throw new Error('the demo seed has no petition zh-101');
  const now = Date.now();
  return {
    ...base,
    id: PETITION_ID,
    signatureCount: 0,
    offlineSignatureCount: 0,
    thresholds: [
      { kind: 'response', count: 10_000, reachedAt: null },
      { kind: 'debate', count: 100_000, reachedAt: null },
    ],
    createdAt: new Date(now - 86_400_000).toISOString(),
    openedAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(now + 365 * 86_400_000).toISOString(),
    signaturesByRegion: [],
    translations: undefined,
  };
}

export async function readCount(origin: string): Promise<number> {
  const res = await fetch(`${origin}/api/v1/petitions/${PETITION_ID}/count`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`GET count answered ${res.status}`);
  return ((await res.json()) as { signatureCount: number }).signatureCount;
}

/** The count is served from memory for up to ~1 s; wait until two reads a refresh apart agree. */
export async function settledCount(origin: string): Promise<number> {
  let previous = await readCount(origin);
  for (let attempt = 0; attempt < 10; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const current = await readCount(origin);
    if (current === previous) return current;
    previous = current;
  }
  return previous;
}

export async function createSignatures(origin: string, options: BenchOptions) {
  const run = randomBytes(4).toString('hex');
  let next = 0;
  let accepted = 0;
  const result = await autocannon({
    url: origin,
    connections: options.writeConnections,
    duration: options.createSeconds,
    requests: [
      {
        method: 'POST',
        path: `/api/v1/petitions/${PETITION_ID}/signatures`,
        headers: { 'content-type': 'application/json' },
        setupRequest(request) {
          const i = next++;
          return {
            ...request,
            headers: { ...request.headers, 'idempotency-key': `bench-${run}-${i}` },
            body: JSON.stringify({
              name: `Bench Signer ${i}`,
              email: `signer-${run}-${i}@bench.example`,
              postcode: '050000',
              eligible: true,
              ageConfirmed: true,
              notify: false,
              locale: 'en',
            }),
          };
        },
        onResponse(status) {
          if (status === 202) accepted++;
        },
      },
    ],
  });
  return { result, ok: accepted };
}

/** Confirmation tokens from the outbox: the bench reads the server's table, as a mail client would read mail. */
export async function readTokens(dbUrl: string, limit: number): Promise<string[]> {
  const database = openDatabase(dbUrl);
  try {
    const rows = await database.db
      .selectFrom('outbox')
      .select(['text_body'])
      .where('kind', '=', 'confirm')
      .where('petition_id', '=', PETITION_ID)
      .limit(limit)
      .execute();
    return rows.map((row) => {
      const match = TOKEN_IN_LINK.exec(row.text_body);
      if (!match) throw new Error(`no confirmation link in an email:\n${row.text_body}`);
      return match[1]!;
    });
  } finally {
    await database.close();
  }
}

export async function confirmSignatures(origin: string, tokens: string[], options: BenchOptions) {
  let next = 0;
  const acknowledged = new Set<string>();
  const result = await autocannon({
    url: origin,
    connections: Math.min(options.writeConnections, tokens.length),
    amount: tokens.length,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/signatures/confirm',
        headers: { 'content-type': 'application/json' },
        setupRequest(request, context) {
          // autocannon prepares one request more per connection than it sends; those get no token.
          const token = tokens[next++];
          context.token = token;
          if (token === undefined) {
            return { ...request, method: 'GET', path: `/api/v1/petitions/${PETITION_ID}/count`, body: '' };
          }
          return {
            ...request,
            headers: { ...request.headers, 'idempotency-key': `bench-confirm-${next}` },
            body: JSON.stringify({ token }),
          };
        },
        onResponse(status, _body, context) {
          if (status === 200 && typeof context.token === 'string') acknowledged.add(context.token);
        },
      },
    ],
  });
  return { result, ok: acknowledged.size };
}

export async function readCounts(origin: string, options: BenchOptions) {
  let ok = 0;
  const result = await autocannon({
    url: origin,
    connections: options.readConnections,
    duration: options.readSeconds,
    requests: [
      {
        method: 'GET',
        path: `/api/v1/petitions/${PETITION_ID}/count`,
        onResponse(status) {
          if (status === 200) ok++;
        },
      },
    ],
  });
  return { result, ok };
}

const BARE_SERVER = `
const server = require('node:http').createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end('{"petitionId":"bench-petition","signatureCount":0}');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

/** Count reads against a bare node:http server in its own process: the ceiling of this setup. */
async function ceilingReads(options: BenchOptions): Promise<PhaseResult> {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const origin = `http://127.0.0.1:${chunk.toString().trim()}`;
    return await measured([child.pid!], 'same reads, bare node:http server (ceiling)', () =>
      readCounts(origin, options),
    );
  } finally {
    child.kill();
  }
}

/** Signature rows as the server writes them, one autocommitted INSERT each, WAL + synchronous=FULL. */
async function rawInsertLoop(dir: string, seconds: number): Promise<PhaseResult> {
  const url = `sqlite:${join(dir, 'raw.db')}`;
  const database = openDatabase(url);
  await migrate(database.db, MIGRATIONS);
  await database.close();

  const db = new BetterSqlite3(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO petitions (id, state, document, imported_count, offline_count, confirmed_count,
       count_updated_at, search_text, created_at, opened_at, closes_at, updated_at)
     VALUES (?, 'open', '{}', 0, 0, 0, ?, '', ?, ?, NULL, ?)`,
  ).run(PETITION_ID, now, now, now, now);
  const insert = db.prepare(
    `INSERT INTO signatures (id, petition_id, name, email, email_key, postcode, region, country, address,
       locale, notify, subject, ip_hash, flagged_reason, created_at, confirmed_at, emails_sent)
     VALUES (?, ?, ?, ?, ?, '050000', NULL, NULL, NULL, 'en', 0, NULL, ?, NULL, ?, NULL, 1)`,
  );
  const ipHash = randomBytes(32).toString('hex');
  let rows = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    const id = randomBytes(16).toString('hex');
    insert.run(
      id,
      PETITION_ID,
      `Raw Signer ${rows}`,
      `raw-${rows}@bench.example`,
      randomBytes(32).toString('hex'),
      ipHash,
      new Date().toISOString(),
    );
    rows++;
  }
  const elapsed = (performance.now() - start) / 1000;
  db.close();
  return {
    name: 'raw better-sqlite3 INSERT (autocommit, WAL, synchronous=FULL)',
    ok: rows,
    failed: 0,
    seconds: elapsed,
    perSecond: rows / elapsed,
    p99Ms: Number.NaN,
    serverCores: null,
  };
}

export async function countRows(dbUrl: string): Promise<{ created: number; confirmed: number }> {
  const database = openDatabase(dbUrl);
  try {
    const row = await database.db
      .selectFrom('signatures')
      .select((eb) => [
        eb.fn.countAll<number>().as('created'),
        eb.fn.count<number>('confirmed_at').as('confirmed'),
      ])
      .where('petition_id', '=', PETITION_ID)
      .executeTakeFirstOrThrow();
    return { created: Number(row.created), confirmed: Number(row.confirmed) };
  } finally {
    await database.close();
  }
}

/** Runs every phase against a fresh server and database in a temp directory. */
export async function benchServer(options: BenchOptions = DEFAULT_OPTIONS): Promise<ServerBenchResult> {
  const loadAtStart = os.loadavg()[0]!;
  const dir = mkdtempSync(join(os.tmpdir(), 'civic-bench-'));
  const dbUrl = `sqlite:${join(dir, 'bench.db')}`;
  try {
    loadPetitions(dbUrl, [benchPetition()]);
    const server = await startServerProcess(['--port', '0', '--db', dbUrl, '--demo', '--rate-limit', 'off']);
    try {
      const origin = server.origin;
      const pid = server.child.pid!;
      const initialCount = await readCount(origin);
      const create = await measured([pid], 'create signature (POST …/signatures → 202)', () =>
        createSignatures(origin, options),
      );
      const tokens = await readTokens(dbUrl, options.maxConfirmations);
      const confirm = await measured([pid], 'confirm signature (POST /signatures/confirm → 200)', () =>
        confirmSignatures(origin, tokens, options),
      );
      const countReads = await measured([pid], 'count read (GET …/count → 200)', () =>
        readCounts(origin, options),
      );
      const finalCount = await settledCount(origin);
      const rows = await countRows(dbUrl);
      await server.stop();
      const ceiling = await ceilingReads(options);
      const raw = await rawInsertLoop(dir, options.rawSeconds);
      return {
        environment:
          `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
          `SQLite file in ${os.tmpdir()}, load average ${loadAtStart.toFixed(1)} before the run`,
        create,
        confirm,
        countReads,
        ceiling,
        raw,
        initialCount,
        finalCount,
        acknowledgedConfirmations: confirm.ok,
        confirmedRows: rows.confirmed,
        createdRows: rows.created,
        tokensRead: tokens.length,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
