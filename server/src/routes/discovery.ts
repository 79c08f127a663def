import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { ENDPOINTS, PROTOCOL_VERSION } from '#protocol';
import type { Discovery, Feature } from '#protocol';
import { SERVER_LOCALES } from '../config.js';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { sendJson } from '../http/reply.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The discovery document of a server with these features. */
export function discoveryDocument(ctx: AppContext, features: readonly Feature[]): Discovery {
  const discovery: Discovery = {
    protocolVersion: PROTOCOL_VERSION,
    backend: { name: 'civic-widgets reference server', version: VERSION },
    locales: [...SERVER_LOCALES],
    defaultLocale: ctx.config.defaultLocale,
    features: [...features],
    pollIntervalSeconds: ctx.config.pollIntervalSeconds,
  };
  if (ctx.verifier) discovery.auth = { scheme: 'bearer', signInUrl: null };
  return discovery;
}

/** `GET /` and `GET ` (no trailing slash) under the API base. */
export async function discoveryRoutes(
  api: FastifyInstance,
  { ctx, features }: { ctx: AppContext; features: readonly Feature[] },
): Promise<void> {
  routeEndpoint(api, ENDPOINTS.getDiscovery, async (_request, reply) => {
    reply.header('Cache-Control', 'public, max-age=60');
    return sendJson(reply, 200, JSON.stringify(discoveryDocument(ctx, features)));
  });
}
