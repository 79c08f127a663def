import type { HistoryResolution } from '#protocol';
import { isoAt } from '../clock.js';

/* The time buckets of count history: hours for the last 30 days, whole UTC days before. */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How long hourly samples are kept before they are compacted into days. */
export const HOURLY_RETENTION_MS = 30 * DAY_MS;

/** A bucket's start as stored and served: RFC 3339 UTC to the second (`2025-06-01T12:00:00Z`). */
function bucketAt(ms: number): string {
  return isoAt(ms).replace('.000Z', 'Z');
}

/** The start of the hour bucket a time falls in. */
export function hourBucket(ms: number): string {
  return bucketAt(Math.floor(ms / HOUR_MS) * HOUR_MS);
}

/** Hour buckets starting before this (the start of a UTC day) are compacted into days. */
export function compactionCutoff(nowMs: number): string {
  return bucketAt(Math.floor((nowMs - HOURLY_RETENTION_MS) / DAY_MS) * DAY_MS);
}

/** The stored resolution, checked (a row holds only what this server wrote). */
export function resolutionOf(stored: string): HistoryResolution {
  return stored === 'day' ? 'day' : 'hour';
}
