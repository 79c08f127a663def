import * as v from 'valibot';
import { IdSchema, LeaderboardPeriodSchema } from '#protocol';
import type { LeaderboardPeriod } from '#protocol';
import { decodePayload, encodePayload, invalidCursor } from '../http/cursor.js';

/*
 * Leaderboard cursors: base64url JSON holding the period (and which calendar period: its start),
 * the category, and the last entry shown as (score, participant id). The next page starts after
 * that entry in the ranking order, so an entry is never shown twice and a page continues the same
 * calendar period even after a new one has begun.
 */

export interface LeaderboardPosition {
  period: LeaderboardPeriod;
  /** Start of the calendar period (ms); null for `all`. */
  periodStart: number | null;
  category: string | undefined;
  after: { score: number; participantId: string };
}

const CursorPayloadSchema = v.object({
  p: LeaderboardPeriodSchema,
  s: v.nullable(v.pipe(v.number(), v.safeInteger())),
  c: v.optional(IdSchema),
  k: v.tuple([v.pipe(v.number(), v.safeInteger()), v.pipe(v.string(), v.minLength(1), v.maxLength(200))]),
});

export function encodeLeaderboardCursor(position: LeaderboardPosition): string {
  const payload: v.InferInput<typeof CursorPayloadSchema> = {
    p: position.period,
    s: position.periodStart,
    k: [position.after.score, position.after.participantId],
  };
  if (position.category !== undefined) payload.c = position.category;
  return encodePayload(payload);
}

/** Reads a cursor; one this server did not make, or made for another period or category, is a 400. */
export function decodeLeaderboardCursor(
  cursor: string,
  query: { period?: LeaderboardPeriod | undefined; category?: string | undefined },
): LeaderboardPosition {
  const { p, s, c, k } = decodePayload(CursorPayloadSchema, cursor);
  if (
    (query.period !== undefined && query.period !== p) ||
    (query.category !== undefined && query.category !== c)
  ) {
    throw invalidCursor('The cursor belongs to another period or category');
  }
  if ((p === 'all') !== (s === null)) throw invalidCursor('Unknown or expired cursor');
  return { period: p, periodStart: s, category: c, after: { score: k[0], participantId: k[1] } };
}
