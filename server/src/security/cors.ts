import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/*
 * CORS for the API. Reads are public data without cookies, so any origin may read them (`*`, which
 * also lets a CDN share one cached count among all city sites). Writes are allowed from the host
 * page origins on the allow-list only. Other origins' preflights are answered too, so that their
 * write reaches the server and is refused readably (403 `origin-not-allowed`, see origin-check.ts)
 * instead of failing CORS, which a page only sees as a network error.
 *
 * Written out rather than through @fastify/cors: that plugin's per-request options object (needed
 * to tell reads from writes) cost about a tenth of a count read, the hottest path of the server.
 */

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'If-None-Match',
  'Accept-Language',
] as const;
export const CORS_EXPOSED_HEADERS = ['ETag', 'Retry-After'] as const;
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT'] as const;
/** Seconds browsers may cache a preflight. */
export const CORS_MAX_AGE = 600;

const EXPOSED = CORS_EXPOSED_HEADERS.join(', ');
const ALLOWED_HEADERS = CORS_ALLOWED_HEADERS.join(', ');
const METHODS = CORS_METHODS.join(', ');

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** The Access-Control-Allow-Origin value for a request of `method` from `origin`, or undefined. */
export function allowedOriginFor(
  method: string,
  origin: string | undefined,
  allowedOrigins: readonly string[],
): string | undefined {
  if (isRead(method) || allowedOrigins.includes('*')) return '*';
  return origin !== undefined && allowedOrigins.includes(origin) ? origin : undefined;
}

/**
 * Sets the CORS headers of an actual (non-preflight) request. Reads get `*` whether or not they
 * carry an Origin, so a cached answer serves every site.
 */
export function setCorsHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  allowedOrigins: readonly string[],
): void {
  const allowed = allowedOriginFor(request.method, request.headers.origin, allowedOrigins);
  if (allowed === undefined) return;
  reply.header('Access-Control-Allow-Origin', allowed);
  reply.header('Access-Control-Expose-Headers', EXPOSED);
  if (allowed !== '*') reply.header('Vary', 'Origin');
}

/**
 * The Access-Control-Allow-Origin value of a preflight for `method` from `origin`: as for the actual
 * request, except that a write from any origin is let through to be refused by the origin check.
 */
export function preflightOriginFor(
  method: string,
  origin: string | undefined,
  allowedOrigins: readonly string[],
): string | undefined {
  return allowedOriginFor(method, origin, allowedOrigins) ?? origin;
}

/**
 * Answers preflights (`OPTIONS`) anywhere in a scope with 204. Writes from any origin pass the
 * preflight, so the scope's onRequest hook must refuse the ones not allowed (`foreignWriteProblem`).
 */
export function registerPreflight(scope: FastifyInstance, allowedOrigins: () => readonly string[]): void {
  const preflight = async (request: FastifyRequest, reply: FastifyReply) => {
    const method = request.headers['access-control-request-method'];
    reply.header('Allow', `${METHODS}, OPTIONS`);
    if (typeof method === 'string') {
      const allowed = preflightOriginFor(method.toUpperCase(), request.headers.origin, allowedOrigins());
      if (allowed !== undefined) {
        reply.header('Access-Control-Allow-Origin', allowed);
        reply.header('Access-Control-Allow-Methods', METHODS);
        reply.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        reply.header('Access-Control-Max-Age', String(CORS_MAX_AGE));
      }
      reply.header('Vary', 'Origin, Access-Control-Request-Method');
    }
    return reply.code(204).header('Content-Length', '0').send();
  };
  scope.options('/', preflight);
  scope.options('/*', preflight);
}
