import type { FastifyReply, FastifyRequest } from 'fastify';
import { plainProblem } from './problem.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The media type of a Content-Type header, lowercase, without parameters. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * onRequest hook for API writes: `application/json` only. Form and text bodies are what a browser
 * sends cross-origin without a CORS preflight, so refusing them closes that CSRF path; it also
 * refuses before any body is read.
 */
export async function requireJsonWrites(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  // Unknown routes (the API's catch-all) answer 404 whatever the body.
  if (!WRITE_METHODS.has(request.method) || request.routeOptions.url?.endsWith('*')) return;
  if (mediaTypeOf(request.headers['content-type']) !== 'application/json') {
    throw plainProblem(415, 'Unsupported media type', 'Send the body as application/json.');
  }
}
