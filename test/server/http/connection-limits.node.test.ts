import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { upsertPetitions } from '../../../server/src/petitions/store.js';
import { startServer } from '../../../server/src/server.js';
import type { RunningServer } from '../../../server/src/server.js';
import { testConfig } from '../support/app.js';
import { sqliteDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { petitionFixture } from '../support/petitions.js';
import { answered, connect } from '../support/raw-connection.js';
import type { RawConnection } from '../support/raw-connection.js';

/*
 * The cap on open connections per client address, over real sockets. One machine has one address,
 * but Linux answers on all of 127.0.0.0/8, so a client bound to 127.0.0.2 or 127.0.0.3 is another
 * address to the server.
 */

const MAX = 3;
const TRUSTED_PROXY = '127.0.0.3';
const COUNT_REQUEST = 'GET /api/v1/petitions/bike-lanes/count HTTP/1.1\r\nHost: civic.test\r\n\r\n';

describe('the cap on connections per client address', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let port: number;
  const opened: RawConnection[] = [];

  /** A kept-alive connection from `localAddress` that has had its request answered. */
  async function servedConnection(localAddress?: string): Promise<RawConnection> {
    const connection = await connect(port, COUNT_REQUEST, localAddress);
    opened.push(connection);
    assert.match(await answered(connection), /^HTTP\/1\.1 200 /);
    return connection;
  }

  /** Waits until the server holds `count` open connections. */
  async function serverHolds(count: number): Promise<void> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const held = await new Promise<number>((resolve, reject) =>
        server.app.server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
      );
      if (held === count) return;
      if (Date.now() > deadline) assert.fail(`the server holds ${held} connections, not ${count}`);
      await sleep(20);
    }
  }

  before(async () => {
    database = sqliteDatabase();
    const config = testConfig(database.url, { trustProxy: TRUSTED_PROXY });
    config.connections = { ...config.connections, keepAliveTimeoutMs: 60_000, maxPerAddress: MAX };
    server = await startServer(config, { backgroundJobs: false });
    const { db, dialect } = server.app.civic.database;
    await upsertPetitions(db, dialect, [petitionFixture()], new Date().toISOString());
    port = Number(new URL(server.url).port);
  });

  after(async () => {
    for (const connection of opened) connection.socket.destroy();
    await server?.close();
    await database?.drop();
  });

  it('closes a connection beyond the cap at once, unanswered, and takes one again after another closed', async () => {
    const held = [];
    for (let i = 0; i < MAX; i++) held.push(await servedConnection());

    const over = await connect(port, COUNT_REQUEST);
    opened.push(over);
    await over.closed(2_000);
    assert.equal(over.received(), '', 'nothing was answered');

    const fromElsewhere = await servedConnection('127.0.0.2');
    fromElsewhere.socket.destroy();
    held[0]!.socket.destroy();
    await serverHolds(MAX - 1);

    const again = await servedConnection();
    assert.equal(again.socket.destroyed, false);
    for (const connection of [...held, again]) connection.socket.destroy();
    await serverHolds(0);
  });

  it('does not count the connections of a trusted proxy, which carries many clients', async () => {
    const viaProxy = [];
    for (let i = 0; i < MAX * 2; i++) viaProxy.push(await servedConnection(TRUSTED_PROXY));
    assert.ok(viaProxy.every((connection) => !connection.socket.destroyed));
    for (const connection of viaProxy) connection.socket.destroy();
    await serverHolds(0);
  });
});
