import type { Socket } from 'node:net';

/** How long a connection refused mid-body keeps reading what its client still sends. */
export const LINGER_MS = 2_000;

/**
 * Makes the coming close of `socket` a lingering close, as nginx does: the answer goes out with a
 * FIN, whatever the client still sends is read and dropped, and the socket is destroyed once the
 * client closes its side (or after `LINGER_MS`). For a body refused before it was all read (413):
 * closed at once with bytes still arriving, the connection is reset, and a reset can discard the
 * answer before the client has read it.
 */
export function lingerOnClose(socket: Socket): void {
  // Node's HTTP server closes a `Connection: close` exchange with `destroySoon()` once the answer
  // is written.
  socket.destroySoon = () => {
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.once('end', () => socket.destroy());
    socket.end();
    socket.resume();
  };
}
