import { problemError } from './problem.js';
import type { ProblemError } from './problem.js';

/* Limits of the form "at most `max` within `windowS` seconds", counted from stored rows. */

/** At most `max` within `windowS` seconds; max 0 = no limit. */
export interface WindowLimit {
  max: number;
  windowS: number;
}

/** What a limit counts in its window: how many, and when the earliest was (ISO 8601). */
export interface WindowCount {
  count: number;
  earliest: string | null;
}

/** Start of the window that ends at `nowMs`, as ISO 8601. */
export function windowStart(limit: WindowLimit, nowMs: number): string {
  return new Date(nowMs - limit.windowS * 1000).toISOString();
}

/**
 * 429 `rate-limited` when one more would exceed the limit, with `Retry-After`: the seconds until
 * the earliest counted leaves the window. Undefined while under the limit (or without one).
 */
export function overWindowLimit(
  limit: WindowLimit,
  counted: WindowCount,
  nowMs: number,
  problem: { title: string; detail: string },
): ProblemError | undefined {
  if (limit.max <= 0 || counted.count < limit.max) return undefined;
  const freeAtMs = Date.parse(counted.earliest ?? new Date(nowMs).toISOString()) + limit.windowS * 1000;
  const retryAfterS = Math.max(1, Math.ceil((freeAtMs - nowMs) / 1000));
  return problemError('rateLimited', problem.title, {
    detail: problem.detail,
    headers: { 'Retry-After': String(retryAfterS) },
  });
}
