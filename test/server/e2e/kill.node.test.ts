import assert from 'node:assert/strict';
import { randomBytes, randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../../server/src/db/kysely.js';
import type { Database } from '../../../server/src/db/kysely.js';
import { createDatabase, databaseKinds } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { openPetition } from './open-petition.js';
import { confirmationToken } from './outbox-token.js';
import { loadPetitions, startServerProcess } from './server-process.js';
import type { ServerProcess } from './server-process.js';

/*
 * Crash safety end to end: a stream of signatures and confirmations from eight concurrent clients,
 * the server SIGKILLed twice at random moments and restarted on the same database, every request
 * that got no answer retried with the same Idempotency-Key and the same body — and one answer in
 * five thrown away and retried the same way, so replays are exercised even when the kills happen
 * to land between transactions. Afterwards every
 * acknowledged signature exists exactly once, every confirmation is counted exactly once, and a
 * further kill loses nothing.
 */

const SIGNERS = 160;
const CONCURRENCY = 8;
const PETITION_ID = 'kill-test';
const IMPORTED = 1_000;
const GIVE_UP_MS = 60_000;

function petition() {
  return openPetition({
    id: PETITION_ID,
    title: 'Keep the night bus running',
    summary: 'A petition for the crash test.',
    body: 'Crash test.',
    signatureCount: IMPORTED,
    thresholds: [
      { kind: 'response', count: IMPORTED + 50, reachedAt: null },
      { kind: 'debate', count: 100_000, reachedAt: null },
    ],
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: string;
}

/** What the clients did, for the assertions and for failure messages. */
interface Log {
  networkFailures: number;
  inFlightRetries: number;
  /** Answers the client threw away to retry as if they had been lost. */
  lostAnswers: number;
  /** 5xx answers (retried, as the protocol tells clients; none should happen). */
  serverErrors: string[];
  kills: string[];
}

class Cluster {
  server!: ServerProcess;
  port = 0;
  private restarting: Promise<void> | null = null;

  constructor(
    private readonly dbUrl: string,
    private readonly log: Log,
  ) {}

  async start(): Promise<void> {
    this.server = await startServerProcess([
      '--port',
      String(this.port),
      '--db',
      this.dbUrl,
      '--demo',
      '--rate-limit',
      'off',
    ]);
    this.port = this.server.port;
  }

  /** SIGKILL, then a restart on the same port and database. */
  async killAndRestart(reason: string): Promise<void> {
    if (this.restarting) return this.restarting;
    this.restarting = (async () => {
      this.log.kills.push(reason);
      await this.server.kill();
      await this.start();
    })();
    try {
      await this.restarting;
    } finally {
      this.restarting = null;
    }
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * POSTs until the server answers: network errors (the server is dead or restarting), 409 (the
   * same key is still in flight) and 5xx are retried with the same key and body, as the protocol
   * tells clients to.
   */
  async post(path: string, body: string, key: string, loseFirstAnswer = false): Promise<Answer> {
    const deadline = Date.now() + GIVE_UP_MS;
    let loseAnswer = loseFirstAnswer;
    for (;;) {
      assert.ok(Date.now() < deadline, `POST ${path} (key ${key}) got no final answer in ${GIVE_UP_MS} ms`);
      let res: Response;
      try {
        res = await fetch(`${this.origin}/api/v1${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(10_000),
        });
      } catch {
        this.log.networkFailures++;
        await sleep(25);
        continue;
      }
      let text: string;
      try {
        text = await res.text();
      } catch {
        this.log.networkFailures++;
        await sleep(25);
        continue;
      }
      if (res.status === 409) {
        this.log.inFlightRetries++;
        await sleep(100);
        continue;
      }
      if (res.status >= 500) {
        this.log.serverErrors.push(`${res.status} ${text.slice(0, 200)}`);
        await sleep(100);
        continue;
      }
      if (loseAnswer) {
        // The server did the work, the answer got lost on the way (a dropped mobile connection):
        // the retry must replay it, not do the work again.
        loseAnswer = false;
        this.log.lostAnswers++;
        continue;
      }
      return { status: res.status, body: text };
    }
  }

  async count(): Promise<number> {
    const res = await fetch(`${this.origin}/api/v1/petitions/${PETITION_ID}/count`, { cache: 'no-store' });
    assert.equal(res.status, 200);
    return ((await res.json()) as { signatureCount: number }).signatureCount;
  }

  /** The count is cached in memory for about a second: wait until two reads a refresh apart agree. */
  async settledCount(): Promise<number> {
    let previous = await this.count();
    for (let i = 0; i < 10; i++) {
      await sleep(1_200);
      const current = await this.count();
      if (current === previous) return current;
      previous = current;
    }
    return previous;
  }
}

for (const kind of databaseKinds()) {
  describe(`the reference server killed mid-stream (${kind})`, () => {
    let testDb: TestDatabase;
    let reader: Database;
    let cluster: Cluster;
    const log: Log = { networkFailures: 0, inFlightRetries: 0, lostAnswers: 0, serverErrors: [], kills: [] };

    before(async () => {
      testDb = await createDatabase(kind);
      loadPetitions(testDb.url, [petition()]);
      cluster = new Cluster(testDb.url, log);
      await cluster.start();
      reader = openDatabase(testDb.url);
    });

    after(async () => {
      await cluster?.server.stop();
      await reader?.close();
      await testDb?.drop();
    });

    it('counts every acknowledged confirmation exactly once, across kills and client retries', async () => {
      const initial = await cluster.count();
      assert.equal(initial, IMPORTED);

      const run = randomBytes(4).toString('hex');
      const signers = Array.from({ length: SIGNERS }, (_, i) => ({
        email: `signer-${run}-${i}@kill.example`,
        body: JSON.stringify({
          name: `Signer ${i}`,
          email: `signer-${run}-${i}@kill.example`,
          eligible: true,
        }),
        createKey: `create-${run}-${i}`,
        confirmKey: `confirm-${run}-${i}`,
        created: null as Answer | null,
        confirmed: null as Answer | null,
      }));

      // Two kills at random points of the stream, counted in finished operations (2 per signer).
      const totalOps = SIGNERS * 2;
      const killAt = [randomInt(Math.floor(totalOps * 0.15), Math.floor(totalOps * 0.45))];
      killAt.push(randomInt(Math.floor(totalOps * 0.55), Math.floor(totalOps * 0.85)));
      let finishedOps = 0;
      const kills: Promise<void>[] = [];
      const opFinished = () => {
        finishedOps++;
        if (killAt.includes(finishedOps)) {
          kills.push(cluster.killAndRestart(`SIGKILL after ${finishedOps} of ${totalOps} operations`));
        }
      };

      let next = 0;
      const worker = async () => {
        for (let i = next++; i < SIGNERS; i = next++) {
          const signer = signers[i]!;
          // One answer in five is "lost" and the request retried, kills or not.
          signer.created = await cluster.post(
            `/petitions/${PETITION_ID}/signatures`,
            signer.body,
            signer.createKey,
            i % 5 === 0,
          );
          opFinished();
          if (signer.created.status !== 202) continue;
          const token = await confirmationToken(reader, signer.email);
          signer.confirmed = await cluster.post(
            '/signatures/confirm',
            JSON.stringify({ token }),
            signer.confirmKey,
            i % 5 === 2,
          );
          opFinished();
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      await Promise.all(kills);

      const context =
        `kills: ${log.kills.join('; ')}; network failures retried: ${log.networkFailures}; ` +
        `409 retried: ${log.inFlightRetries}; lost answers retried: ${log.lostAnswers}`;
      assert.equal(log.kills.length, 2, context);
      assert.equal(log.lostAnswers, (SIGNERS / 5) * 2, context);
      assert.ok(log.networkFailures > 0, `the kills interrupted no request (${context})`);
      assert.deepEqual(log.serverErrors, [], context);

      for (const signer of signers) {
        assert.equal(signer.created?.status, 202, `${signer.email}: ${signer.created?.body} (${context})`);
        assert.equal(
          signer.confirmed?.status,
          200,
          `${signer.email}: ${signer.confirmed?.body} (${context})`,
        );
      }
      const acknowledged = signers.filter((s) => s.confirmed?.status === 200).length;

      // Every acknowledged signature exists exactly once, confirmed; no retried create ran twice.
      const rows = await reader.db
        .selectFrom('signatures')
        .select(['email', 'confirmed_at', 'flagged_reason'])
        .where('petition_id', '=', PETITION_ID)
        .execute();
      const perEmail = new Map<string, number>();
      for (const row of rows) perEmail.set(row.email, (perEmail.get(row.email) ?? 0) + 1);
      for (const signer of signers)
        assert.equal(perEmail.get(signer.email), 1, `${signer.email} (${context})`);
      assert.equal(rows.length, SIGNERS, context);
      assert.ok(
        rows.every((row) => row.confirmed_at !== null && row.flagged_reason === null),
        context,
      );
      const mails = await reader.db
        .selectFrom('outbox')
        .select(['to_address', 'kind'])
        .where('petition_id', '=', PETITION_ID)
        .execute();
      assert.equal(
        mails.filter((m) => m.kind === 'confirm').length,
        SIGNERS,
        `one confirmation email each (${context})`,
      );
      assert.deepEqual(
        mails.filter((m) => m.kind !== 'confirm').map((m) => `${m.kind} to ${m.to_address}`),
        [],
        `a replayed request must not send "already signed" (${context})`,
      );

      assert.equal(await cluster.settledCount(), initial + acknowledged, context);

      // And the count survives one more kill, right after the last acknowledgement.
      await cluster.killAndRestart('SIGKILL after the stream');
      assert.equal(await cluster.count(), initial + acknowledged, context);
    });
  });
}
