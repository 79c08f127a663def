import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectionLimitsConfig } from '../../../server/src/config.js';
import { upsertPetitions } from '../../../server/src/petitions/store.js';
import { startServer } from '../../../server/src/server.js';
import type { RunningServer } from '../../../server/src/server.js';
import { testConfig } from '../support/app.js';
import { sqliteDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { petitionFixture } from '../support/petitions.js';
import { answered, connect } from '../support/raw-connection.js';

/*
 * Slow and idle clients against the real server over real sockets: a connection that sends
 * nothing, half its headers or half its body, and a kept-alive connection left idle, are each
 * closed within the configured time, while other requests keep being answered; an event stream,
 * long-lived by design, stays open past every timeout.
 */

const HEADERS_MS = 1_000;
const REQUEST_MS = 2_000;
const KEEP_ALIVE_MS = 1_000;
/** Node closes an idle kept-alive connection a second after the timeout it announces. */
const NODE_KEEP_ALIVE_MARGIN_MS = 1_000;
/** Node checks the headers and request timeouts on an interval (a tenth of the shortest here). */
const CHECK_INTERVAL_MS = HEADERS_MS / 10;
/** Room for a loaded machine. */
const SLACK_MS = 1_000;
/** Keep-alive comments rarer than every timeout, so a stream is idle for longer than any of them. */
const PING_MS = 4_000;

const LIMITS: ConnectionLimitsConfig = {
  headersTimeoutMs: HEADERS_MS,
  requestTimeoutMs: REQUEST_MS,
  keepAliveTimeoutMs: KEEP_ALIVE_MS,
  maxPerAddress: 0,
};

const COUNT_REQUEST = 'GET /api/v1/petitions/bike-lanes/count HTTP/1.1\r\nHost: civic.test\r\n\r\n';
const SIGNATURE_HEADERS = [
  'POST /api/v1/petitions/bike-lanes/signatures HTTP/1.1',
  'Host: civic.test',
  'Content-Type: application/json',
  'Idempotency-Key: slow-client-test',
  'Content-Length: 200',
  '',
  '',
].join('\r\n');

describe('slow and idle clients', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let port: number;

  before(async () => {
    database = sqliteDatabase();
    server = await startServer(testConfig(database.url, { connections: LIMITS }), {
      backgroundJobs: false,
      live: { pingMs: PING_MS },
    });
    const { db, dialect } = server.app.civic.database;
    await upsertPetitions(db, dialect, [petitionFixture()], new Date().toISOString());
    port = Number(new URL(server.url).port);
  });

  after(async () => {
    await server?.close();
    await database?.drop();
  });

  it('closes a connection that sends nothing within the headers timeout, answering 408', async () => {
    const started = Date.now();
    const silent = await connect(port);
    const closedAt = await silent.closed(HEADERS_MS + CHECK_INTERVAL_MS + SLACK_MS);
    assert.ok(closedAt - started >= HEADERS_MS - 50, `closed after ${closedAt - started} ms`);
    assert.match(silent.received(), /^HTTP\/1\.1 408 /);
    assert.match(silent.received(), /application\/problem\+json/);
  });

  it('closes a connection that sends half its headers within the headers timeout', async () => {
    const started = Date.now();
    const halfHeaders = await connect(port, 'GET /api/v1/petitions/bike-lanes/count HTTP/1.1\r\nHost: civ');
    const closedAt = await halfHeaders.closed(HEADERS_MS + CHECK_INTERVAL_MS + SLACK_MS);
    assert.ok(closedAt - started >= HEADERS_MS - 50, `closed after ${closedAt - started} ms`);
    assert.match(halfHeaders.received(), /^HTTP\/1\.1 408 /);
  });

  it('closes a connection that trickles its headers a byte at a time within the headers timeout', async () => {
    const started = Date.now();
    const trickle = await connect(port, 'GET /api/v1/petitions/bike-lanes/count HTTP/1.1\r\nX-Slow: ');
    const timer = setInterval(() => trickle.socket.writable && trickle.socket.write('a'), 100);
    try {
      const closedAt = await trickle.closed(HEADERS_MS + CHECK_INTERVAL_MS + SLACK_MS);
      assert.ok(closedAt - started >= HEADERS_MS - 50, `closed after ${closedAt - started} ms`);
      assert.match(trickle.received(), /^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(timer);
    }
  });

  it('closes a connection that sends its headers and half its body within the request timeout', async () => {
    const started = Date.now();
    const halfBody = await connect(port, `${SIGNATURE_HEADERS}{"name":"Slow`);
    const closedAt = await halfBody.closed(REQUEST_MS + CHECK_INTERVAL_MS + SLACK_MS);
    assert.ok(closedAt - started >= REQUEST_MS - 50, `closed after ${closedAt - started} ms`);
    assert.match(halfBody.received(), /^HTTP\/1\.1 408 /);
  });

  it('closes a kept-alive connection left idle after a whole request within the keep-alive timeout', async () => {
    const idle = await connect(port, COUNT_REQUEST);
    const answer = await answered(idle);
    const answeredAt = Date.now();
    assert.match(answer, /^HTTP\/1\.1 200 /);
    assert.match(answer, /\r\nkeep-alive: timeout=1\r\n/i);
    const closedAt = await idle.closed(KEEP_ALIVE_MS + NODE_KEEP_ALIVE_MARGIN_MS + SLACK_MS);
    assert.ok(
      closedAt - answeredAt >= KEEP_ALIVE_MS - 50,
      `closed ${closedAt - answeredAt} ms after the answer`,
    );
  });

  it('keeps answering other requests while slow clients hold connections, and closes every slow one', async () => {
    const attack = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        connect(port, [undefined, 'GET / HTTP/1.1\r\nHost: x\r\n', `${SIGNATURE_HEADERS}{"na`][i % 3]),
      ),
    );
    const statuses: number[] = [];
    while (statuses.length < 10) {
      statuses.push((await fetch(`${server.apiUrl}/petitions/bike-lanes/count`)).status);
      await sleep(100);
    }
    assert.deepEqual(statuses, Array<number>(10).fill(200));
    await Promise.all(
      attack.map((connection) => connection.closed(REQUEST_MS + CHECK_INTERVAL_MS + SLACK_MS)),
    );
  });

  it('keeps an event stream open past the request and keep-alive timeouts', async () => {
    const stream = await connect(
      port,
      'GET /api/v1/petitions/bike-lanes/events HTTP/1.1\r\nHost: civic.test\r\nAccept: text/event-stream\r\n\r\n',
    );
    try {
      const started = Date.now();
      // The first event at once, then nothing on the wire until the keep-alive comment.
      for (;;) {
        if (stream.received().includes(': ping')) break;
        if (stream.socket.destroyed) assert.fail(`the stream closed after ${Date.now() - started} ms`);
        if (Date.now() - started > PING_MS + SLACK_MS) assert.fail('no keep-alive comment arrived');
        await sleep(20);
      }
      assert.match(stream.received(), /^HTTP\/1\.1 200 /);
      assert.match(stream.received(), /event: count\n/);
      assert.ok(Date.now() - started > REQUEST_MS + KEEP_ALIVE_MS + NODE_KEEP_ALIVE_MARGIN_MS);
      assert.equal(stream.socket.destroyed, false);
    } finally {
      stream.socket.destroy();
    }
  });
});
