import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createClient } from '../../../src/client/index.js';
import { confirmSignature, createSignature } from '../../../src/protocol/endpoints/petitions.js';
import { openDatabase } from '../../../server/src/db/kysely.js';
import type { Database } from '../../../server/src/db/kysely.js';
import { readConfirmed } from '../../../server/src/petitions/count-store.js';
import { POSTGRES_URL, postgresDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { openPetition } from '../e2e/open-petition.js';
import { confirmationToken } from '../e2e/outbox-token.js';
import { loadPetitions } from '../e2e/server-process.js';
import { startCluster } from './cluster.js';
import type { Cluster } from './cluster.js';
import { CountStreams } from './event-streams.js';

/*
 * Production with several processes (`npm run test:multi-process`): three reference-server
 * processes on one PostgreSQL behind nginx. Through the proxy, citizens sign and confirm with the
 * widgets' own client (which retries a failed write with its Idempotency-Key), 1,000 count streams
 * stay open and count reads keep coming; one process is SIGKILLed mid-run. Then: no acknowledged
 * signature lost, no signature counted twice, every count read answered, and every surviving
 * process showing the final count within 2 s, read from each process directly and from its streams.
 */

const PROCESSES = 3;
const STREAMS = 1_000;
const SIGNERS = 240;
const CONCURRENCY = 12;
const COUNT_READERS = 4;
const PETITION_ID = 'multi-process';
const IMPORTED = 5_000;
/** How soon every surviving process must show a confirmation made through another. */
const CONVERGENCE_MS = 2_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Signer {
  email: string;
  created: boolean;
  confirmed: boolean;
  error?: string;
}

describe('three processes on one PostgreSQL behind nginx', () => {
  let testDb: TestDatabase;
  let cluster: Cluster;
  let reader: Database;
  let streams: CountStreams | undefined;

  before(async () => {
    assert.ok(POSTGRES_URL, 'set CIVIC_TEST_POSTGRES_URL (bash .ci/postgres.sh prints one)');
    // This process holds every stream and the processes it starts inherit its limit.
    const openFiles = Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim());
    assert.ok(
      Number.isNaN(openFiles) || openFiles >= 4 * STREAMS,
      `${STREAMS} streams need more open files than ulimit -n allows (${openFiles}): raise it to 16384`,
    );
    testDb = await postgresDatabase(POSTGRES_URL);
    loadPetitions(testDb.url, [
      openPetition({
        id: PETITION_ID,
        title: 'Keep the river path lit',
        summary: 'A petition for the multi-process test.',
        body: 'Several processes, one count.',
        signatureCount: IMPORTED,
        thresholds: [{ kind: 'response', count: IMPORTED + 100, reachedAt: null }],
      }),
    ]);
    cluster = await startCluster(testDb.url, PROCESSES);
    reader = openDatabase(testDb.url);
  });

  after(async () => {
    streams?.close();
    await cluster?.stop();
    await reader?.close();
    await testDb?.drop();
  });

  it('loses and double-counts nothing when a process is killed, and every survivor agrees within 2 s', async (t) => {
    const started = Date.now();
    const note = (what: string) => t.diagnostic(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);
    const api = `${cluster.origin}/api/v1`;
    streams = new CountStreams(`${api}/petitions/${PETITION_ID}/events`);
    await streams.open(STREAMS, 60_000);
    note(`${STREAMS} streams open (${streams.describe()})`);
    const upstreams = new Set(streams.streams.map((s) => s.upstream));
    assert.equal(upstreams.size, PROCESSES, `streams spread over every process (${streams.describe()})`);

    // Count reads through the proxy, all along.
    const reads = { ok: 0, failed: [] as string[] };
    let reading = true;
    const readers = Array.from({ length: COUNT_READERS }, async () => {
      while (reading) {
        try {
          const res = await fetch(`${api}/petitions/${PETITION_ID}/count`, { cache: 'no-store' });
          await res.arrayBuffer();
          if (res.status === 200) reads.ok++;
          else reads.failed.push(`${res.status}`);
        } catch (error) {
          reads.failed.push(String(error));
        }
        await sleep(5);
      }
    });

    // The widgets' client, counting what its retries (same Idempotency-Key) got over.
    const retried = { answers: 0, dropped: 0 };
    const countingFetch: typeof fetch = async (input, init) => {
      try {
        const res = await fetch(input, init);
        if (res.status >= 500) retried.answers++;
        return res;
      } catch (error) {
        retried.dropped++;
        throw error;
      }
    };
    // Its defaults, as a widget on a city page has them (2 retries, full-jitter backoff).
    const client = createClient({ baseUrl: api, fetch: countingFetch });
    const run = randomBytes(4).toString('hex');
    const signers: Signer[] = Array.from({ length: SIGNERS }, (_, i) => ({
      email: `signer-${run}-${i}@multi.example`,
      created: false,
      confirmed: false,
    }));
    const victim = 1;
    const killAfter = Math.floor(SIGNERS * 0.4);
    let finished = 0;
    let kill: Promise<void> | undefined;
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < SIGNERS; i = next++) {
        const signer = signers[i]!;
        try {
          await client.request(createSignature, {
            path: { petitionId: PETITION_ID },
            body: { name: `Signer ${i}`, email: signer.email, eligible: true },
          });
          signer.created = true;
          const token = await confirmationToken(reader, signer.email);
          await client.request(confirmSignature, { body: { token } });
          signer.confirmed = true;
        } catch (error) {
          signer.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
        if (++finished === killAfter) {
          note(`SIGKILL process ${victim} after ${finished} signers`);
          kill = cluster.kill(victim);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await kill;
    const lastAcknowledged = Date.now();
    note(
      `${SIGNERS} signers done (the client retried ${retried.answers} 5xx answers and ` +
        `${retried.dropped} dropped connections), ${reads.ok} count reads`,
    );
    reading = false;
    await Promise.all(readers);

    // Every signature the server acknowledged is stored once and confirmed; none was lost or doubled.
    const failedSigners = signers.filter((s) => !s.confirmed).map((s) => `${s.email}: ${s.error}`);
    assert.deepEqual(failedSigners, [], 'every signer got an acknowledgement through the retries');
    const rows = await reader.db
      .selectFrom('signatures')
      .select(['email', 'confirmed_at'])
      .where('petition_id', '=', PETITION_ID)
      .execute();
    const perEmail = new Map<string, number>();
    for (const row of rows) perEmail.set(row.email, (perEmail.get(row.email) ?? 0) + 1);
    for (const signer of signers) assert.equal(perEmail.get(signer.email), 1, signer.email);
    assert.equal(rows.length, SIGNERS);
    const confirmedRows = rows.filter((row) => row.confirmed_at !== null).length;
    assert.equal(confirmedRows, SIGNERS, 'every acknowledged confirmation is in the database');
    const mails = await reader.db
      .selectFrom('outbox')
      .select(['kind'])
      .where('petition_id', '=', PETITION_ID)
      .execute();
    assert.deepEqual(
      mails.map((m) => m.kind),
      signers.map(() => 'confirm'),
      'one confirmation email per signer, none from a retried request',
    );
    const stored = await readConfirmed(reader.db, 'postgres', PETITION_ID);
    assert.equal(
      stored.confirmed,
      confirmedRows,
      'the count equals the confirmed signatures (no double counts)',
    );
    const expected = IMPORTED + confirmedRows;

    // Every surviving process shows the final count 2 s after the last acknowledgement: asked directly
    // then, and on every stream it serves (what reached this process by then).
    const survivors = cluster.survivors();
    const survivorAddresses = new Set(survivors.map((s) => `127.0.0.1:${s.port}`));
    await sleep(lastAcknowledged + CONVERGENCE_MS - Date.now());
    await new Promise((resolve) => setImmediate(resolve));
    const streamedBehind = streams.streams.filter(
      (s) => s.upstream !== null && survivorAddresses.has(s.upstream) && s.count !== expected,
    ).length;
    const shown = streams.describe();
    const direct = await Promise.all(
      survivors.map(async (server) => {
        const res = await fetch(`${server.origin}/api/v1/petitions/${PETITION_ID}/count`);
        return ((await res.json()) as { signatureCount: number }).signatureCount;
      }),
    );
    note(`after ${CONVERGENCE_MS} ms: survivors answer ${direct.join(', ')}; streams ${shown}`);
    assert.deepEqual(
      direct,
      survivors.map(() => expected),
      `each surviving process asked directly ${CONVERGENCE_MS} ms after the last acknowledgement`,
    );
    assert.equal(
      streamedBehind,
      0,
      `streams behind ${CONVERGENCE_MS} ms after the last acknowledgement: ${shown}`,
    );

    // Count reads through the proxy never failed: nginx routed around the killed process.
    assert.deepEqual(
      reads.failed,
      [],
      `count reads through the proxy (${reads.ok} answered); nginx said:\n${cluster.proxy.errors()}`,
    );
    assert.ok(reads.ok > 100, `count reads kept coming (${reads.ok})`);

    // The killed process's streams came back (after the server's retry time) on the survivors.
    const reconnected = streams.streams.filter((s) => s.reconnects > 0).length;
    assert.ok(reconnected > 0, `the kill ended some streams (${streams.describe()})`);
    await streams.waitFor(
      () => streams!.streams.every((s) => s.upstream !== null && survivorAddresses.has(s.upstream)),
      30_000,
      'every stream open on a surviving process',
    );
    await streams.waitFor(
      () => streams!.streams.every((s) => s.count === expected),
      CONVERGENCE_MS,
      'every stream showing the final count',
    );
    assert.deepEqual(streams.problems, []);
    assert.equal(streams.streams.length, STREAMS);
  });
});
