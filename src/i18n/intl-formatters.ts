/**
 * `Intl`'s formatters, or, for a language whose data the browser lacks (see `intl-support.ts`),
 * the stand-ins built from its own CLDR data (`intl-stand-ins.ts`), which arrive with the language's
 * strings (`language-packs.ts`).
 */
import { cached, clearCache, optionsKey } from './formatter-cache.js';
import type { IntlStandIns } from './intl-stand-ins.js';
import { primaryLanguage } from './locale-tags.js';
import type { DateFormatter } from './stand-in/date.js';
import type { ListFormatter } from './stand-in/list.js';
import type { NumberFormatter } from './stand-in/number.js';
import type { RelativeTimeFormatter } from './stand-in/relative-time.js';

export type { DateFormatter, ListFormatter, NumberFormatter, RelativeTimeFormatter };

/** The languages whose own CLDR data stands in where the browser's `Intl` lacks it. */
const standIns = new Map<string, IntlStandIns>();

/**
 * Gives a language formatters that stand in where the browser's `Intl` lacks its data. Formatters
 * built before they arrived are dropped, so none keeps formatting a Kazakh date in English.
 */
export function registerIntlStandIns(language: string, formatters: IntlStandIns): void {
  if (standIns.get(language) === formatters) return;
  standIns.set(language, formatters);
  clearCache();
}

const standInsFor = (locale: string): IntlStandIns | undefined => standIns.get(primaryLanguage(locale));

/** `Intl.NumberFormat`, or its stand-in where the browser lacks the language's data. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): NumberFormatter {
  return cached(
    `number|${locale}|${optionsKey(options)}`,
    () => standInsFor(locale)?.number(locale, options) ?? new Intl.NumberFormat(locale, options),
  );
}

/** `Intl.DateTimeFormat`, or its stand-in where the browser lacks the language's data. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): DateFormatter {
  return cached(
    `date|${locale}|${optionsKey(options)}`,
    () => standInsFor(locale)?.date(locale, options) ?? new Intl.DateTimeFormat(locale, options),
  );
}

/** `Intl.RelativeTimeFormat`, or its stand-in where the browser lacks the language's data. */
export function relativeTimeFormat(
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
): RelativeTimeFormatter {
  return cached(
    `relative|${locale}|${optionsKey(options)}`,
    () =>
      standInsFor(locale)?.relativeTime(locale, options, numberFormat(locale)) ??
      new Intl.RelativeTimeFormat(locale, options),
  );
}

/** `Intl.ListFormat`, or its stand-in where the browser lacks the language's data. */
export function listFormat(locale: string, options?: Intl.ListFormatOptions): ListFormatter {
  return cached(
    `list|${locale}|${optionsKey(options)}`,
    () => standInsFor(locale)?.list(locale, options) ?? new Intl.ListFormat(locale, options),
  );
}
