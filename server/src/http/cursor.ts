import * as v from 'valibot';
import { PetitionSortSchema, PetitionStateSchema, SearchQuerySchema } from '#protocol';
import type { PetitionSort, PetitionState } from '#protocol';
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

/** A cursor's payload as base64url JSON. */
export function encodePayload(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** A 400 naming `cursor`, for a cursor this server did not issue (or not for this query). */
export function invalidCursor(
  message = 'Unknown or expired cursor',
  detail = 'The cursor is not one this server issued.',
) {
  return problemError('malformed', 'Invalid query parameters', {
    detail,
    errors: [{ field: 'cursor', code: 'invalid', message }],
  });
}

/** Reads a cursor's payload with `schema`; anything else is a 400 naming `cursor`. */
export function decodePayload<TSchema extends v.GenericSchema>(
  schema: TSchema,
  cursor: string,
): v.InferOutput<TSchema> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const result = v.safeParse(schema, json);
  if (!result.success) throw invalidCursor();
  return result.output;
}

export function encodeCursor(position: PetitionListPosition): string {
  const payload: v.InferInput<typeof CursorPayloadSchema> = { o: position.sort, n: position.offset };
  if (position.state !== undefined) payload.s = position.state;
  if (position.q !== undefined) payload.q = position.q;
  return encodePayload(payload);
}

/** Reads a cursor; a cursor this server did not make answers 400 naming `cursor`. */
export function decodeCursor(cursor: string): PetitionListPosition {
  const { s, o, q, n } = decodePayload(CursorPayloadSchema, cursor);
  return { state: s, sort: o, q, offset: n };
}
