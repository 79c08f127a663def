/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  formatPlural,
  formatRelativeTime,
} from '../../src/i18n/format.js';
import { dateTimeFormat, listFormat, relativeTimeFormat } from '../../src/i18n/intl-formatters.js';
import { INTL_SERVICES, intlSupport } from '../../src/i18n/intl-support.js';
import { kk } from '../../src/i18n/kk.js';
import { formatMoney } from '../../src/i18n/money.js';
import { loadLanguage } from '../../src/i18n/translations.js';

/*
 * Every expected string below is Node 20's output (full ICU 78.2, CLDR 48) for the locale `kk`,
 * copied verbatim, e.g. `new Intl.NumberFormat('kk', { style: 'currency', currency: 'KZT' })
 * .format(1234.5)`. Chromium has no Kazakh data, so in it these come from the fallback.
 */
const NBSP = '\u00a0';
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Saturday 28 November 2026, noon UTC (17:00 in Almaty). */
const NOV_28 = Date.UTC(2026, 10, 28, 12);
/** Sunday 1 March 2026, 21:05 UTC: already Monday 2 March in Almaty (UTC+5). */
const MAR_1_EVENING = Date.UTC(2026, 2, 1, 21, 5);

const ALL_SUPPORTED = { number: true, date: true, relativeTime: true, list: true } as const;

describe('i18n/format in Kazakh', () => {
  // Kazakh formatting data arrives with the Kazakh strings (language-packs.test.ts checks that).
  before(() => loadLanguage('kk'));

  describe('probing Intl for real data', () => {
    it('detects that this Chromium formats Kazakh with root data, so the tests below run the fallback', () => {
      // Chromium prints "12,345.5", "M01", "tomorrow" and "a, b" for kk.
      for (const service of INTL_SERVICES) expect(intlSupport('kk-KZ')[service], service).to.equal(false);
      expect(intlSupport('ru')).to.deep.equal(ALL_SUPPORTED);
    });
  });

  describe('numbers', () => {
    const cases: Array<[number, Intl.NumberFormatOptions | undefined, string]> = [
      [1234567.5, undefined, `1${NBSP}234${NBSP}567,5`],
      [-1234.5, undefined, `-1${NBSP}234,5`],
      [1234, undefined, `1${NBSP}234`],
      [0.5, undefined, '0,5'],
      [NaN, undefined, `сан${NBSP}емес`],
      [1500, { notation: 'compact' }, `1,5${NBSP}мың`],
      [1500000, { notation: 'compact' }, `1,5${NBSP}млн`],
    ];
    for (const [value, options, expected] of cases) {
      it(`formats ${value} ${JSON.stringify(options ?? {})} as "${expected}"`, () => {
        expect(formatNumber('kk', value, options)).to.equal(expected);
        expect(formatNumber('kk-KZ', value, options)).to.equal(expected);
      });
    }

    it('fills {count} with Kazakh separators', () => {
      expect(formatPlural(kk.signatures, 12345, undefined, 'kk')).to.equal(`12${NBSP}345 қолтаңба`);
    });
  });

  describe('percentages', () => {
    const cases: Array<[number, Intl.NumberFormatOptions | undefined, string]> = [
      [0.42, undefined, '42%'],
      [-0.42, undefined, '-42%'],
      [0.4251, { maximumFractionDigits: 1 }, '42,5%'],
      [0.42, { signDisplay: 'always' }, '+42%'],
      [12.345, undefined, `1${NBSP}235%`],
    ];
    for (const [ratio, options, expected] of cases) {
      it(`formats ${ratio} ${JSON.stringify(options ?? {})} as "${expected}", with no space before %`, () => {
        expect(formatPercent('kk', ratio, options)).to.equal(expected);
      });
    }
  });

  describe('money', () => {
    const cases: Array<[currency: string, minorUnits: number, expected: string]> = [
      ['KZT', 123450, `1${NBSP}234,50${NBSP}₸`],
      ['KZT', -123450, `-1${NBSP}234,50${NBSP}₸`],
      ['RUB', 123450, `1${NBSP}234,50${NBSP}₽`],
      ['RUB', -123450, `-1${NBSP}234,50${NBSP}₽`],
      ['EUR', 123450, `1${NBSP}234,50${NBSP}€`],
      ['EUR', -123450, `-1${NBSP}234,50${NBSP}€`],
      ['USD', 123450, `1${NBSP}234,50${NBSP}$`],
      ['USD', -123450, `-1${NBSP}234,50${NBSP}$`],
    ];
    for (const [currency, amount, expected] of cases) {
      it(`formats ${amount} minor units of ${currency} as "${expected}"`, () => {
        expect(formatMoney('kk-KZ', { amount, currency })).to.equal(expected);
      });
    }

    it('keeps every digit of a large amount', () => {
      expect(formatMoney('kk', { amount: 123456789012345n, currency: 'KZT' })).to.equal(
        `1${NBSP}234${NBSP}567${NBSP}890${NBSP}123,45${NBSP}₸`,
      );
    });

    it('honours display options', () => {
      expect(
        formatMoney('kk', { amount: 250_000_00, currency: 'KZT' }, { maximumFractionDigits: 0 }),
      ).to.equal(`250${NBSP}000${NBSP}₸`);
      expect(formatMoney('kk', { amount: 1_500_000_00, currency: 'KZT' }, { notation: 'compact' })).to.equal(
        `1,5${NBSP}млн${NBSP}₸`,
      );
      expect(formatMoney('kk', { amount: 123450, currency: 'KZT' }, { currencyDisplay: 'code' })).to.equal(
        `1${NBSP}234,50${NBSP}KZT`,
      );
    });

    it('writes the currency code rather than a currency name in another language', () => {
      expect(formatMoney('kk', { amount: 123450, currency: 'KZT' }, { currencyDisplay: 'name' })).to.equal(
        `1${NBSP}234,50${NBSP}KZT`,
      );
    });
  });

  describe('dates', () => {
    const cases: Array<[date: number, options: Intl.DateTimeFormatOptions, expected: string]> = [
      [NOV_28, { dateStyle: 'long', timeZone: 'UTC' }, '2026 ж. 28 қараша'],
      [NOV_28, { dateStyle: 'medium', timeZone: 'UTC' }, '2026 ж. 28 қар.'],
      [NOV_28, { dateStyle: 'full', timeZone: 'UTC' }, '2026 ж. 28 қараша, сенбі'],
      [NOV_28, { dateStyle: 'short', timeZone: 'UTC' }, '28.11.26'],
      [NOV_28, { timeZone: 'UTC' }, '28.11.2026'],
      [NOV_28, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }, '2026 ж. 28 қараша'],
      [NOV_28, { month: 'long', day: 'numeric', timeZone: 'UTC' }, '28 қараша'],
      [NOV_28, { year: 'numeric', month: 'long', timeZone: 'UTC' }, '2026 ж. қараша'],
      [NOV_28, { month: 'long', timeZone: 'UTC' }, 'Қараша'],
      [NOV_28, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }, '2026 ж. 28 қар.'],
      [NOV_28, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }, '28.11'],
      [NOV_28, { weekday: 'long', timeZone: 'UTC' }, 'сенбі'],
      [NOV_28, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }, '2026 ж. 28 қараша, 12:00'],
      [
        NOV_28,
        { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Almaty' },
        '2026 ж. 28 қараша, 17:00',
      ],
      [NOV_28, { timeStyle: 'short', timeZone: 'Asia/Almaty' }, '17:00'],
      [MAR_1_EVENING, { dateStyle: 'long', timeZone: 'UTC' }, '2026 ж. 1 наурыз'],
      [MAR_1_EVENING, { dateStyle: 'medium', timeZone: 'UTC' }, '2026 ж. 01 нау.'],
      [MAR_1_EVENING, { dateStyle: 'full', timeZone: 'UTC' }, '2026 ж. 1 наурыз, жексенбі'],
      [MAR_1_EVENING, { dateStyle: 'short', timeZone: 'UTC' }, '01.03.26'],
      [MAR_1_EVENING, { timeZone: 'UTC' }, '01.03.2026'],
      [MAR_1_EVENING, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }, '01.03'],
      [MAR_1_EVENING, { month: 'long', timeZone: 'UTC' }, 'Наурыз'],
      [MAR_1_EVENING, { dateStyle: 'long', timeZone: 'Asia/Almaty' }, '2026 ж. 2 наурыз'],
      [MAR_1_EVENING, { dateStyle: 'medium', timeZone: 'Asia/Almaty' }, '2026 ж. 02 нау.'],
      [MAR_1_EVENING, { dateStyle: 'full', timeZone: 'Asia/Almaty' }, '2026 ж. 2 наурыз, дүйсенбі'],
      [MAR_1_EVENING, { timeZone: 'Asia/Almaty' }, '02.03.2026'],
      [
        MAR_1_EVENING,
        {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'UTC',
        },
        '01.03.2026, 21:05',
      ],
      [
        MAR_1_EVENING,
        { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Almaty' },
        '2026 ж. 2 наурыз, 02:05',
      ],
    ];
    for (const [date, options, expected] of cases) {
      it(`formats ${new Date(date).toISOString()} ${JSON.stringify(options)} as "${expected}"`, () => {
        expect(formatDate('kk', date, options)).to.equal(expected);
      });
    }

    it('names all twelve months as a long date does', () => {
      const months = Array.from({ length: 12 }, (_, month) =>
        formatDate('kk', Date.UTC(2020, month, 15), { month: 'long', day: 'numeric', timeZone: 'UTC' }),
      );
      expect(months).to.deep.equal([
        '15 қаңтар',
        '15 ақпан',
        '15 наурыз',
        '15 сәуір',
        '15 мамыр',
        '15 маусым',
        '15 шілде',
        '15 тамыз',
        '15 қыркүйек',
        '15 қазан',
        '15 қараша',
        '15 желтоқсан',
      ]);
    });

    it('accepts ISO strings and rejects invalid dates and options like Intl', () => {
      expect(formatDate('kk-KZ', '2026-11-28T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
        '2026 ж. 28 қараша',
      );
      expect(() => formatDate('kk', 'not a date', { timeZone: 'UTC' })).to.throw(RangeError);
      expect(() => dateTimeFormat('kk', { dateStyle: 'long', year: 'numeric' })).to.throw(TypeError);
    });
  });

  describe('relative time', () => {
    const cases: Array<
      [numeric: 'always' | 'auto', unit: Intl.RelativeTimeFormatUnit, value: number, string]
    > = [
      ['always', 'second', -3, '3 секунд бұрын'],
      ['always', 'second', 3, '3 секундтан кейін'],
      ['always', 'minute', -3, '3 минут бұрын'],
      ['always', 'minute', 3, '3 минуттан кейін'],
      ['always', 'hour', -3, '3 сағат бұрын'],
      ['always', 'hour', 3, '3 сағаттан кейін'],
      ['always', 'day', -3, '3 күн бұрын'],
      ['always', 'day', -1, '1 күн бұрын'],
      ['always', 'day', 0, '0 күннен кейін'],
      ['always', 'day', 1, '1 күннен кейін'],
      ['always', 'day', 3, '3 күннен кейін'],
      ['always', 'week', -3, '3 апта бұрын'],
      ['always', 'week', 3, '3 аптадан кейін'],
      ['always', 'month', -3, '3 ай бұрын'],
      ['always', 'month', 3, '3 айдан кейін'],
      ['always', 'quarter', 3, '3 тоқсаннан кейін'],
      ['always', 'year', -3, '3 жыл бұрын'],
      ['always', 'year', 3, '3 жылдан кейін'],
      ['auto', 'second', 0, 'қазір'],
      ['auto', 'minute', 0, 'осы минут'],
      ['auto', 'hour', 0, 'осы сағат'],
      ['auto', 'day', -1, 'кеше'],
      ['auto', 'day', 0, 'бүгін'],
      ['auto', 'day', 1, 'ертең'],
      ['auto', 'day', 3, '3 күннен кейін'],
      ['auto', 'week', -1, 'өткен апта'],
      ['auto', 'week', 0, 'осы апта'],
      ['auto', 'week', 1, 'келесі апта'],
      ['auto', 'month', -1, 'өткен ай'],
      ['auto', 'month', 0, 'осы ай'],
      ['auto', 'month', 1, 'келесі ай'],
      ['auto', 'quarter', -1, 'өткен тоқсан'],
      ['auto', 'year', -1, 'былтырғы жыл'],
      ['auto', 'year', 0, 'биылғы жыл'],
      ['auto', 'year', 1, 'келесі жыл'],
      ['auto', 'year', -3, '3 жыл бұрын'],
    ];
    for (const [numeric, unit, value, expected] of cases) {
      it(`formats ${value} ${unit} (numeric: ${numeric}) as "${expected}"`, () => {
        expect(relativeTimeFormat('kk', { numeric }).format(value, unit)).to.equal(expected);
      });
    }

    it('groups large distances, accepts plural units and has short forms', () => {
      expect(relativeTimeFormat('kk').format(1234, 'days')).to.equal(`1${NBSP}234 күннен кейін`);
      expect(relativeTimeFormat('kk', { style: 'short' }).format(-3, 'hour')).to.equal('3 сағ. бұрын');
      expect(relativeTimeFormat('kk', { style: 'narrow', numeric: 'auto' }).format(-2, 'day')).to.equal(
        'алдыңғы күні',
      );
      expect(relativeTimeFormat('kk', { numeric: 'auto' }).format(-2, 'day')).to.equal('алдыңгүні');
      expect(() => relativeTimeFormat('kk').format(1, 'fortnight' as Intl.RelativeTimeFormatUnit)).to.throw(
        RangeError,
      );
    });

    it('picks the unit and says the day in words', () => {
      expect(formatRelativeTime('kk', NOW + 30 * SECOND, NOW)).to.equal('30 секундтан кейін');
      expect(formatRelativeTime('kk', NOW - 45 * MINUTE, NOW)).to.equal('45 минут бұрын');
      expect(formatRelativeTime('kk', NOW + 3 * HOUR, NOW)).to.equal('3 сағаттан кейін');
      expect(formatRelativeTime('kk-KZ', NOW + 12 * DAY, NOW)).to.equal('12 күннен кейін');
      expect(formatRelativeTime('kk', NOW - 3 * DAY, NOW)).to.equal('3 күн бұрын');
      expect(formatRelativeTime('kk', NOW + 65 * DAY, NOW)).to.equal('2 айдан кейін');
      expect(formatRelativeTime('kk', NOW + DAY, NOW)).to.equal('ертең');
      expect(formatRelativeTime('kk', NOW - DAY, NOW)).to.equal('кеше');
      expect(formatRelativeTime('kk', NOW - 200, NOW)).to.equal('қазір');
      expect(formatRelativeTime('kk', NOW + DAY, NOW, { numeric: 'always' })).to.equal('1 күннен кейін');
    });
  });

  describe('lists', () => {
    const cases: Array<[type: Intl.ListFormatOptions['type'], items: string[], expected: string]> = [
      ['conjunction', [], ''],
      ['conjunction', ['жолдар'], 'жолдар'],
      ['conjunction', ['жолдар', 'саябақтар'], 'жолдар және саябақтар'],
      ['conjunction', ['a', 'b', 'c'], 'a, b, c'],
      ['conjunction', ['a', 'b', 'c', 'd'], 'a, b, c, d'],
      ['disjunction', ['a', 'b'], 'a не b'],
      ['disjunction', ['a', 'b', 'c'], 'a, b, не болмаса c'],
      ['disjunction', ['a', 'b', 'c', 'd'], 'a, b, c, не болмаса d'],
      ['unit', ['a', 'b', 'c'], 'a b c'],
    ];
    for (const [type, items, expected] of cases) {
      it(`joins ${JSON.stringify(items)} (${type}) as "${expected}"`, () => {
        expect(formatList('kk', items, { type })).to.equal(expected);
      });
    }

    it('takes any iterable and inserts items as text', () => {
      expect(listFormat('kk').format(new Set(['{1}', '{0}']))).to.equal('{1} және {0}');
    });
  });
});
