import type { FastifyRequest } from 'fastify';
import { plainProblem } from './problem.js';
import type { ProblemError } from './problem.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The media type of a Content-Type header, lowercase, without parameters. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * API writes take `application/json` only. Form and text bodies are what a browser sends
 * cross-origin without a CORS preflight, so refusing them closes that CSRF path; it also refuses
 * before any body is read. Returns the 415 to answer, or undefined.
 */
export function nonJsonWrite(request: FastifyRequest): ProblemError | undefined {
  if (!WRITE_METHODS.has(request.method)) return undefined;
  // Unknown routes (the API's catch-all) answer 404 whatever the body.
  if (request.routeOptions.url?.endsWith('*')) return undefined;
  if (mediaTypeOf(request.headers['content-type']) === 'application/json') return undefined;
  return plainProblem(415, 'Unsupported media type', 'Send the body as application/json.');
}
