/**
 * Locale-aware formatting on top of `Intl`, with no Lit and no DOM: the localize controller
 * delegates here, and anything else (stories, the server's previews) may call it directly.
 *
 * Some browsers list a language as supported but have no data for it: Chromium and Chrome ship ICU
 * without Kazakh, so `Intl` prints root-locale output ("1,234,567.5", "2026 M11 28", "+3 d"). Each
 * built-in language is therefore probed once (`INTL_PROBES`), and where `Intl` fails the probe the
 * language's own CLDR data (`kkFormats`) takes over.
 */
import type { PluralForms } from './en.js';
import { kkFormats } from './kk.js';

export type TemplateParams = Readonly<Record<string, string | number>>;

/** An amount of money in the currency's minor units (cents, tiyn, kopecks), as the protocol sends it. */
export interface Money {
  readonly amount: number | bigint;
  /** ISO 4217 code, e.g. `KZT`. */
  readonly currency: string;
}

const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

function optionsKey(options: object | undefined): string {
  return options === undefined ? '' : JSON.stringify(options);
}

/** Fills `{name}` fields in one pass, so text inserted for one field is never read as another. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (field, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : field,
  );
}

/** The `Intl` services a browser may lack a language's data for. */
export const INTL_SERVICES = ['number', 'date', 'relativeTime', 'list'] as const;

export type IntlService = (typeof INTL_SERVICES)[number];

/** What each service prints for the probe inputs (see `measureIntlSupport`) when it has the data. */
export type IntlProbe = Readonly<Record<IntlService, string>>;

export type IntlSupport = Readonly<Record<IntlService, boolean>>;

/**
 * The expected probe output per built-in language: 12345.5; January on its own (`month: 'long'`);
 * "tomorrow" (`numeric: 'auto'`, 1 day); the list `a`, `b`. Compared ignoring case and the kind of
 * space, which differ between CLDR versions ("Қаңтар", "қаңтар").
 */
export const INTL_PROBES: { readonly [language: string]: IntlProbe | undefined } = {
  en: { number: '12,345.5', date: 'january', relativeTime: 'tomorrow', list: 'a and b' },
  ru: { number: '12\u00a0345,5', date: 'январь', relativeTime: 'завтра', list: 'a и b' },
  kk: { number: '12\u00a0345,5', date: 'қаңтар', relativeTime: 'ертең', list: 'a және b' },
};

const PROBE_INPUTS: Readonly<Record<IntlService, (locale: string) => string>> = {
  number: (locale) => new Intl.NumberFormat(locale).format(12345.5),
  date: (locale) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 0, 15)),
  relativeTime: (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day'),
  list: (locale) => new Intl.ListFormat(locale).format(['a', 'b']),
};

function probeText(text: string): string {
  return text.replace(/\s/g, ' ').toLowerCase();
}

/**
 * Which services `Intl` really has `locale`'s data for, judged against `probe`. Asking
 * `supportedLocalesOf` is not enough: Chromium answers `['kk']`, then formats with root data.
 */
export function measureIntlSupport(locale: string, probe: IntlProbe): IntlSupport {
  const support = {} as Record<IntlService, boolean>;
  for (const service of INTL_SERVICES) {
    let output = '';
    try {
      output = PROBE_INPUTS[service](locale);
    } catch {
      // An engine without the service at all has no data for it either.
    }
    support[service] = probeText(output) === probeText(probe[service]);
  }
  return support;
}

const FULL_SUPPORT: IntlSupport = { number: true, date: true, relativeTime: true, list: true };
const supportByLanguage = new Map<string, IntlSupport>();

/** `measureIntlSupport` for the language of `locale`, measured once; languages without a probe are trusted. */
export function intlSupport(locale: string): IntlSupport {
  const language = primaryLanguage(locale);
  let support = supportByLanguage.get(language);
  if (support === undefined) {
    const probe = INTL_PROBES[language];
    support = probe === undefined ? FULL_SUPPORT : measureIntlSupport(language, probe);
    supportByLanguage.set(language, support);
  }
  return support;
}

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

const INTL_FALLBACKS: { readonly [language: string]: IntlFallback | undefined } = { kk: kkFormats };

function fallbackFor<S extends IntlService>(locale: string, service: S): IntlFallback[S] | undefined {
  const fallback = INTL_FALLBACKS[primaryLanguage(locale)];
  return fallback === undefined || intlSupport(locale)[service] ? undefined : fallback[service];
}

/** `Intl.NumberFormat`, or its stand-in where the browser lacks the language's data. */
export interface NumberFormatter {
  format(value: number | bigint | Intl.StringNumericLiteral): string;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): NumberFormatter {
  return cached(`number|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'number');
    return fallback === undefined
      ? new Intl.NumberFormat(locale, options)
      : standInNumberFormat(fallback, options);
  });
}

function standInNumberFormat(fallback: NumberFallback, options?: Intl.NumberFormatOptions): NumberFormatter {
  // Words would come out in the stand-in's language: currency names become codes, long forms short.
  const adjusted: Intl.NumberFormatOptions = { ...options };
  if (adjusted.currencyDisplay === 'name') adjusted.currencyDisplay = 'code';
  if (adjusted.compactDisplay === 'long') adjusted.compactDisplay = 'short';
  if (adjusted.unitDisplay === 'long') adjusted.unitDisplay = 'short';
  const format = new Intl.NumberFormat(fallback.locale, adjusted);
  const isPercentSpace = (parts: Intl.NumberFormatPart[], index: number): boolean =>
    !fallback.percentSpace &&
    parts[index]!.type === 'literal' &&
    /^\s+$/.test(parts[index]!.value) &&
    (parts[index - 1]?.type === 'percentSign' || parts[index + 1]?.type === 'percentSign');
  return {
    format(value) {
      const parts = format.formatToParts(value);
      return parts
        .map((part, index) => {
          if (isPercentSpace(parts, index)) return '';
          if ((part.type === 'compact' || part.type === 'nan') && Object.hasOwn(fallback.words, part.value)) {
            return fallback.words[part.value]!;
          }
          return part.value;
        })
        .join('');
    },
  };
}

/** `Intl.DateTimeFormat`, or its stand-in where the browser lacks the language's data. */
export interface DateFormatter {
  format(date?: Date | number): string;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): DateFormatter {
  return cached(`date|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'date');
    return fallback === undefined
      ? new Intl.DateTimeFormat(locale, options)
      : standInDateFormat(locale, options, fallback);
  });
}

const TIME_FIELDS = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'] as const;

function hasTimeFields(options: Intl.DateTimeFormatOptions): boolean {
  return TIME_FIELDS.some((field) => options[field] !== undefined);
}

function isDateSkeleton(skeleton: string): skeleton is DateSkeleton {
  return (DATE_SKELETONS as readonly string[]).includes(skeleton);
}

/** The pattern of the date part, or `undefined` when the options ask for a time only. */
function datePattern(options: Intl.DateTimeFormatOptions, data: DateFallback): string | undefined {
  if (options.dateStyle !== undefined) return data.dateStyles[options.dateStyle];
  if (options.timeStyle !== undefined) return undefined;
  const { year, month, day, weekday } = options;
  if (year === undefined && month === undefined && day === undefined && weekday === undefined) {
    // Intl's default when nothing is asked for: the numeric date.
    return hasTimeFields(options) ? undefined : data.skeletons.yMd;
  }
  const monthLetters =
    month === undefined
      ? ''
      : month === 'long'
        ? 'MMMM'
        : month === 'numeric' || month === '2-digit'
          ? 'M'
          : 'MMM';
  const skeleton = `${year === undefined ? '' : 'y'}${monthLetters}${day === undefined ? '' : 'd'}`;
  const weekdayField = weekday === 'long' ? '{EEEE}' : '{EEE}';
  if (skeleton === '') return weekdayField;
  // A combination CLDR has no pattern for (year and day) reads best as the full numeric date.
  const pattern = isDateSkeleton(skeleton) ? data.skeletons[skeleton] : data.skeletons.yMd;
  return weekday === undefined ? pattern : fill(data.withWeekday, { date: pattern, weekday: weekdayField });
}

/**
 * Options for the time part. Times keep the language's own tag: root data has no words and prints
 * 24-hour `HH:mm`, as CLDR kk does; only time zone names would be English, so they stay short.
 */
function timeOptions(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions | undefined {
  const { timeZone, hour12, hourCycle } = options;
  if (options.timeStyle !== undefined) {
    return {
      timeStyle: options.timeStyle === 'full' ? 'long' : options.timeStyle,
      timeZone,
      hour12,
      hourCycle,
    };
  }
  if (!hasTimeFields(options)) return undefined;
  const { hour, minute, second, fractionalSecondDigits, dayPeriod, timeZoneName } = options;
  return {
    hour,
    minute,
    second,
    fractionalSecondDigits,
    dayPeriod,
    hour12,
    hourCycle,
    timeZone,
    timeZoneName:
      timeZoneName === 'long' || timeZoneName === 'longGeneric' || timeZoneName === 'shortGeneric'
        ? 'short'
        : timeZoneName,
  };
}

function twoDigits(value: number): string {
  return String(value % 100).padStart(2, '0');
}

function standInDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  data: DateFallback,
): DateFormatter {
  // Rejects the options Intl rejects, and resolves the time zone the date is shown in.
  const { timeZone } = new Intl.DateTimeFormat(locale, options).resolvedOptions();
  const numeric = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const pattern = datePattern(options, data);
  const time = timeOptions(options);
  const timeFormat = time === undefined ? undefined : new Intl.DateTimeFormat(locale, time);
  return {
    format(date = Date.now()) {
      const timeText = timeFormat?.format(date);
      if (pattern === undefined) return timeText ?? '';
      const parts = numeric.formatToParts(date);
      const field = (type: Intl.DateTimeFormatPartTypes): number =>
        Number(parts.find((part) => part.type === type)?.value);
      const [year, month, day] = [field('year'), field('month'), field('day')];
      const calendarDay = new Date(0);
      calendarDay.setUTCFullYear(year, month - 1, day);
      const weekday = calendarDay.getUTCDay();
      const dateText = fill(pattern, {
        y: options.year === '2-digit' ? twoDigits(year) : String(year),
        yy: twoDigits(year),
        M: options.month === '2-digit' ? twoDigits(month) : String(month),
        MM: twoDigits(month),
        MMM: data.months.short[month - 1]!,
        MMMM: data.months.long[month - 1]!,
        LLL: data.standaloneMonths.short[month - 1]!,
        LLLL: data.standaloneMonths.long[month - 1]!,
        d: options.day === '2-digit' ? twoDigits(day) : String(day),
        dd: twoDigits(day),
        EEE: data.weekdays.short[weekday]!,
        EEEE: data.weekdays.long[weekday]!,
      });
      return timeText === undefined ? dateText : fill(data.dateTime, { date: dateText, time: timeText });
    },
  };
}

/** `Intl.RelativeTimeFormat`, or its stand-in where the browser lacks the language's data. */
export interface RelativeTimeFormatter {
  format(value: number, unit: Intl.RelativeTimeFormatUnit): string;
}

export function relativeTimeFormat(
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
): RelativeTimeFormatter {
  return cached(`relative|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'relativeTime');
    return fallback === undefined
      ? new Intl.RelativeTimeFormat(locale, options)
      : standInRelativeTimeFormat(locale, options, fallback);
  });
}

function isRelativeTimeUnit(unit: string): unit is RelativeTimeUnit {
  return (RELATIVE_TIME_UNITS as readonly string[]).includes(unit);
}

function standInRelativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions | undefined,
  data: RelativeTimeFallback,
): RelativeTimeFormatter {
  const { numeric, style } = new Intl.RelativeTimeFormat(locale, options).resolvedOptions();
  const patterns = style === 'long' ? data.long : data.short;
  const numbers = numberFormat(locale);
  return {
    format(value, unitOrPlural) {
      const unit = unitOrPlural.endsWith('s') ? unitOrPlural.slice(0, -1) : unitOrPlural;
      if (!isRelativeTimeUnit(unit)) throw new RangeError(`Invalid unit argument: ${unitOrPlural}`);
      if (!Number.isFinite(value)) throw new RangeError(`Invalid value: ${value}`);
      const words = patterns.words[unit];
      // String(-0) is "0": "today" for a distance that rounded to zero from below.
      if (numeric === 'auto' && words !== undefined && Object.hasOwn(words, String(value))) {
        return words[String(value)]!;
      }
      const { past, future } = patterns.units[unit];
      return fill(value < 0 || Object.is(value, -0) ? past : future, { 0: numbers.format(Math.abs(value)) });
    },
  };
}

/** `Intl.ListFormat`, or its stand-in where the browser lacks the language's data. */
export interface ListFormatter {
  format(items: Iterable<string>): string;
}

export function listFormat(locale: string, options?: Intl.ListFormatOptions): ListFormatter {
  return cached(`list|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'list');
    return fallback === undefined
      ? new Intl.ListFormat(locale, options)
      : standInListFormat(locale, options, fallback);
  });
}

function standInListFormat(
  locale: string,
  options: Intl.ListFormatOptions | undefined,
  data: ListFallback,
): ListFormatter {
  const { type } = new Intl.ListFormat(locale, options).resolvedOptions();
  const patterns = data[type];
  return {
    format(items) {
      const list = [...items];
      const last = list.length - 1;
      if (last < 1) return list[0] ?? '';
      if (last === 1) return fill(patterns.pair, { 0: list[0]!, 1: list[1]! });
      let text = fill(patterns.end, { 0: list[last - 1]!, 1: list[last]! });
      for (let index = last - 2; index > 0; index -= 1) {
        text = fill(patterns.middle, { 0: list[index]!, 1: text });
      }
      return fill(patterns.start, { 0: list[0]!, 1: text });
    },
  };
}

function pluralRules(locale: string): Intl.PluralRules {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale));
}

/** The canonical form of a BCP 47 tag (`kk-kz` → `kk-KZ`), or `undefined` when it is empty or invalid. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

/** The language subtag of a tag, lower case: `ru-RU` → `ru`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** Replaces `{name}` placeholders; numbers are formatted for the locale, unknown names stay visible. */
export function interpolate(template: string, params: TemplateParams | undefined, locale: string): string {
  if (params === undefined) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/**
 * Picks the plural form for `count`. `rulesLocale` is the language the forms were written in, which
 * differs from the display locale when a missing Russian string falls back to English.
 */
export function selectPlural(forms: PluralForms, count: number, rulesLocale: string): string {
  const category = pluralRules(rulesLocale).select(count);
  return forms[category] ?? forms.other;
}

export function formatPlural(
  forms: PluralForms,
  count: number,
  params: TemplateParams | undefined,
  locale: string,
  rulesLocale: string = locale,
): string {
  return interpolate(selectPlural(forms, count, rulesLocale), { ...params, count }, locale);
}

export function formatNumber(
  locale: string,
  value: number | bigint,
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormat(locale, options).format(value);
}

/** Formats a ratio as a percentage: `0.42` → `42%`. */
export function formatPercent(locale: string, ratio: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, { maximumFractionDigits: 0, ...options, style: 'percent' }).format(ratio);
}

export function formatDate(
  locale: string,
  date: Date | number | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return dateTimeFormat(locale, options).format(typeof date === 'string' ? new Date(date) : date);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.436875 * DAY;

/**
 * "in 12 days", "3 hours ago": the largest unit, from seconds up to months, in which the distance
 * is at least one. Building the sentence around it ("Closes in 12 days") is the widget's job.
 */
export function formatRelativeTime(
  locale: string,
  date: Date | number | string,
  now: Date | number = Date.now(),
  options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' },
): string {
  const diff = new Date(date).getTime() - new Date(now).getTime();
  const format = relativeTimeFormat(locale, options);
  const abs = Math.abs(diff);
  if (abs < MINUTE) return format.format(Math.round(diff / SECOND), 'second');
  if (abs < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return format.format(Math.round(diff / HOUR), 'hour');
  if (abs < MONTH) return format.format(Math.round(diff / DAY), 'day');
  return format.format(Math.round(diff / MONTH), 'month');
}

/** How many minor units the currency has (2 for KZT and EUR, 0 for JPY, 3 for KWD), per CLDR. */
export function currencyDigits(currency: string): number {
  return cached(
    `digits|${currency}`,
    () =>
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2,
  );
}

/**
 * The exact decimal string of an amount in minor units, built with integer and string arithmetic
 * so that large amounts lose nothing to floating point: `(123456789012345n, 2)` → `1234567890123.45`.
 */
export function minorUnitsToDecimal(amount: number | bigint, digits: number): `${number}` {
  const units = typeof amount === 'bigint' ? amount : BigInt(Math.round(amount));
  const negative = units < 0n;
  const digitsText = (negative ? -units : units).toString();
  if (digits === 0) return `${negative ? '-' : ''}${digitsText}` as `${number}`;
  const padded = digitsText.padStart(digits + 1, '0');
  const whole = padded.slice(0, -digits);
  const fraction = padded.slice(-digits);
  return `${negative ? '-' : ''}${whole}.${fraction}` as `${number}`;
}

/**
 * Formats money given in minor units. `options` may change the display (for example
 * `{ maximumFractionDigits: 0 }` for a funding goal); the minor-unit scale always comes from the
 * currency itself.
 */
export function formatMoney(locale: string, money: Money, options?: Intl.NumberFormatOptions): string {
  const { amount, currency } = money;
  if (typeof amount === 'number' && !Number.isFinite(amount)) {
    return formatNumber(locale, amount, { ...options, style: 'currency', currency });
  }
  const decimal = minorUnitsToDecimal(amount, currencyDigits(currency));
  return numberFormat(locale, { ...options, style: 'currency', currency }).format(decimal);
}

export function formatList(
  locale: string,
  items: Iterable<string>,
  options: Intl.ListFormatOptions = { type: 'conjunction' },
): string {
  return listFormat(locale, options).format(items);
}
