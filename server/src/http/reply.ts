import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifNoneMatchMatches } from './etag.js';

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
