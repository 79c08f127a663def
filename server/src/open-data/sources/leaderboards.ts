import { LEADERBOARD_PERIODS } from '#protocol';
import { isoAt } from '../../clock.js';
import type { LeaderboardDefinition } from '../../leaderboards/leaderboard.js';
import { periodBounds } from '../../leaderboards/periods.js';
import { rankScores, scoreParticipants } from '../../leaderboards/scoring.js';
import { findLeaderboard, readDayActionCounts } from '../../leaderboards/store.js';
import { isPublicItem, publicItemIds } from '../keyset.js';
import type { DatasetSource, ExportItem, ExportReadContext, ExportRow } from '../source.js';

/*
 * The leaderboard-entries dataset: each board's ranking over the current week, month, quarter,
 * year and all time, as ranks and scores only (who holds them is not open data). A ranking is
 * computed as the API computes it (contributions grouped per participant and day in SQL, capped and
 * ranked here), one board and period at a time.
 */

async function* leaderboards(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<LeaderboardDefinition> {
  for await (const id of publicItemIds(read.database, 'leaderboards', item?.id)) {
    const board = await findLeaderboard(read.database.db, id);
    if (board) yield board;
  }
}

async function* entryRows(read: ExportReadContext, item: ExportItem | undefined): AsyncGenerator<ExportRow> {
  for await (const board of leaderboards(read, item)) {
    for (const period of LEADERBOARD_PERIODS) {
      const bounds = periodBounds(period, read.nowMs);
      const counts = await readDayActionCounts(read.database.db, {
        actions: board.actions.map((a) => a.action),
        ...(bounds === null ? {} : { from: isoAt(bounds.start), to: isoAt(bounds.end) }),
        excludesStaff: board.excludesStaff,
      });
      for (const entry of rankScores(scoreParticipants(counts, board)))
        yield {
          leaderboard_id: board.id,
          period,
          period_start: bounds === null ? null : isoAt(bounds.start),
          rank: entry.rank,
          score: entry.score,
        };
    }
  }
}

export const LEADERBOARD_ENTRIES_SOURCE: DatasetSource = {
  exists: (read, id) => isPublicItem(read.database, 'leaderboards', id),
  rows: entryRows,
};
