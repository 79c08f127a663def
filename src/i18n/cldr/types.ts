/** The shape of a language's own CLDR data, which the stand-in formatters read where `Intl` lacks it. */

/** Number formatting through a locale with the same symbols, as `Intl` lacks the language's own. */
export interface NumberFallback {
  /** A locale with the same symbols, grouping and currency placement (kk: `ru-KZ`). */
  readonly locale: string;
  /** Whether a space separates the number from `%` (CLDR kk `42%`, ru `42 %`). */
  readonly percentSpace: boolean;
  /** The stand-in locale's words (compact units, "not a number") → the language's own. */
  readonly words: Readonly<Record<string, string>>;
}

interface NameWidths {
  readonly long: readonly string[];
  readonly short: readonly string[];
}

/** CLDR skeletons of the component options `dateTimeFormat` assembles itself (`yMMMMd`: 28 November 2026). */
export const DATE_SKELETONS = [
  'y',
  'yM',
  'yMd',
  'M',
  'Md',
  'd',
  'yMMM',
  'yMMMd',
  'MMM',
  'MMMd',
  'yMMMM',
  'yMMMMd',
  'MMMM',
  'MMMMd',
] as const;

export type DateSkeleton = (typeof DATE_SKELETONS)[number];

/**
 * A language's Gregorian calendar data. Pattern fields: `{y}` `{yy}` year, `{M}` `{MM}` month
 * number, `{MMM}` `{MMMM}` month name within a date, `{LLL}` `{LLLL}` month name on its own,
 * `{d}` `{dd}` day, `{EEE}` `{EEEE}` weekday. `{y}`, `{M}` and `{d}` follow the `2-digit` options;
 * `{yy}`, `{MM}` and `{dd}` always have two digits.
 */
export interface DateFallback {
  /** Month names within a date ("28 қараша"), January first. */
  readonly months: NameWidths;
  /** Month names on their own ("Қараша"), January first. */
  readonly standaloneMonths: NameWidths;
  /** Sunday first. */
  readonly weekdays: NameWidths;
  readonly dateStyles: Readonly<Record<NonNullable<Intl.DateTimeFormatOptions['dateStyle']>, string>>;
  readonly skeletons: Readonly<Record<DateSkeleton, string>>;
  /** Adds a weekday to a date: `{date}`, `{weekday}`. */
  readonly withWeekday: string;
  /** Joins a date and a time: `{date}`, `{time}`. */
  readonly dateTime: string;
}

export const RELATIVE_TIME_UNITS = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
] as const;

export type RelativeTimeUnit = (typeof RELATIVE_TIME_UNITS)[number];

interface RelativeTimeStyle {
  /** `{0}` is the distance, without sign. */
  readonly units: Readonly<Record<RelativeTimeUnit, { readonly past: string; readonly future: string }>>;
  /** Words for `numeric: 'auto'` by signed distance: `day` → `{ '1': 'tomorrow' }`. */
  readonly words: Readonly<Partial<Record<RelativeTimeUnit, Readonly<Record<string, string>>>>>;
}

/** Relative time patterns; `short` also serves `narrow`. */
export interface RelativeTimeFallback {
  readonly long: RelativeTimeStyle;
  readonly short: RelativeTimeStyle;
}

/** CLDR list patterns: `{0}` and `{1}` are an item and the rest of the list. */
interface ListPatterns {
  readonly pair: string;
  readonly start: string;
  readonly middle: string;
  readonly end: string;
}

/** List patterns by `type`; Kazakh, like most languages, uses the same ones for every `style`. */
export type ListFallback = Readonly<Record<NonNullable<Intl.ListFormatOptions['type']>, ListPatterns>>;

/** A language's own CLDR data, used for each service whose data `Intl` lacks. */
export interface IntlFallback {
  readonly number: NumberFallback;
  readonly date: DateFallback;
  readonly relativeTime: RelativeTimeFallback;
  readonly list: ListFallback;
}
