import * as v from 'valibot';
import {
  IdeaSortSchema,
  IdeaStatusSchema,
  IdSchema,
  ListIdeasQuerySchema,
  SearchQuerySchema,
} from '#protocol';
import type { IdeaSort, IdeaStatus } from '#protocol';
import { decodePayload, encodePayload } from '../http/cursor.js';

/*
 * Idea list cursors: base64url JSON with the filters, the sort, the shuffle's seed, the time the
 * first page was ranked at (so `trending` scores do not drift between pages) and the next offset.
 */

export interface IdeaListPosition {
  sort: IdeaSort;
  status?: IdeaStatus | undefined;
  category?: string | undefined;
  q?: string | undefined;
  seed: number;
  /** Milliseconds since the epoch the ranking is computed at. */
  asOf: number;
  offset: number;
}

const SeedSchema = ListIdeasQuerySchema.entries.seed.wrapped;

const CursorPayloadSchema = v.object({
  o: IdeaSortSchema,
  s: v.optional(IdeaStatusSchema),
  c: v.optional(IdSchema),
  q: v.optional(SearchQuerySchema),
  r: SeedSchema,
  t: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  n: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(1_000_000)),
});

export function encodeIdeaCursor(position: IdeaListPosition): string {
  const payload: v.InferInput<typeof CursorPayloadSchema> = {
    o: position.sort,
    r: position.seed,
    t: position.asOf,
    n: position.offset,
  };
  if (position.status !== undefined) payload.s = position.status;
  if (position.category !== undefined) payload.c = position.category;
  if (position.q !== undefined) payload.q = position.q;
  return encodePayload(payload);
}

/** Reads a cursor; one this server did not make answers 400 naming `cursor`. */
export function decodeIdeaCursor(cursor: string): IdeaListPosition {
  const { o, s, c, q, r, t, n } = decodePayload(CursorPayloadSchema, cursor);
  return { sort: o, status: s, category: c, q, seed: r, asOf: t, offset: n };
}
