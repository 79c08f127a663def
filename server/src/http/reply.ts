import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifNoneMatchMatches, weakEtagOf } from './etag.js';

/** Sends JSON text as `application/json`. */
export function sendJson(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Sends JSON text with its ETag, or 304 without a body when `If-None-Match` already holds it. */
export function sendTaggedJson(
  request: FastifyRequest,
  reply: FastifyReply,
  etag: string,
  body: string,
): FastifyReply {
  reply.header('ETag', etag);
  if (ifNoneMatchMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return sendJson(reply, 200, body);
}

/** Adds a name to `Vary` without dropping what is there (CORS adds `Origin`). */
export function addVary(reply: FastifyReply, name: string): void {
  const current = reply.getHeader('vary');
  const names = (typeof current === 'string' ? current : '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!names.some((existing) => existing.toLowerCase() === name.toLowerCase())) names.push(name);
  reply.header('Vary', names.join(', '));
}

/**
 * Sends a document localized by `Accept-Language` (a petition, a campaign, a board) with a weak
 * ETag; caches revalidate it on every use.
 */
export function sendLocalizedDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  document: unknown,
): FastifyReply {
  const body = JSON.stringify(document);
  reply.header('Cache-Control', 'no-cache');
  addVary(reply, 'Accept-Language');
  return sendTaggedJson(request, reply, weakEtagOf(body), body);
}

/** `Cache-Control` of a polled counter: fresh for one poll, then served stale while it revalidates. */
export function polledCacheControl(pollSeconds: number): string {
  return `public, max-age=${pollSeconds}, stale-while-revalidate=${2 * pollSeconds}, stale-if-error=${5 * pollSeconds}`;
}
