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

/** A key as stored: its id (scoped by endpoint, path and subject) and the request's fingerprint. */
export function storedKey(
  request: FastifyRequest,
  endpointId: string,
  subject: string | undefined,
  key: string,
): { id: string; fingerprint: string } {
  const path = request.url.split('?')[0]!;
  return {
    id: keyId(endpointId, path, subject, key),
    fingerprint: requestFingerprint(request.method, path, request.rawBody),
  };
}
