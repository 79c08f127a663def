import { ReadThroughCache } from '../cache/read-through.js';
import { isoAt } from '../clock.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/kysely.js';
import type { LeaderboardDefinition } from './leaderboard.js';
import type { PeriodBounds } from './periods.js';
import { rankScores, scoreParticipants } from './scoring.js';
import type { RankedScore } from './scoring.js';
import { findLeaderboard, readDayActionCounts } from './store.js';

/*
 * Rankings of a board for one period and category, computed from the contributions (grouped per
 * participant, day and action in SQL; capped and ranked here) and kept for a few seconds: a page
 * of 20 and the caller's own entry come from the same ranking, so paging is consistent.
 */

export interface Ranking {
  entries: RankedScore[];
  /** Position of each participant in `entries`. */
  positions: Map<string, number>;
  computedAt: number;
}

/** How long a ranking (and a board definition) is reused. */
export const RANKING_MAX_AGE_MS = 5000;

export class RankingCache {
  readonly #boards: ReadThroughCache<LeaderboardDefinition | undefined>;
  readonly #rankings: ReadThroughCache<Ranking>;

  constructor(db: Db, clock: Clock) {
    this.#boards = new ReadThroughCache((id) => findLeaderboard(db, id), clock, {
      maxAgeMs: RANKING_MAX_AGE_MS,
    });
    this.#rankings = new ReadThroughCache(
      async (key) => {
        const [boardId, start, end, categoryId] = JSON.parse(key) as [
          string,
          number | null,
          number | null,
          string | null,
        ];
        const board = await this.#boards.get(boardId);
        if (!board) return { entries: [], positions: new Map(), computedAt: clock.now() };
        const rows = await readDayActionCounts(db, {
          actions: board.actions.map((a) => a.action),
          ...(start === null ? {} : { from: isoAt(start) }),
          ...(end === null ? {} : { to: isoAt(end) }),
          ...(categoryId === null ? {} : { categoryId }),
          excludesStaff: board.excludesStaff,
        });
        const entries = rankScores(scoreParticipants(rows, board));
        return {
          entries,
          positions: new Map(entries.map((entry, index) => [entry.participantId, index])),
          computedAt: clock.now(),
        };
      },
      clock,
      { maxAgeMs: RANKING_MAX_AGE_MS, maxEntries: 500 },
    );
  }

  board(id: string): Promise<LeaderboardDefinition | undefined> {
    return this.#boards.get(id);
  }

  ranking(boardId: string, bounds: PeriodBounds | null, categoryId: string | undefined): Promise<Ranking> {
    return this.#rankings.get(
      JSON.stringify([boardId, bounds?.start ?? null, bounds?.end ?? null, categoryId ?? null]),
    );
  }

  /** Forgets every board and ranking (after leaderboards were loaded in this process). */
  clear(): void {
    this.#boards.clear();
    this.#rankings.clear();
  }
}
