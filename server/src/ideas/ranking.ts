import { createHash } from 'node:crypto';
import type { IdeaSort } from '#protocol';

/*
 * The orders of a board's ideas, computed in memory over the ideas that pass the filters (a board
 * holds hundreds or a few thousand ideas): one implementation for both databases, with the same
 * floating-point results. Every order ends with the id, so equal scores keep one order and offset
 * pagination neither repeats nor skips an idea.
 */

/** Up-votes in this window count for `trending`. */
export const TRENDING_WINDOW_MS = 30 * 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

/** What ranking needs to know of an idea. */
export interface RankedIdea {
  id: string;
  /** UTC ISO. */
  createdAt: string;
  votesUp: number;
  votesDown: number;
  commentCount: number;
  /** Up-votes cast in the trending window before `asOf`. */
  recentUpVotes: number;
  /** Comments in the window; this server stores no comments, so 0 (`commentCount` is imported). */
  recentComments: number;
}

/**
 * Fider's trending score: (5·votes₃₀ + 3·comments₃₀ − 1) / (ageHours + 2)^1.4. Activity raises an
 * idea, and age wears it down.
 */
export function trendingScore(idea: RankedIdea, asOfMs: number): number {
  const ageHours = Math.max(0, (asOfMs - Date.parse(idea.createdAt)) / HOUR_MS);
  return (5 * idea.recentUpVotes + 3 * idea.recentComments - 1) / Math.pow(ageHours + 2, 1.4);
}

/** The position of an idea in the shuffle for `seed`: the first 48 bits of sha256(seed:id). */
export function shuffleKey(seed: number, id: string): number {
  return createHash('sha256').update(`${seed}:${id}`).digest().readUIntBE(0, 6);
}

function byId(a: RankedIdea, b: RankedIdea): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts ideas for a list: `asOf` fixes the clock of `trending`, `seed` the shuffle of `random`. */
export function rankIdeas<T extends RankedIdea>(
  ideas: readonly T[],
  sort: IdeaSort,
  { asOfMs, seed }: { asOfMs: number; seed: number },
): T[] {
  const keyed = ideas.map((idea) => ({ idea, key: sortKey(idea, sort, asOfMs, seed) }));
  keyed.sort((a, b) => {
    if (a.key !== b.key) return sort === 'random' ? a.key - b.key : b.key - a.key;
    return byId(a.idea, b.idea);
  });
  return keyed.map(({ idea }) => idea);
}

/** A number to sort by: descending for every order but `random` (ascending). */
function sortKey(idea: RankedIdea, sort: IdeaSort, asOfMs: number, seed: number): number {
  switch (sort) {
    case 'trending':
      return trendingScore(idea, asOfMs);
    case 'top':
      return idea.votesUp - idea.votesDown;
    case 'new':
      return Date.parse(idea.createdAt);
    case 'discussed':
      return idea.commentCount;
    case 'random':
      return shuffleKey(seed, idea.id);
  }
}
