import type * as v from 'valibot';
import type { Problem } from '../protocol/problem.js';

/** Base class of every error the client throws (except aborts, which stay the platform's `AbortError`). */
export class CivicError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CivicError';
  }
}

/** The server answered with a non-success status. */
export class CivicApiError extends CivicError {
  /** HTTP status code. */
  readonly status: number;
  /** The RFC 9457 problem details, or `null` when the body was not a valid problem (e.g. a proxy's HTML page). */
  readonly problem: Problem | null;
  /** Validation messages by field name, from `problem.errors`; empty when there are none. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** Seconds the server asked the client to wait (`Retry-After`), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem | null, retryAfterSeconds?: number) {
    super(
      problem ? `${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}` : `HTTP ${status}`,
    );
    this.name = 'CivicApiError';
    this.status = status;
    this.problem = problem;
    this.fieldErrors = groupFieldErrors(problem);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Why a success response was rejected. */
export type ResponseErrorReason = 'not-json' | 'schema';

/** One schema violation, described without the offending value. */
export interface ResponseIssue {
  /** Dot path into the body (`items.0.count`), empty for the root. */
  readonly path: string;
  /** What the schema expected and the JavaScript type that arrived, e.g. `expected number, got string`. */
  readonly message: string;
}

/** A success response whose body was not JSON or did not match the protocol schema. */
export class CivicResponseError extends CivicError {
  readonly reason: ResponseErrorReason;
  /** HTTP status of the rejected response. */
  readonly status: number;
  readonly issues: readonly ResponseIssue[];

  constructor(reason: ResponseErrorReason, status: number, issues: readonly ResponseIssue[] = []) {
    super(
      reason === 'not-json'
        ? `Malformed response (HTTP ${status}): body is not JSON`
        : `Malformed response (HTTP ${status}): ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    );
    this.name = 'CivicResponseError';
    this.reason = reason;
    this.status = status;
    this.issues = issues;
  }
}

/**
 * The request never got an answer: offline, DNS, CORS refusal or a dropped connection. (A write
 * refused by CORS while reads of the backend work becomes a `CivicOriginNotAllowedError`.)
 */
export class CivicNetworkError extends CivicError {
  constructor(options?: ErrorOptions) {
    super('Network error: the server could not be reached', options);
    this.name = 'CivicNetworkError';
  }
}

/** How a refused origin came to light. */
export type OriginRefusalEvidence = 'problem' | 'probe';

/**
 * The backend does not take writes from this page's origin: it answered 403
 * `urn:civic:problem:origin-not-allowed` (`evidence: 'problem'`), or a write failed without an
 * answer (as a CORS refusal does) while a read of the same backend answered at once
 * (`evidence: 'probe'`). Nothing was stored. The fix is on the backend: allow the page's origin.
 */
export class CivicOriginNotAllowedError extends CivicError {
  readonly kind = 'origin-not-allowed';
  /** The backend's API base URL, as the client was given it. */
  readonly baseUrl: string;
  /** The page's origin (`location.origin`), when there is a page. */
  readonly origin: string | undefined;
  readonly evidence: OriginRefusalEvidence;
  /** The backend's problem document, for `evidence: 'problem'`. */
  readonly problem: Problem | null;

  constructor(
    baseUrl: string,
    evidence: OriginRefusalEvidence,
    options: { problem?: Problem | null; origin?: string | undefined; cause?: unknown } = {},
  ) {
    const origin = options.origin ?? pageOrigin();
    super(
      `The backend at ${baseUrl} does not accept writes from ${origin ?? 'this origin'}` +
        (evidence === 'probe' ? ' (the write failed CORS while reads work)' : ''),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'CivicOriginNotAllowedError';
    this.baseUrl = baseUrl;
    this.origin = origin;
    this.evidence = evidence;
    this.problem = options.problem ?? null;
  }
}

/** True when the backend refuses writes from this page's origin. */
export function isOriginNotAllowed(error: unknown): error is CivicOriginNotAllowedError {
  return error instanceof CivicOriginNotAllowedError;
}

function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : undefined;
}

/** No complete answer within the time limit. */
export class CivicTimeoutError extends CivicError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms`);
    this.name = 'CivicTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** True for a 401: the caller must sign in (or refresh its token) before retrying. */
export function isAuthRequired(error: unknown): error is CivicApiError {
  return error instanceof CivicApiError && error.status === 401;
}

/** True for the `AbortError` a cancelled call rejects with. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Describes valibot issues by path and expectation, never echoing the received data. */
export function summarizeIssues(issues: readonly v.BaseIssue<unknown>[]): ResponseIssue[] {
  return issues.slice(0, 10).map((issue) => ({
    path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
    message: `expected ${issue.expected ?? issue.type}, got ${describeType(issue.input)}`,
  }));
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function groupFieldErrors(problem: Problem | null): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const { field, message } of problem?.errors ?? []) {
    (grouped[field] ??= []).push(message);
  }
  return grouped;
}
