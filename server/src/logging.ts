import type { FastifyServerOptions } from 'fastify';

/*
 * Structured logs (pino through Fastify) that never hold personal data: no bodies, no query
 * strings (confirmation tokens travel in /confirm?token=…), no client addresses, and any email,
 * name, token or Authorization value that reaches a log object is redacted.
 */

const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'email',
  'name',
  'token',
  'displayName',
  '*.email',
  '*.name',
  '*.token',
  '*.displayName',
  '*.authorization',
  '*.to_address',
  'to',
];

interface SerializableRequest {
  method: string;
  url: string;
  routeOptions?: { url?: string };
}

/** Pino options; `stream` replaces stdout (tests read the log from it). */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req(request: SerializableRequest) {
        return { method: request.method, path: request.url.split('?')[0], route: request.routeOptions?.url };
      },
    },
  };
}
