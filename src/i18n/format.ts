/**
 * Locale-aware formatting on top of `Intl`, with no Lit and no DOM: the localize controller
 * delegates here, and anything else (stories, the server's previews) may call it directly.
 */
import type { PluralForms } from './en.js';

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

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`number|${locale}|${optionsKey(options)}`, () => new Intl.NumberFormat(locale, options));
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
  const format = cached(
    `date|${locale}|${optionsKey(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
  return format.format(typeof date === 'string' ? new Date(date) : date);
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
  const format = cached(
    `relative|${locale}|${optionsKey(options)}`,
    () => new Intl.RelativeTimeFormat(locale, options),
  );
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
  const format = cached(`list|${locale}|${optionsKey(options)}`, () => new Intl.ListFormat(locale, options));
  return format.format(items);
}
