import type { HttpMethod } from '../protocol/endpoint.js';
import { CivicApiError, CivicNetworkError, CivicTimeoutError } from './errors.js';

/** Exponential backoff with full jitter: the n-th retry waits a random time in `[0, min(capMs, baseMs·2ⁿ)]`. */
export interface BackoffOptions {
  /** First retry's upper bound, default 300 ms. */
  readonly baseMs: number;
  /** Upper bound of any computed wait, default 5 s. */
  readonly capMs: number;
  /** Longest `Retry-After` the client waits for; longer asks end the call with the error. Default 30 s. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 300, capMs: 5_000, maxRetryAfterMs: 30_000 };

/** Statuses that say "try again" without the request having taken effect (or with a key that makes it safe). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/** Statuses whose `Retry-After` header the client honours. */
const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Whether a call may be repeated at all: safe/idempotent methods, or any write that carries an `Idempotency-Key`. */
export function isRetryableCall(method: HttpMethod, hasIdempotencyKey: boolean): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE' || hasIdempotencyKey;
}

/** Whether an error from one attempt justifies another attempt of a retryable call. */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof CivicNetworkError || error instanceof CivicTimeoutError) return true;
  return error instanceof CivicApiError && RETRYABLE_STATUSES.has(error.status);
}

/** Full-jitter backoff for retry number `attempt` (0 for the first retry). */
export function backoffDelay(
  attempt: number,
  backoff: BackoffOptions,
  random: () => number = Math.random,
): number {
  return Math.round(random() * Math.min(backoff.capMs, backoff.baseMs * 2 ** attempt));
}

/**
 * How long to wait before the next attempt, or `null` to give up now because the server asked for a
 * longer pause than `maxRetryAfterMs`.
 */
export function retryDelay(attempt: number, error: unknown, backoff: BackoffOptions): number | null {
  if (
    error instanceof CivicApiError &&
    RETRY_AFTER_STATUSES.has(error.status) &&
    error.retryAfterSeconds !== undefined
  ) {
    const ms = error.retryAfterSeconds * 1000;
    return ms > backoff.maxRetryAfterMs ? null : ms;
  }
  return backoffDelay(attempt, backoff);
}

/**
 * Parses `Retry-After` (delta-seconds or an HTTP date) into whole seconds from `now`;
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // HTTP dates are always in GMT; anything else (e.g. "-3", which Date.parse reads as a year) is ignored.
  const date = /GMT$/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as the signal aborts (clearing the timer). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
