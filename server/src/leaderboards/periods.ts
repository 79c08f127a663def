import type { LeaderboardPeriod } from '#protocol';

/*
 * Calendar periods in UTC, as half-open ranges [start, end): the ISO week from Monday 00:00, the
 * month, the quarter (January, April, July, October) and the year. `all` has no bounds.
 */

export interface PeriodBounds {
  /** Milliseconds since the epoch, inclusive. */
  start: number;
  /** Exclusive: the start of the next period. */
  end: number;
}

const DAY_MS = 24 * 3600 * 1000;

/** The period of `kind` that contains `atMs`; null for `all`. */
export function periodBounds(kind: LeaderboardPeriod, atMs: number): PeriodBounds | null {
  const at = new Date(atMs);
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  switch (kind) {
    case 'week': {
      const daysSinceMonday = (at.getUTCDay() + 6) % 7;
      const start = Date.UTC(year, month, at.getUTCDate() - daysSinceMonday);
      return { start, end: start + 7 * DAY_MS };
    }
    case 'month':
      return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
    case 'quarter': {
      const first = month - (month % 3);
      return { start: Date.UTC(year, first, 1), end: Date.UTC(year, first + 3, 1) };
    }
    case 'year':
      return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
    case 'all':
      return null;
  }
}
