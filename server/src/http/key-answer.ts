import { problemError } from '../security/problem.js';
import type { KeyClaim } from './idempotency-store.js';

/** A JSON answer as stored for an Idempotency-Key: status and body text. */
export interface Answer {
  status: number;
  body: string;
}

/** What to answer when a key was seen before: its stored answer, 422 (other body) or 409 (in flight). */
export function keyAnswer(claim: Exclude<KeyClaim, { kind: 'new' }>): Answer {
  switch (claim.kind) {
    case 'replay':
      return { status: claim.status, body: claim.body };
    case 'reused':
      throw problemError('idempotencyKeyReused', 'Idempotency-Key reused with another body', {
        detail: 'This Idempotency-Key was already used with a different request body.',
      });
    case 'in-flight':
      throw problemError('idempotencyInFlight', 'Request still in progress', {
        detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
        headers: { 'Retry-After': '1' },
      });
  }
}
