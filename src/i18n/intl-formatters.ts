/**
 * `Intl`'s formatters, or, for each service whose data the browser lacks (see `intl-support.ts`),
 * a stand-in built from the language's own CLDR data (`cldr/`), which arrives with the language's
 * strings (`language-packs.ts`).
 */
import type { IntlFallback } from './cldr/types.js';
import { cached, clearCache, optionsKey } from './formatter-cache.js';
import type { IntlService } from './intl-support.js';
import { intlSupport } from './intl-support.js';
import { primaryLanguage } from './locale-tags.js';
import { standInDateFormat } from './stand-in/date.js';
import type { DateFormatter } from './stand-in/date.js';
import { standInListFormat } from './stand-in/list.js';
import type { ListFormatter } from './stand-in/list.js';
import { standInNumberFormat } from './stand-in/number.js';
import type { NumberFormatter } from './stand-in/number.js';
import { standInRelativeTimeFormat } from './stand-in/relative-time.js';
import type { RelativeTimeFormatter } from './stand-in/relative-time.js';

export type { DateFormatter, ListFormatter, NumberFormatter, RelativeTimeFormatter };

/** The languages whose own CLDR data stands in where the browser's `Intl` lacks it. */
const intlFallbacks = new Map<string, IntlFallback>();

/**
 * Gives a language CLDR data to stand in where the browser's `Intl` lacks it. Formatters built
 * before it arrived are dropped, so none keeps formatting a Kazakh date in English.
 */
export function registerIntlFallback(language: string, fallback: IntlFallback): void {
  if (intlFallbacks.get(language) === fallback) return;
  intlFallbacks.set(language, fallback);
  clearCache();
}

function fallbackFor<S extends IntlService>(locale: string, service: S): IntlFallback[S] | undefined {
  const fallback = intlFallbacks.get(primaryLanguage(locale));
  return fallback === undefined || intlSupport(locale)[service] ? undefined : fallback[service];
}

/** `Intl.NumberFormat`, or its stand-in where the browser lacks the language's data. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): NumberFormatter {
  return cached(`number|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'number');
    return fallback === undefined
      ? new Intl.NumberFormat(locale, options)
      : standInNumberFormat(fallback, options);
  });
}

/** `Intl.DateTimeFormat`, or its stand-in where the browser lacks the language's data. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): DateFormatter {
  return cached(`date|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'date');
    return fallback === undefined
      ? new Intl.DateTimeFormat(locale, options)
      : standInDateFormat(locale, options, fallback);
  });
}

/** `Intl.RelativeTimeFormat`, or its stand-in where the browser lacks the language's data. */
export function relativeTimeFormat(
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
): RelativeTimeFormatter {
  return cached(`relative|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'relativeTime');
    return fallback === undefined
      ? new Intl.RelativeTimeFormat(locale, options)
      : standInRelativeTimeFormat(locale, options, fallback, numberFormat(locale));
  });
}

/** `Intl.ListFormat`, or its stand-in where the browser lacks the language's data. */
export function listFormat(locale: string, options?: Intl.ListFormatOptions): ListFormatter {
  return cached(`list|${locale}|${optionsKey(options)}`, () => {
    const fallback = fallbackFor(locale, 'list');
    return fallback === undefined
      ? new Intl.ListFormat(locale, options)
      : standInListFormat(locale, options, fallback);
  });
}
