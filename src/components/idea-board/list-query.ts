import { IDEA_SORTS, IDEA_STATUSES } from '../../protocol/ideas.js';
import type { IdeaSort, IdeaStatus, ListIdeasQuery } from '../../protocol/ideas.js';

/** The most ideas a page may hold (the protocol allows 1–100). */
const MAX_PAGE_SIZE = 100;

/** What the list shows: order, filters and search words. */
export interface IdeaQuery {
  readonly sort: IdeaSort;
  readonly status: IdeaStatus | undefined;
  readonly category: string | undefined;
  readonly q: string;
}

/** The list's order, filters and search words as the element's properties give them, unchecked. */
export interface WantedQuery {
  readonly sort: unknown;
  readonly status: unknown;
  readonly category: string | undefined;
  readonly q: string;
}

function isSort(value: unknown): value is IdeaSort {
  return (IDEA_SORTS as readonly unknown[]).includes(value);
}

function isStatus(value: unknown): value is IdeaStatus {
  return (IDEA_STATUSES as readonly unknown[]).includes(value);
}

/** Whether the citizen narrowed the list (a filter or search words), so "Clear" makes sense. */
export function isFiltered(query: IdeaQuery): boolean {
  return query.status !== undefined || query.category !== undefined || query.q !== '';
}

/**
 * The query to show for `wanted`: an unknown sort is `trending`, an unknown status or an empty
 * category none. `current` itself when nothing changed, so the ideas task runs only on a change.
 */
export function nextQuery(current: IdeaQuery, wanted: WantedQuery): IdeaQuery {
  const sort = isSort(wanted.sort) ? wanted.sort : 'trending';
  const status = isStatus(wanted.status) ? wanted.status : undefined;
  const category = wanted.category || undefined;
  const q = wanted.q;
  if (
    current.sort !== sort ||
    current.status !== status ||
    current.category !== category ||
    current.q !== q
  ) {
    return { sort, status, category, q };
  }
  return current;
}

/** The page size to ask for: `page-size` cut to 1–100, `fallback` when it is not a number. */
export function pageLimit(pageSize: unknown, fallback: number): number {
  const size = Math.trunc(Number(pageSize));
  return Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(1, size)) : fallback;
}

/** The `listIdeas` query for a page of `query`; `seed` orders `random`, `cursor` names a later page. */
export function listQuery(query: IdeaQuery, limit: number, seed: number, cursor?: string): ListIdeasQuery {
  return {
    sort: query.sort,
    ...(query.sort === 'random' ? { seed } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.q ? { q: query.q } : {}),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}
