import type { LeaderboardEntry } from '../../protocol/leaderboards.js';

/** Ranks held by more than one of `entries` (dense ranks: equal scores share one). */
export function tiedRanks(entries: readonly LeaderboardEntry[]): ReadonlySet<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const { rank } of entries) {
    if (seen.has(rank)) tied.add(rank);
    seen.add(rank);
  }
  return tied;
}

/** Up to two initials of a display name ("Aigerim Nurlanovna" → "AN"), for a missing avatar. */
export function initials(displayName: string): string {
  const words = displayName
    .split(/\s+/)
    .map((word) => Array.from(word).find((char) => /[\p{L}\p{N}]/u.test(char)))
    .filter((char): char is string => char !== undefined);
  const picked = words.length > 1 ? [words[0]!, words.at(-1)!] : words.slice(0, 1);
  return picked.join('').toLocaleUpperCase() || '?';
}

const DAY_MS = 86_400_000;
const MIDNIGHT = /T00:00:00(?:\.0+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The calendar day of a timestamp in its own offset, as UTC midnight (so it formats the same anywhere). */
function calendarDay(timestamp: string): number {
  const [year, month, day] = timestamp.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/**
 * The first and last calendar day of a period, as UTC midnights to format with `timeZone: 'UTC'`.
 * Days are read in the backend's own offset (a month that starts at `2025-05-01T00:00:00+05:00` is
 * May everywhere), and an end at midnight is exclusive: the period ends the day before.
 */
export function periodDays(periodStart: string, periodEnd: string): { start: number; end: number } {
  const start = calendarDay(periodStart);
  const endDay = calendarDay(periodEnd);
  const end = MIDNIGHT.test(periodEnd) ? endDay - DAY_MS : endDay;
  return { start, end: Math.max(start, end) };
}

/** The index a roving-tabindex key moves to among `count` items, or undefined for other keys. */
export function rovingIndex(key: string, index: number, count: number, rtl = false): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (index + 1) % count;
    case back:
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
