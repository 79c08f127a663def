import * as v from 'valibot';
import { PetitionSortSchema, PetitionStateSchema, SearchQuerySchema } from '../../../src/protocol/index.js';
import type { PetitionSort, PetitionState } from '../../../src/protocol/index.js';
import { problemError } from '../security/problem.js';

/*
 * List cursors are opaque to clients: base64url JSON holding the filters and sort they were made
 * with, and the offset of the next page. A city has hundreds of petitions, not millions, so an
 * offset is enough.
 */

export interface PetitionListPosition {
  state?: PetitionState | undefined;
  sort: PetitionSort;
  q?: string | undefined;
  offset: number;
}

const CursorPayloadSchema = v.object({
  s: v.optional(PetitionStateSchema),
  o: PetitionSortSchema,
  q: v.optional(SearchQuerySchema),
  n: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(1_000_000)),
});

export function encodeCursor(position: PetitionListPosition): string {
  const payload: v.InferInput<typeof CursorPayloadSchema> = { o: position.sort, n: position.offset };
  if (position.state !== undefined) payload.s = position.state;
  if (position.q !== undefined) payload.q = position.q;
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** Reads a cursor; a cursor this server did not make answers 400 naming `cursor`. */
export function decodeCursor(cursor: string): PetitionListPosition {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const result = v.safeParse(CursorPayloadSchema, json);
  if (!result.success) {
    throw problemError('malformed', 'Invalid query parameters', {
      detail: 'The cursor is not one this server issued.',
      errors: [{ field: 'cursor', code: 'invalid', message: 'Unknown or expired cursor' }],
    });
  }
  const { s, o, q, n } = result.output;
  return { state: s, sort: o, q, offset: n };
}
