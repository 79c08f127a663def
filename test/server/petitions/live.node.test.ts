import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { openDatabase } from '../../../server/src/db/kysely.js';
import type { Database } from '../../../server/src/db/kysely.js';
import { upsertPetitions } from '../../../server/src/petitions/store.js';
import { startServer } from '../../../server/src/server.js';
import type { RunningServer } from '../../../server/src/server.js';
import { PetitionCountEventSchema, PROBLEM_TYPES, ProblemSchema } from '../../../src/protocol/index.js';
import type { PetitionCount } from '../../../src/protocol/index.js';
import { testConfig } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { describeEachDatabase } from '../support/suite.js';

/* Server-sent events over a real socket: the first `count` event, a new one after a confirmation, keep-alives. */

interface StreamReader {
  /** The next `count` event's data. */
  nextCount(): Promise<PetitionCount>;
  /** Waits until a comment line (`: …`) arrives. */
  nextComment(): Promise<string>;
  close(): void;
  response: Response;
}

async function openStream(url: string): Promise<StreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream' }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const lines: string[] = [];
  async function nextLine(): Promise<string> {
    while (lines.length === 0) {
      const { done, value } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      lines.push(...parts);
    }
    return lines.shift()!;
  }
  return {
    response,
    async nextCount() {
      let event = '';
      for (;;) {
        const line = await nextLine();
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ') && event === 'count')
          return v.parse(PetitionCountEventSchema, JSON.parse(line.slice(6)));
      }
    },
    async nextComment() {
      for (;;) {
        const line = await nextLine();
        if (line.startsWith(':')) return line;
      }
    },
    close: () => controller.abort(),
  };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeEachDatabase('event streams', (db) => {
  let server: RunningServer;
  let database: Database;
  let subscriptions: () => number;
  before(async () => {
    database = openDatabase(db().url);
    server = await startServer(
      testConfig(db().url, { port: 0, host: '127.0.0.1', publicUrlExplicit: false }),
      {
        database,
        backgroundJobs: false,
        live: { tickMs: 50, pingMs: 100 },
      },
    );
    await upsertPetitions(database.db, database.dialect, [petitionFixture()], new Date().toISOString());
    subscriptions = () => server.app.civic.live.subscriptions;
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  it('sends the count at once, a new count when it changes, and keep-alive comments', async () => {
    const stream = await openStream(`${server.apiUrl}/petitions/bike-lanes/events`);
    try {
      assert.equal(stream.response.status, 200);
      assert.match(stream.response.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(stream.response.headers.get('access-control-allow-origin'), '*');
      const first = await stream.nextCount();
      assert.equal(first.petitionId, 'bike-lanes');
      assert.equal(first.signatureCount, 100);

      const email = `live-${randomUUID().slice(0, 8)}@example.org`;
      const signed = await fetch(`${server.apiUrl}/petitions/bike-lanes/signatures`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ name: 'Live Signer', email, eligible: true }),
      });
      assert.equal(signed.status, 202);
      const mail = (await (await fetch(`${server.url}/dev/mail.json`)).json()) as {
        messages: { to: string; token: string }[];
      };
      const token = mail.messages.find((message) => message.to === email)!.token;
      const confirmed = await fetch(`${server.apiUrl}/signatures/confirm`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ token }),
      });
      assert.equal(confirmed.status, 200);
      const next = await stream.nextCount();
      assert.equal(next.signatureCount, 101);
      assert.match(await stream.nextComment(), /^: ping$/);
    } finally {
      stream.close();
    }
  });

  it('stops watching when the client goes away', async () => {
    const stream = await openStream(`${server.apiUrl}/petitions/bike-lanes/events`);
    await stream.nextCount();
    assert.ok(subscriptions() >= 1);
    stream.close();
    await waitFor(() => subscriptions() === 0, 'the subscription to end');
  });

  it('answers a problem, not a stream, for an unknown petition', async () => {
    const res = await fetch(`${server.apiUrl}/petitions/nope/events`);
    assert.equal(res.status, 404);
    assert.equal(v.parse(ProblemSchema, await res.json()).type, PROBLEM_TYPES.notFound);
  });

  it('ends open streams when the server closes', async () => {
    const other = await startServer(testConfig(db().url, { port: 0 }), { database, backgroundJobs: false });
    const stream = await openStream(`${other.apiUrl}/petitions/bike-lanes/events`);
    await stream.nextCount();
    await other.close();
    await assert.rejects(stream.nextCount(), /ended|terminated|abort/i);
  });
});
