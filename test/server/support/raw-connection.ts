import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/* Raw client connections for tests of how the server treats sockets (slow clients, connection caps). */

/** A raw client connection that records what it reads and when it closes. */
export interface RawConnection {
  socket: net.Socket;
  /** Everything the server sent. */
  received(): string;
  /** When the connection closed (ms since epoch), or rejects after `withinMs`. */
  closed(withinMs: number): Promise<number>;
}

/** Opens a connection to the server on `port` from `localAddress` (any 127.x.y.z on Linux), sending `send`. */
export function connect(port: number, send?: string, localAddress?: string): Promise<RawConnection> {
  const socket = net.connect({ port, host: '127.0.0.1', ...(localAddress ? { localAddress } : {}) });
  let received = '';
  let closedAt: number | undefined;
  const onClose = new Promise<number>((resolve) =>
    socket.once('close', () => resolve((closedAt = Date.now()))),
  );
  socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
  socket.on('error', () => {});
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () => {
      if (send !== undefined) socket.write(send);
      resolve({
        socket,
        received: () => received,
        async closed(withinMs) {
          if (closedAt !== undefined) return closedAt;
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`still open after ${withinMs} ms`)), withinMs);
          });
          return Promise.race([onClose, timeout]).finally(() => clearTimeout(timer));
        },
      });
    });
  });
}

/** Waits until `connection` has received a whole answer (status line to the end of its body). */
export async function answered(connection: RawConnection, withinMs = 5_000): Promise<string> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const text = connection.received();
    const head = text.indexOf('\r\n\r\n');
    const length = /\r\ncontent-length: (\d+)/i.exec(text);
    if (head >= 0 && length && text.length >= head + 4 + Number(length[1])) return text;
    if (Date.now() > deadline)
      throw new Error(`no whole answer within ${withinMs} ms: ${JSON.stringify(text)}`);
    await sleep(10);
  }
}
