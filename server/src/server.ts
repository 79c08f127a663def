import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { AppOptions } from './app.js';
import { listeningUrl } from './config.js';
import type { ServerConfig } from './config.js';
import { trustedProxyMatcher } from './http/client-address.js';
import { capConnectionsPerAddress } from './http/connection-limits.js';

export interface RunningServer {
  /** Where the server listens, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** The API base, `<url>/api/v1`. */
  apiUrl: string;
  /** The Fastify app (for tests and embedding). */
  app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * Builds the app, caps the connections each client address may hold, and listens on
 * `config.host:config.port` (port 0 picks a free port).
 */
export async function startServer(
  config: ServerConfig,
  options: Omit<AppOptions, 'config'> = {},
): Promise<RunningServer> {
  const app = await buildApp({ ...options, config });
  capConnectionsPerAddress(app.server, {
    max: config.connections.maxPerAddress,
    isExempt: trustedProxyMatcher(config.trustProxy),
    log: app.log,
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const url = listeningUrl(config.host, port);
  const ctx = app.civic;
  if (!config.publicUrlExplicit) ctx.publicUrl = url;
  if (config.demo) {
    for (const origin of [new URL(ctx.publicUrl).origin, new URL(url).origin]) {
      if (!ctx.allowedOrigins.includes(origin)) ctx.allowedOrigins.push(origin);
    }
  }
  return { url, apiUrl: `${url}/api/v1`, app, close: () => app.close() };
}
