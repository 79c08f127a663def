import type { Board, Category, Idea, IdeaStatus, IdeaSummary, OfficialResponse, VoteValue } from '#protocol';
import type { ServerLocale } from '../config.js';
import { negotiate } from '../i18n/locale.js';
import type { BoardDefinition, IdeaTranslation } from './board.js';
import type { BoardRow, IdeaRow } from './store.js';

/* Stored rows → protocol resources, in the reader's language (the text's own when none matches). */

/** Reports after which an idea is hidden when the board does not say (Decidim's default). */
export const DEFAULT_FLAG_HIDE_THRESHOLD = 3;

/** Statuses that mean the city took an idea up (its author earns `idea.accepted`). */
export const ACCEPTED_STATUSES: readonly IdeaStatus[] = ['planned', 'in_progress', 'implemented'];

/** A board as stored: the admin file's board without its ideas. */
export type BoardDocument = Omit<BoardDefinition, 'ideas'>;
export type IdeaTranslations = Partial<Record<ServerLocale, IdeaTranslation>>;

export function boardDocumentOf(row: BoardRow): BoardDocument {
  return JSON.parse(row.document) as BoardDocument;
}

/** The language to answer in among those a text exists in. */
function chooseLocale(
  own: string,
  translations: Partial<Record<string, unknown>> | undefined,
  acceptLanguage: string | undefined,
): string {
  const available = [
    own,
    ...Object.entries(translations ?? {})
      .filter(([locale, value]) => value !== undefined && locale !== own)
      .map(([locale]) => locale),
  ];
  return negotiate(acceptLanguage, available, own);
}

/** A board's text in one language, with a category lookup in that language. */
export interface LocalizedBoard {
  board: Board;
  categoryOf(id: string | null): Category | null;
}

export function localizeBoard(
  document: BoardDocument,
  acceptLanguage: string | undefined,
  fallbackLocale: ServerLocale,
): LocalizedBoard {
  const own = document.locale ?? fallbackLocale;
  const chosen = chooseLocale(own, document.translations, acceptLanguage);
  const translation = chosen === own ? undefined : document.translations?.[chosen as ServerLocale];
  const categories = document.categories.map((category) => ({
    id: category.id,
    name: translation?.categories?.[category.id] ?? category.name,
  }));
  const board: Board = {
    id: document.id,
    title: translation?.title ?? document.title,
    categories,
    statuses: document.statuses,
    votingMode: document.votingMode,
    submissionsOpen: document.submissionsOpen,
    preModeration: document.preModeration,
    flagHideThreshold: document.flagHideThreshold ?? DEFAULT_FLAG_HIDE_THRESHOLD,
    url: document.url,
  };
  const description = translation?.description ?? document.description;
  if (description !== undefined) board.description = description;
  const byId = new Map(categories.map((category) => [category.id, category]));
  return { board, categoryOf: (id) => (id === null ? null : (byId.get(id) ?? null)) };
}

/** The link of an idea: its own, or the board's template filled in. */
function ideaUrl(row: IdeaRow, document: BoardDocument): string | null {
  if (row.url !== null) return row.url;
  return document.ideaUrlTemplate?.replace('{id}', encodeURIComponent(row.id)) ?? null;
}

function localizedText(row: IdeaRow, acceptLanguage: string | undefined, fallbackLocale: ServerLocale) {
  const translations = row.translations === null ? {} : (JSON.parse(row.translations) as IdeaTranslations);
  const own = row.locale ?? fallbackLocale;
  const chosen = chooseLocale(own, translations, acceptLanguage);
  const translation = chosen === own ? undefined : translations[chosen as ServerLocale];
  return {
    title: translation?.title ?? row.title,
    body: translation?.body ?? row.body,
    officialResponse: translation?.officialResponse,
    // The language the title is in, when known: an idea submitted through the API has none recorded.
    locale: translation?.title !== undefined ? chosen : (row.locale ?? undefined),
  };
}

export interface IdeaViewContext {
  document: BoardDocument;
  localized: LocalizedBoard;
  acceptLanguage: string | undefined;
  fallbackLocale: ServerLocale;
}

export function toIdea(row: IdeaRow, myVote: VoteValue | null, view: IdeaViewContext): Idea {
  const text = localizedText(row, view.acceptLanguage, view.fallbackLocale);
  let officialResponse: OfficialResponse | null = null;
  if (row.official_response !== null) {
    officialResponse = JSON.parse(row.official_response) as OfficialResponse;
    if (text.officialResponse !== undefined)
      officialResponse = { ...officialResponse, body: text.officialResponse };
  }
  const author: Idea['author'] = { displayName: row.author_name };
  if (row.author_id !== null) author.id = row.author_id;
  return {
    id: row.id,
    boardId: row.board_id,
    title: text.title,
    body: text.body,
    author,
    category: view.localized.categoryOf(row.category_id),
    status: row.status as IdeaStatus,
    duplicateOf: row.status === 'duplicate' ? row.duplicate_of : null,
    votesUp: Number(row.votes_up),
    votesDown: view.document.votingMode === 'up_down' ? Number(row.votes_down) : 0,
    myVote,
    commentCount: Number(row.comment_count),
    officialResponse,
    pendingModeration: row.pending_moderation === 1,
    hidden: row.hidden === 1,
    createdAt: row.created_at,
    url: ideaUrl(row, view.document),
    ...(text.locale !== undefined ? { locale: text.locale } : {}),
  };
}

export function toIdeaSummary(
  row: IdeaRow,
  document: BoardDocument,
  acceptLanguage: string | undefined,
  fallbackLocale: ServerLocale,
): IdeaSummary {
  return {
    id: row.id,
    title: localizedText(row, acceptLanguage, fallbackLocale).title,
    status: row.status as IdeaStatus,
    votesUp: Number(row.votes_up),
    url: ideaUrl(row, document),
  };
}
