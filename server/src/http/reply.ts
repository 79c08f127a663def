import type { FastifyReply } from 'fastify';

/** Sends JSON text as `application/json`. */
export function sendJson(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
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
