import type { FastifyInstance, FastifyRequest } from 'fastify';
import { containsNul } from '../security/text-guards.js';
import { problemError } from '../security/problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request body as received (for idempotency fingerprints); null without a body. */
    rawBody: Buffer | null;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function malformed(detail: string) {
  return problemError('malformed', 'Malformed request', { detail });
}

type ParserDone = (error: Error | null, value?: unknown) => void;

/**
 * Replaces the scope's body parsers with one for `application/json` that reads the body as bytes,
 * keeps them in `request.rawBody` and hands them to `parse`.
 */
function parseJsonBodiesWith(
  scope: FastifyInstance,
  parse: (request: FastifyRequest, bytes: Buffer, done: ParserDone) => void,
): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    (request: FastifyRequest, body: string | Buffer, done: ParserDone) => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      request.rawBody = bytes;
      parse(request, bytes, done);
    },
  );
}

/**
 * Replaces Fastify's body parsers with one strict JSON parser: UTF-8 only (invalid bytes → 400),
 * `__proto__` / `constructor.prototype` keys rejected, NUL characters rejected, the raw bytes kept.
 * Any other media type is answered 415 by Fastify (mapped to a problem by the error handler).
 */
export function useStrictJsonBodies(app: FastifyInstance): void {
  app.decorateRequest('rawBody', null);
  const parseJson = app.getDefaultJsonParser('error', 'error');
  parseJsonBodiesWith(app, (request, bytes, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset !== undefined && charset.toLowerCase() !== 'utf-8' && charset.toLowerCase() !== 'utf8') {
      done(malformed('JSON bodies must be UTF-8.'));
      return;
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      done(malformed('The body is not valid UTF-8.'));
      return;
    }
    if (text.trim() === '') {
      done(malformed('The body is empty.'));
      return;
    }
    parseJson(request, text, (error, value) => {
      if (error) {
        done(malformed('The body is not valid JSON.'));
        return;
      }
      if (containsNul(value)) {
        done(malformed('Text must not contain NUL characters.'));
        return;
      }
      done(null, value);
    });
  });
}

/**
 * Makes the scope's `application/json` bodies the bytes received, unparsed (what a signature
 * covers); the route reads the JSON itself once the signature holds.
 */
export function keepJsonBodiesAsBytes(scope: FastifyInstance): void {
  parseJsonBodiesWith(scope, (_request, bytes, done) => done(null, bytes));
}
