import type { IdeaStatus } from '#protocol';
import { recordContribution } from '../contributions/record.js';
import type { Database, Db } from '../db/kysely.js';
import type { BoardDefinition, IdeaDefinition } from './board.js';
import { normalizeTitle, searchable } from './search.js';
import { recountVotes } from './store.js';
import type { IdeaRow } from './store.js';
import { ACCEPTED_STATUSES, DEFAULT_FLAG_HIDE_THRESHOLD } from './view.js';
import type { BoardDocument } from './view.js';

/*
 * Loading boards from an admin file: an upsert by id, in one transaction (an error changes
 * nothing). Votes cast on this server are kept; a file's voter lists become votes (upserted by
 * participant). Moderation done here (hidden, pending) stays unless the file says otherwise. An
 * idea that moves to planned, in progress or implemented earns its author `idea.accepted`.
 */

/** UTC ISO, the form timestamps are stored in. */
function utc(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

function searchTexts(idea: IdeaDefinition): { searchTitle: string; searchText: string } {
  const translations = Object.values(idea.translations ?? {});
  const titles = [idea.title, ...translations.flatMap((t) => (t?.title ? [t.title] : []))];
  const bodies = [idea.body, ...translations.flatMap((t) => (t?.body ? [t.body] : []))];
  return { searchTitle: searchable(titles), searchText: searchable([...titles, ...bodies]) };
}

function isAccepted(status: string): boolean {
  return ACCEPTED_STATUSES.includes(status as IdeaStatus);
}

export async function upsertBoards(
  database: Database,
  boards: readonly BoardDefinition[],
  nowIso: string,
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    for (const board of boards) await upsertBoard(trx, board, nowIso);
  });
}

async function upsertBoard(trx: Db, board: BoardDefinition, nowIso: string): Promise<void> {
  const { ideas, ...document } = board satisfies BoardDocument & { ideas: IdeaDefinition[] };
  const values = {
    id: board.id,
    document: JSON.stringify(document),
    voting_mode: board.votingMode,
    submissions_open: board.submissionsOpen ? 1 : 0,
    pre_moderation: board.preModeration ? 1 : 0,
    flag_hide_threshold: board.flagHideThreshold ?? DEFAULT_FLAG_HIDE_THRESHOLD,
    updated_at: nowIso,
  };
  const { id: _id, ...changes } = values;
  await trx
    .insertInto('boards')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
  for (const idea of ideas) await upsertIdea(trx, board, idea, nowIso);
  for (const idea of ideas) {
    if ((idea.duplicateOf ?? null) === null) continue;
    const original = await trx
      .selectFrom('ideas')
      .select('board_id')
      .where('id', '=', idea.duplicateOf!)
      .executeTakeFirst();
    if (original?.board_id !== board.id) {
      throw new Error(
        `idea ${idea.id} is a duplicate of ${idea.duplicateOf}, which is not an idea of board ${board.id}`,
      );
    }
  }
}

async function upsertIdea(
  trx: Db,
  board: BoardDefinition,
  idea: IdeaDefinition,
  nowIso: string,
): Promise<void> {
  const existing: Pick<IdeaRow, 'board_id' | 'status' | 'hidden' | 'pending_moderation'> | undefined =
    await trx
      .selectFrom('ideas')
      .select(['board_id', 'status', 'hidden', 'pending_moderation'])
      .where('id', '=', idea.id)
      .executeTakeFirst();
  if (existing && existing.board_id !== board.id) {
    throw new Error(`idea ${idea.id} belongs to board ${existing.board_id}, not ${board.id}`);
  }
  const titleKey = normalizeTitle(idea.title);
  const clash = await trx
    .selectFrom('ideas')
    .select('id')
    .where('board_id', '=', board.id)
    .where('title_key', '=', titleKey)
    .where('id', '!=', idea.id)
    .executeTakeFirst();
  if (clash) throw new Error(`idea ${idea.id} has the same title as idea ${clash.id} of board ${board.id}`);

  const { searchTitle, searchText } = searchTexts(idea);
  const translations =
    idea.translations && Object.keys(idea.translations).length > 0 ? idea.translations : null;
  const changes = {
    board_id: board.id,
    title: idea.title,
    body: idea.body,
    locale: idea.locale ?? board.locale ?? null,
    translations: translations === null ? null : JSON.stringify(translations),
    title_key: titleKey,
    search_title: searchTitle,
    search_text: searchText,
    author_id: idea.author.id ?? null,
    author_name: idea.author.displayName,
    category_id: idea.category,
    status: idea.status,
    duplicate_of: idea.status === 'duplicate' ? (idea.duplicateOf ?? null) : null,
    official_response: idea.officialResponse ? JSON.stringify(idea.officialResponse) : null,
    comment_count: idea.commentCount ?? 0,
    imported_up: idea.votesUp ?? 0,
    imported_down: idea.votesDown ?? 0,
    pending_moderation:
      idea.pendingModeration === undefined
        ? (existing?.pending_moderation ?? 0)
        : idea.pendingModeration
          ? 1
          : 0,
    hidden: idea.hidden === undefined ? (existing?.hidden ?? 0) : idea.hidden ? 1 : 0,
    url: idea.url ?? null,
    created_at: utc(idea.createdAt),
    updated_at: nowIso,
  };
  if (existing) await trx.updateTable('ideas').set(changes).where('id', '=', idea.id).execute();
  else
    await trx
      .insertInto('ideas')
      .values({ id: idea.id, ...changes, votes_up: 0, votes_down: 0 })
      .execute();

  for (const voter of idea.voters ?? []) {
    await trx
      .insertInto('idea_votes')
      .values({
        idea_id: idea.id,
        participant_id: voter.participantId,
        value: voter.value,
        voted_at: utc(voter.votedAt),
      })
      .onConflict((oc) =>
        oc
          .columns(['idea_id', 'participant_id'])
          .doUpdateSet({ value: voter.value, voted_at: utc(voter.votedAt) }),
      )
      .execute();
  }
  await recountVotes(trx, idea.id);

  if (idea.author.id === undefined) return;
  await trx
    .insertInto('participants')
    .values({
      id: idea.author.id,
      display_name: idea.author.displayName,
      staff: 0,
      avatar_url: null,
      profile_url: null,
      updated_at: nowIso,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  if (existing && !isAccepted(existing.status) && isAccepted(idea.status)) {
    await recordContribution(trx, {
      participantId: idea.author.id,
      action: 'idea.accepted',
      subjectId: idea.id,
      categoryId: idea.category,
      occurredAt: nowIso,
    });
  }
}
