import * as v from 'valibot';

/*
 * Building blocks shared by every resource. User content (titles, bodies, names) is plain text:
 * clients render it as text, never as HTML, so the schemas only bound its length.
 */

/** Bounded plain text; a positive `min` also demands a non-blank character. */
export function plainText(min: number, max: number) {
  return min > 0
    ? v.pipe(v.string(), v.minLength(min), v.maxLength(max), v.regex(/\S/, 'Must not be blank'))
    : v.pipe(v.string(), v.maxLength(max));
}

/** A title or headline: 1–200 characters. */
export const TITLE_MAX = 200;
/** A long user-written body: up to 10,000 characters. */
export const BODY_MAX = 10_000;
/** A person's name or a display name: 1–100 characters. */
export const NAME_MAX = 100;
/** A summary or short statement: up to 2,000 characters. */
export const SUMMARY_MAX = 2_000;

/** Opaque identifier chosen by the backend. Numeric ids are sent as strings (`"241584"`). */
export const IdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(128),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._~:-]*$/),
  v.description('Opaque identifier: letters, digits and . _ ~ : - (numeric ids are sent as strings).'),
);
export type Id = v.InferOutput<typeof IdSchema>;

/** RFC 3339 timestamp with an explicit offset, e.g. `2025-03-21T09:30:00Z` or `2025-03-21T15:30:00+06:00`. */
export const TimestampSchema = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/),
  v.description('RFC 3339 date-time with an offset (Z or ±hh:mm).'),
);
export type Timestamp = v.InferOutput<typeof TimestampSchema>;

/** Absolute http(s) URL. Other schemes (`javascript:`, `data:`) are rejected because widgets put these in links. */
export const UrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url(),
  v.regex(/^https?:\/\//),
  v.description('Absolute URL with a lowercase http or https scheme.'),
);
export type Url = v.InferOutput<typeof UrlSchema>;

/** BCP 47 language tag, e.g. `en`, `ru`, `kk`, `en-GB`, `kk-Cyrl-KZ`. */
export const LocaleSchema = v.pipe(
  v.string(),
  v.maxLength(35),
  v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/),
  v.description('BCP 47 language tag.'),
);
export type Locale = v.InferOutput<typeof LocaleSchema>;

/** A non-negative count (signatures, votes, backers). */
export const CountSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
export type Count = v.InferOutput<typeof CountSchema>;

/** Buckets of a count history: an hour each for the last 30 days, a day each before that. */
export const HISTORY_RESOLUTIONS = ['hour', 'day'] as const;
export type HistoryResolution = (typeof HISTORY_RESOLUTIONS)[number];
export const HistoryResolutionSchema = v.picklist(HISTORY_RESOLUTIONS);

/** The points of a count history, strictly ascending by the start of their bucket (`at`). */
/* @__NO_SIDE_EFFECTS__ */
export function historyPointsOf<T extends v.GenericSchema<unknown, { at: string }>>(point: T) {
  return v.pipe(
    v.array(point),
    v.check(
      (points) => points.every((p, i) => i === 0 || Date.parse(points[i - 1]!.at) < Date.parse(p.at)),
      'history points must be in ascending order of at, one per bucket',
    ),
    v.description('Ascending by `at`, one point per bucket.'),
  );
}

/** ISO 4217 alphabetic currency code. */
export const CurrencyCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{3}$/),
  v.description('ISO 4217 currency code.'),
);
export type CurrencyCode = v.InferOutput<typeof CurrencyCodeSchema>;

/**
 * An amount of money in the currency's minor unit (ISO 4217 exponent: cents for USD, tiyn for KZT,
 * whole yen for JPY). Integers only, so no floating-point rounding ever reaches the wire.
 */
export const MoneySchema = v.object({
  amount: v.pipe(
    v.number(),
    v.safeInteger(),
    v.minValue(0),
    v.description('Amount in minor units of the currency (e.g. 1050 = 10.50 EUR).'),
  ),
  currency: CurrencyCodeSchema,
});
export type Money = v.InferOutput<typeof MoneySchema>;

/** Opaque pagination cursor: clients pass back exactly what they received. */
export const CursorSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(512));
export type Cursor = v.InferOutput<typeof CursorSchema>;

/** Page size a client may request. */
export const LimitSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(100));
export type Limit = v.InferOutput<typeof LimitSchema>;

/** Free-text search. */
export const SearchQuerySchema = v.pipe(v.string(), v.maxLength(200));

/** One page of a list. `nextCursor` is null on the last page; `total` is optional unless a resource says otherwise. */
export function pageOf<TItem extends v.GenericSchema>(item: TItem) {
  return v.object({
    items: v.array(item),
    nextCursor: v.nullable(CursorSchema),
    total: v.optional(CountSchema),
  });
}

/** A page whose `total` (all matches, not just this page) is required. */
export function countedPageOf<TItem extends v.GenericSchema>(item: TItem) {
  return v.object({
    items: v.array(item),
    nextCursor: v.nullable(CursorSchema),
    total: CountSchema,
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** A labelled outbound link. */
export const LinkSchema = v.object({
  label: plainText(1, NAME_MAX),
  url: UrlSchema,
  /** The language of `label` (a linked document's title is often not translated); absent when unknown. */
  locale: v.optional(LocaleSchema),
});
export type Link = v.InferOutput<typeof LinkSchema>;

/** A category a board or leaderboard groups content by. */
export const CategorySchema = v.object({ id: IdSchema, name: plainText(1, NAME_MAX) });
export type Category = v.InferOutput<typeof CategorySchema>;

/** The public face of a person who wrote something: a display name, never an email. */
export const PersonSchema = v.object({
  id: v.optional(IdSchema),
  displayName: plainText(1, NAME_MAX),
});
export type Person = v.InferOutput<typeof PersonSchema>;

/** A participant on a leaderboard. */
export const ParticipantSchema = v.object({
  id: IdSchema,
  displayName: plainText(1, NAME_MAX),
  avatarUrl: v.nullable(UrlSchema),
  profileUrl: v.nullable(UrlSchema),
});
export type Participant = v.InferOutput<typeof ParticipantSchema>;
