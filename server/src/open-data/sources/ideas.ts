import type { OfficialResponse } from '#protocol';
import { isPublicItem, keysetRows } from '../keyset.js';
import type { DatasetSource, ExportItem, ExportReadContext, ExportRow } from '../source.js';

/*
 * The ideas dataset: every idea the public sees (not hidden, not waiting for moderation), in its
 * own language, with its votes and the official response. Never the author, never who voted.
 */

/** The columns of the ideas table the dataset reads (the exports bench's control reads the same). */
export const IDEA_COLUMNS = [
  'id',
  'board_id',
  'title',
  'category_id',
  'status',
  'votes_up',
  'votes_down',
  'duplicate_of',
  'official_response',
  'created_at',
  'locale',
] as const;

function publicIdeas(read: ExportReadContext, item: ExportItem | undefined) {
  let query = read.database.db
    .selectFrom('ideas')
    .where('hidden', '=', 0)
    .where('pending_moderation', '=', 0);
  if (item) query = query.where('board_id', '=', item.id);
  return query;
}

async function* ideaRows(read: ExportReadContext, item: ExportItem | undefined): AsyncGenerator<ExportRow> {
  const rows = keysetRows(
    async (after, limit) => {
      let query = publicIdeas(read, item).select(IDEA_COLUMNS);
      if (after !== null) query = query.where('id', '>', after);
      return query.orderBy('id').limit(limit).execute();
    },
    (row) => row.id,
  );
  for await (const row of rows) {
    const response =
      row.official_response === null ? null : (JSON.parse(row.official_response) as OfficialResponse);
    yield {
      idea_id: row.id,
      board_id: row.board_id,
      title: row.title,
      category_id: row.category_id,
      status: row.status,
      votes_up: row.votes_up,
      votes_down: row.votes_down,
      duplicate_of: row.duplicate_of,
      official_response: response?.body ?? null,
      responded_at: response?.respondedAt ?? null,
      created_at: row.created_at,
      locale: row.locale,
    };
  }
}

export const IDEAS_SOURCE: DatasetSource = {
  exists: (read, id) => isPublicItem(read.database, 'boards', id),
  rows: ideaRows,
};
