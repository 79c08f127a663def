import {
  CivicApiError,
  CivicNetworkError,
  CivicTimeoutError,
  isAuthRequired,
  isOriginNotAllowed,
} from '../../client/index.js';
import { PROBLEM_TYPES } from '../../protocol/problem.js';
import type { FieldError } from '../../protocol/problem.js';

/** Why a submission did not go through, as a form tells its reader. */
export const SUBMIT_FAILURES = [
  'network',
  'server',
  'busy',
  'rateLimited',
  'closed',
  'forbidden',
  'auth',
  // The backend does not take writes from this page's origin: the page's setup, not the citizen's doing.
  'originNotAllowed',
] as const;
export type SubmitFailure = (typeof SUBMIT_FAILURES)[number];

/** Failures worth retrying with the same submission and its Idempotency-Key. */
export const RETRYABLE_FAILURES: ReadonlySet<SubmitFailure> = new Set([
  'network',
  'server',
  'busy',
  'rateLimited',
]);

/** What the backend (or the lack of one) said to a submission, read from the client's typed errors. */
export type SubmitRefusal =
  | 'network'
  | 'auth'
  | 'fields'
  | 'closed'
  | 'forbidden'
  | 'notFound'
  | 'gone'
  | 'busy'
  | 'rateLimited'
  | 'keyReused'
  | 'originNotAllowed'
  | 'server';

/** How most forms tell each refusal (all but `fields`, which the form shows as field errors). */
export const DEFAULT_FAILURES: Readonly<Record<Exclude<SubmitRefusal, 'fields'>, SubmitFailure>> = {
  network: 'network',
  auth: 'auth',
  closed: 'closed',
  forbidden: 'forbidden',
  notFound: 'closed',
  gone: 'closed',
  busy: 'busy',
  rateLimited: 'rateLimited',
  keyReused: 'server',
  originNotAllowed: 'originNotAllowed',
  // 5xx or an unreadable answer: nothing says the submission was stored, and the same key makes a retry safe.
  server: 'server',
};

export function refusalOf(error: unknown): SubmitRefusal {
  if (isOriginNotAllowed(error)) return 'originNotAllowed';
  if (error instanceof CivicNetworkError || error instanceof CivicTimeoutError) return 'network';
  if (isAuthRequired(error)) return 'auth';
  if (!(error instanceof CivicApiError)) return 'server';
  if (error.status === 422 && error.problem?.errors?.length) return 'fields';
  if (error.status === 403) return error.problem?.type === PROBLEM_TYPES.closed ? 'closed' : 'forbidden';
  if (error.status === 404) return 'notFound';
  if (error.status === 410) return 'gone';
  if (error.status === 409) return 'busy';
  if (error.status === 429) return 'rateLimited';
  if (error.problem?.type === PROBLEM_TYPES.idempotencyKeyReused) return 'keyReused';
  return 'server';
}

/** The field errors of a 422 answer; none for any other error. */
export function fieldErrorsOf(error: unknown): readonly FieldError[] {
  return error instanceof CivicApiError ? (error.problem?.errors ?? []) : [];
}

/** Whether a retry may resend the same submission under its key: a retryable failure, with a key not yet spent. */
export function keepsKey(refusal: Exclude<SubmitRefusal, 'fields'>, failure: SubmitFailure): boolean {
  return refusal !== 'keyReused' && RETRYABLE_FAILURES.has(failure);
}
