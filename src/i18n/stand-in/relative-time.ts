import type { RelativeTimeFallback, RelativeTimeUnit } from '../cldr/types.js';
import { RELATIVE_TIME_UNITS } from '../cldr/types.js';
import type { NumberFormatter } from './number.js';
import { fill } from './pattern.js';

/** What `Intl.RelativeTimeFormat` and its stand-in both offer. */
export interface RelativeTimeFormatter {
  format(value: number, unit: Intl.RelativeTimeFormatUnit): string;
}

function isRelativeTimeUnit(unit: string): unit is RelativeTimeUnit {
  return (RELATIVE_TIME_UNITS as readonly string[]).includes(unit);
}

/** Formats relative time from the language's patterns; `numbers` writes the distance. */
export function standInRelativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions | undefined,
  data: RelativeTimeFallback,
  numbers: NumberFormatter,
): RelativeTimeFormatter {
  const { numeric, style } = new Intl.RelativeTimeFormat(locale, options).resolvedOptions();
  const patterns = style === 'long' ? data.long : data.short;
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
