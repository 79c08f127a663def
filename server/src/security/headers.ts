import type { FastifyReply } from 'fastify';

/*
 * Security headers. Every answer: nosniff and no referrer. API answers: readable cross-origin
 * (widgets on city sites), never framed. Server-rendered pages: a CSP that allows only this
 * origin's stylesheet and form posts, no scripts at all. The static site: its own scripts only,
 * under Trusted Types (the policy the README documents).
 */

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
export const STATIC_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // Trusted Types, as the README documents: the kit's only policy is Lit's.
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export function setBaseHeaders(reply: FastifyReply): void {
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
}

export function setApiHeaders(reply: FastifyReply): void {
  reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
  reply.header('Content-Security-Policy', API_CSP);
}

/** Headers of an HTML page this server renders. */
export function setPageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('Content-Security-Policy', PAGE_CSP)
    .header('X-Frame-Options', 'DENY')
    .header('Cross-Origin-Resource-Policy', 'same-origin')
    .header('Cache-Control', 'no-store');
}

export function setStaticHeaders(reply: FastifyReply): void {
  reply.header('Content-Security-Policy', STATIC_CSP);
  reply.header('X-Frame-Options', 'DENY');
  // Public files: a city page on another origin loads the kit from here (`--static /assets/=dist/cdn`),
  // and module scripts, their chunks and Subresource Integrity all fetch with CORS.
  reply.header('Access-Control-Allow-Origin', '*');
  reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
}
