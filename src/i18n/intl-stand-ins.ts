/**
 * Formatters for a language whose data the browser's `Intl` lacks, built from the language's own
 * CLDR data. They travel with that language's strings (`language-packs.ts`), so a page in English
 * or Russian downloads none of this.
 */
import type { IntlFallback } from './cldr/types.js';
import { intlSupport } from './intl-support.js';
import { standInDateFormat } from './stand-in/date.js';
import type { DateFormatter } from './stand-in/date.js';
import { standInListFormat } from './stand-in/list.js';
import type { ListFormatter } from './stand-in/list.js';
import { standInNumberFormat } from './stand-in/number.js';
import type { NumberFormatter } from './stand-in/number.js';
import { standInRelativeTimeFormat } from './stand-in/relative-time.js';
import type { RelativeTimeFormatter } from './stand-in/relative-time.js';

/** Each returns `undefined` where the browser's `Intl` has the data itself (Firefox, Safari). */
export interface IntlStandIns {
  number(locale: string, options?: Intl.NumberFormatOptions): NumberFormatter | undefined;
  date(locale: string, options: Intl.DateTimeFormatOptions): DateFormatter | undefined;
  relativeTime(
    locale: string,
    options: Intl.RelativeTimeFormatOptions | undefined,
    numbers: NumberFormatter,
  ): RelativeTimeFormatter | undefined;
  list(locale: string, options?: Intl.ListFormatOptions): ListFormatter | undefined;
}

/** Stand-ins from one language's CLDR data, each used only where the probe finds `Intl` lacking. */
export function intlStandIns(data: IntlFallback): IntlStandIns {
  return {
    number: (locale, options) =>
      intlSupport(locale).number ? undefined : standInNumberFormat(data.number, options),
    date: (locale, options) =>
      intlSupport(locale).date ? undefined : standInDateFormat(locale, options, data.date),
    relativeTime: (locale, options, numbers) =>
      intlSupport(locale).relativeTime
        ? undefined
        : standInRelativeTimeFormat(locale, options, data.relativeTime, numbers),
    list: (locale, options) =>
      intlSupport(locale).list ? undefined : standInListFormat(locale, options, data.list),
  };
}
