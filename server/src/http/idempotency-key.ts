import type { FastifyRequest } from 'fastify';
import { problemError } from '../security/problem.js';
import { keyId, requestFingerprint } from './idempotency-store.js';

/**
 * The `Idempotency-Key` of a write, required on idempotent endpoints (missing → 400 malformed).
 * Accepts a bare token (a UUID) or the quoted string form of the IETF draft.
 */
export function requireIdempotencyKey(request: FastifyRequest): string {
  const header = request.headers['idempotency-key'];
  const raw = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  const key = /^"(.*)"$/.exec(raw)?.[1] ?? raw;
  if (key === '') {
    throw problemError('malformed', 'Idempotency-Key required', {
      detail: 'This write needs an Idempotency-Key header (a UUID per submission, reused on retries).',
    });
  }
  if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw problemError('malformed', 'Invalid Idempotency-Key', {
      detail: 'The Idempotency-Key must be 1–255 printable ASCII characters.',
    });
  }
  return key;
}

/**
 * The operation a write addresses: its endpoint and its path parameters as the router decoded
 * them (percent-decoded, then NFC), so every spelling of one resource (`zh-101`, `zh%2D101`,
 * `zh%2d101`) is one scope.
 */
export function operationScope(endpointId: string, params: unknown): string {
  const entries = Object.entries((params ?? {}) as Record<string, unknown>)
    .map(([name, value]) => [name, String(value).normalize('NFC')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${endpointId}\n${JSON.stringify(entries)}`;
}

/** A key as stored: its id (scoped by the operation and the subject) and the request's fingerprint. */
export function storedKey(
  request: FastifyRequest,
  endpointId: string,
  subject: string | undefined,
  key: string,
): { id: string; fingerprint: string } {
  const scope = operationScope(endpointId, request.params);
  return {
    id: keyId(scope, subject, key),
    fingerprint: requestFingerprint(request.method, scope, request.rawBody),
  };
}
