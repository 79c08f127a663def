import cors from '@fastify/cors';
import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/*
 * CORS for the API. Reads are public data without cookies, so any origin may read them (`*`, which
 * also lets a CDN share one cached count among all city sites). Writes are allowed from the host
 * page origins on the allow-list only: their preflight gets no Access-Control-Allow-Origin otherwise.
 */

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'If-None-Match',
  'Accept-Language',
] as const;
export const CORS_EXPOSED_HEADERS = ['ETag', 'Retry-After'] as const;
/** Seconds browsers may cache a preflight. */
export const CORS_MAX_AGE = 600;

const READ_METHODS = new Set(['GET', 'HEAD']);

function isRead(request: FastifyRequest): boolean {
  if (request.method === 'OPTIONS') {
    const requested = request.headers['access-control-request-method'];
    return typeof requested === 'string' && READ_METHODS.has(requested.toUpperCase());
  }
  return READ_METHODS.has(request.method);
}

/** Registers CORS on a scope; `allowedOrigins` is read per request (the demo adds its own origin late). */
export async function registerCors(
  scope: FastifyInstance,
  allowedOrigins: () => readonly string[],
): Promise<void> {
  const shared: FastifyCorsOptions = {
    methods: ['GET', 'HEAD', 'POST', 'PUT'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    maxAge: CORS_MAX_AGE,
    strictPreflight: false,
  };
  await scope.register(cors, {
    hook: 'onRequest',
    delegator(request: FastifyRequest, callback) {
      const allowed = allowedOrigins();
      const origin = isRead(request) || allowed.includes('*') ? '*' : [...allowed];
      callback(null, { ...shared, origin });
    },
  });
}
