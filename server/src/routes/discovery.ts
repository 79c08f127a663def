import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../../src/protocol/index.js';
import type { Discovery, Feature } from '../../../src/protocol/index.js';
import { SERVER_LOCALES } from '../config.js';
import type { AppContext } from '../context.js';
import { sendJson } from '../http/reply.js';

/** What this server implements. */
export const SERVER_FEATURES: readonly Feature[] = [
  'petitions',
  'petitions.live',
  'ideas',
  'ideas.downvotes',
  'campaigns',
  'campaigns.live',
  'leaderboards',
];

const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function discoveryDocument(ctx: AppContext): Discovery {
  const discovery: Discovery = {
    protocolVersion: PROTOCOL_VERSION,
    backend: { name: 'civic-widgets reference server', version: VERSION },
    locales: [...SERVER_LOCALES],
    defaultLocale: ctx.config.defaultLocale,
    features: [...SERVER_FEATURES],
    pollIntervalSeconds: ctx.config.pollIntervalSeconds,
  };
  if (ctx.verifier) discovery.auth = { scheme: 'bearer', signInUrl: null };
  return discovery;
}

/** `GET /` and `GET ` (no trailing slash) under the API base. */
export async function discoveryRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  api.get('/', async (_request, reply) => {
    reply.header('Cache-Control', 'public, max-age=60');
    return sendJson(reply, 200, JSON.stringify(discoveryDocument(ctx)));
  });
}
