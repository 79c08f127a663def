/**
 * Locale-aware formatting on top of `Intl`, with no Lit and no DOM: the localize controller
 * delegates here, and anything else (stories, the server's previews) may call it directly. Where the
 * browser's `Intl` lacks a language's data, the formatters come from `intl-formatters.ts`.
 */
import { cached } from './formatter-cache.js';
import { dateTimeFormat, listFormat, numberFormat, relativeTimeFormat } from './intl-formatters.js';
import type { PluralForms } from './messages.js';

export type TemplateParams = Readonly<Record<string, string | number>>;

function pluralRules(locale: string): Intl.PluralRules {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale));
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

/**
 * "in 20 hours": when a wait of `seconds` is over, rounded up so the time named is never too early:
 * minutes under an hour, hours under two days, else days.
 */
export function formatWait(locale: string, seconds: number): string {
  const format = relativeTimeFormat(locale, { numeric: 'always' });
  const ms = Math.max(0, seconds) * SECOND;
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.ceil(ms / HOUR);
  if (hours < 48) return format.format(hours, 'hour');
  return format.format(Math.ceil(ms / DAY), 'day');
}

export function formatList(
  locale: string,
  items: Iterable<string>,
  options: Intl.ListFormatOptions = { type: 'conjunction' },
): string {
  return listFormat(locale, options).format(items);
}
