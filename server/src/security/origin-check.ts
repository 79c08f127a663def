import type { FastifyReply, FastifyRequest } from 'fastify';
import { CORS_EXPOSED_HEADERS } from './cors.js';
import { problemError } from './problem.js';
import type { ProblemError } from './problem.js';

/*
 * Writes from a page whose origin is not allowed. Browsers could only be stopped by CORS, and a
 * CORS failure reaches the page as a bare network error ("check your internet connection"). So the
 * preflight lets every origin through, and this check refuses the write itself, readably: 403,
 * `urn:civic:problem:origin-not-allowed`, with CORS headers for that origin so the page can read
 * the answer. It runs in the scope's onRequest hook, before the body is read and before any route
 * (a feature's routes included) touches a store or an Idempotency-Key.
 *
 * The check is by the browser's `Origin` header. Requests without one (servers, curl, webhooks)
 * were never under CORS and pass as before; the server's own origin always passes.
 */

const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const EXPOSED = CORS_EXPOSED_HEADERS.join(', ');

/** What the check needs to know about the server itself. */
export interface OriginPolicy {
  /** Host page origins allowed to write; `*` allows any. */
  readonly allowedOrigins: readonly string[];
  /** The server's public URL (its origin is the server's own). */
  readonly publicUrl: string;
}

/** Whether a write whose `Origin` header is `origin` may go on, for a request that arrived at `ownOrigin`. */
export function mayWriteFrom(
  origin: string | undefined,
  policy: OriginPolicy,
  ownOrigin: string | undefined,
): boolean {
  if (origin === undefined) return true;
  const { allowedOrigins } = policy;
  if (allowedOrigins.includes('*') || allowedOrigins.includes(origin)) return true;
  // `null` (sandboxed frames, file: pages) is nobody's own origin.
  if (origin === 'null') return false;
  return origin === ownOrigin || origin === originOf(policy.publicUrl);
}

/**
 * The 403 for a write from an origin that may not write, with the CORS headers that let that page
 * read it; undefined for reads, preflights and allowed writes.
 */
export function foreignWriteProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  policy: OriginPolicy,
): ProblemError | undefined {
  if (READ_METHODS.has(request.method)) return undefined;
  const origin = request.headers.origin;
  // A same-origin request says so in a header page scripts cannot set.
  if (request.headers['sec-fetch-site'] === 'same-origin') return undefined;
  if (mayWriteFrom(origin, policy, ownOriginOf(request))) return undefined;
  reply.header('Access-Control-Allow-Origin', origin);
  reply.header('Access-Control-Expose-Headers', EXPOSED);
  reply.header('Vary', 'Origin');
  return problemError('originNotAllowed', 'Origin not allowed', {
    detail:
      "This backend does not accept writes from the page's origin: add it to the backend's allowed origins.",
  });
}

/** The origin a request was addressed to (scheme and Host, as Fastify reads them behind trusted proxies). */
function ownOriginOf(request: FastifyRequest): string | undefined {
  return request.host ? originOf(`${request.protocol}://${request.host}`) : undefined;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
