import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { ConnectionLimitsConfig } from '../config.js';
import { clientKey } from './client-address.js';

/*
 * Slow and idle clients, and clients holding many connections: each would otherwise keep a file
 * descriptor for as long as it likes. Node closes a request that is not all there within the
 * headers or request timeout, and a kept-alive connection idle past the keep-alive timeout (plus
 * Node's one-second margin); the cap closes a client's connection beyond its share at once.
 */

/** Node checks requests against the headers and request timeouts on this interval at most… */
const MAX_CHECK_INTERVAL_MS = 1_000;
/** …and at least this, checking ten times per shortest timeout in between. */
const MIN_CHECK_INTERVAL_MS = 100;
/** Refused connections are logged at most once per this (an attack would flood the log). */
const REFUSAL_LOG_INTERVAL_MS = 60_000;

/** Fastify's options for the timeouts (Node's own checks, on a timely interval). */
export function timeoutOptions(limits: ConnectionLimitsConfig): {
  requestTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
} {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = limits;
  const shortest = Math.min(...[headersTimeoutMs, requestTimeoutMs].filter((ms) => ms > 0), Infinity);
  const interval = Math.min(
    MAX_CHECK_INTERVAL_MS,
    Math.max(MIN_CHECK_INTERVAL_MS, Math.floor(shortest / 10)),
  );
  return {
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    http: {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: interval,
    },
  };
}

export interface AddressCapOptions {
  /** Open connections allowed per client (0: no cap). */
  max: number;
  /** Peers never counted: trusted proxies, which carry many clients' connections. */
  isExempt(address: string): boolean;
  log: FastifyBaseLogger;
}

/**
 * Closes, as soon as it is accepted, a connection from a client that already holds `max` open
 * ones. No request has been read yet, so there is nothing to answer: the client sees the
 * connection close.
 */
export function capConnectionsPerAddress(server: Server, options: AddressCapOptions): void {
  const { max, isExempt, log } = options;
  if (max <= 0) return;
  const open = new Map<string, number>();
  let refused = 0;
  let lastLogged = -Infinity;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (address === undefined || isExempt(address)) return;
    const key = clientKey(address);
    const count = open.get(key) ?? 0;
    if (count >= max) {
      socket.destroy();
      refused++;
      if (Date.now() - lastLogged >= REFUSAL_LOG_INTERVAL_MS) {
        log.warn({ refused, maxConnectionsPerAddress: max }, 'connections refused: over the per-address cap');
        lastLogged = Date.now();
        refused = 0;
      }
      return;
    }
    open.set(key, count + 1);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}
