import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { LINGER_MS } from '../../../server/src/http/lingering-close.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { sqliteDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { petitionFixture } from '../support/petitions.js';

/*
 * A body refused as too large while it is still arriving (413): the server answers, then reads and
 * drops what the client still sends until the client closes, so the client reads its answer and
 * sees the connection end, never a reset (which can discard the answer before it is read).
 */

const CHUNK = Buffer.alloc(64 * 1024, 'a');

interface Exchange {
  answer: string;
  /** The server ended its side (FIN) before the connection closed. */
  ended: boolean;
  /** The socket error the client saw (a reset is ECONNRESET or EPIPE), if any. */
  error: string | undefined;
}

/**
 * Sends a chunked signature body of 128 KiB (over the 64 KiB limit), waits for the answer, then
 * goes on sending after `pauseMs`, as a client uploading a large body does, and ends its side
 * unless `neverEnds`.
 */
function oversizedUpload(
  port: number,
  options: { pauseMs: number; neverEnds?: boolean },
): { socket: net.Socket; exchange: Promise<Exchange> } {
  const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  const exchange = new Promise<Exchange>((resolve) => {
    let answer = '';
    let ended = false;
    let error: string | undefined;
    let goingOn = false;
    const chunk = () => `${CHUNK.length.toString(16)}\r\n${CHUNK.toString('latin1')}\r\n`;
    socket.on('data', (data: Buffer) => {
      answer += data.toString('latin1');
      if (goingOn) return;
      goingOn = true;
      void sleep(options.pauseMs).then(() => {
        if (socket.destroyed) return;
        socket.write(chunk());
        socket.write(chunk());
        if (!options.neverEnds) socket.end('0\r\n\r\n');
      });
    });
    socket.on('end', () => {
      ended = true;
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => resolve({ answer, ended, error }));
    socket.write(
      [
        'POST /api/v1/petitions/bike-lanes/signatures HTTP/1.1',
        'Host: civic.test',
        'Connection: close',
        'Content-Type: application/json',
        'Idempotency-Key: lingering-close-test',
        'Transfer-Encoding: chunked',
        '',
        '',
      ].join('\r\n'),
    );
    socket.write(chunk());
    socket.write(chunk());
  });
  return { socket, exchange };
}

describe('a body refused as too large while it arrives', () => {
  let database: TestDatabase;
  let test: TestApp;
  let port: number;

  before(async () => {
    database = sqliteDatabase();
    test = await testApp(database.url, { petitions: [petitionFixture()] });
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    port = (test.app.server.address() as AddressInfo).port;
  });

  after(async () => {
    await test?.close();
    await database?.drop();
  });

  it('is answered 413, and the connection ends without a reset while the client goes on sending', async () => {
    const exchange = await oversizedUpload(port, { pauseMs: 200 }).exchange;
    assert.match(exchange.answer, /^HTTP\/1\.1 413 /);
    assert.match(exchange.answer, /"status":413/);
    assert.equal(exchange.error, undefined, 'the client saw no reset');
    assert.equal(exchange.ended, true, 'the server ended its side');
  });

  it('is closed by the server once LINGER_MS have passed when the client never ends', async () => {
    const serverClosed = new Promise<number>((resolve) => {
      test.app.server.once('connection', (socket: net.Socket) =>
        socket.once('close', () => resolve(Date.now())),
      );
    });
    const started = Date.now();
    const upload = oversizedUpload(port, { pauseMs: 0, neverEnds: true });
    const closedAt = await serverClosed;
    upload.socket.destroy();
    const exchange = await upload.exchange;
    assert.match(exchange.answer, /^HTTP\/1\.1 413 /);
    assert.equal(exchange.ended, true, 'the server ended its side first');
    assert.ok(closedAt - started >= LINGER_MS - 50, `closed after ${closedAt - started} ms`);
  });
});
