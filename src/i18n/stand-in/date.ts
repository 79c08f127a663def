import type { DateFallback, DateSkeleton } from '../cldr/types.js';
import { DATE_SKELETONS } from '../cldr/types.js';
import { fill } from './pattern.js';

/** What `Intl.DateTimeFormat` and its stand-in both offer. */
export interface DateFormatter {
  format(date?: Date | number): string;
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

/** Formats dates from the language's calendar data; times keep `Intl` with the language's own tag. */
export function standInDateFormat(
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
