/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import {
  canonicalLocale,
  formatDate,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPlural,
  formatRelativeTime,
  interpolate,
  minorUnitsToDecimal,
} from '../../src/i18n/format.js';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';
import { resolveLocale } from '../../src/i18n/translations.js';

const NBSP = '\u00a0';
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What Intl itself prints for an exact decimal string: the reference the conversion must match. */
function intlCurrency(locale: string, currency: string, decimal: `${number}`): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal);
}

describe('i18n/format', () => {
  describe('plural forms', () => {
    const russian: Array<[number, string]> = [
      [1, '1 подпись'],
      [2, '2 подписи'],
      [4, '4 подписи'],
      [5, '5 подписей'],
      [11, '11 подписей'],
      [12, '12 подписей'],
      [21, '21 подпись'],
      [22, '22 подписи'],
      [25, '25 подписей'],
      [0, '0 подписей'],
      [1.5, '1,5 подписи'],
      [1000, `1${NBSP}000 подписей`],
    ];
    for (const [count, expected] of russian) {
      it(`reads "${expected}" in Russian`, () => {
        expect(formatPlural(ru.signatures, count, undefined, 'ru')).to.equal(expected);
      });
    }

    it('agrees the Russian verb with the number of days left', () => {
      expect(formatPlural(ru['time.daysLeft'], 1, undefined, 'ru')).to.equal('Остался 1 день');
      expect(formatPlural(ru['time.daysLeft'], 3, undefined, 'ru')).to.equal('Осталось 3 дня');
      expect(formatPlural(ru['time.daysLeft'], 12, undefined, 'ru')).to.equal('Осталось 12 дней');
      expect(formatPlural(ru['time.daysLeft'], 31, undefined, 'ru')).to.equal('Остался 31 день');
    });

    it('keeps the Kazakh noun singular after any number', () => {
      expect(formatPlural(kk.signatures, 1, undefined, 'kk')).to.equal('1 қолтаңба');
      expect(formatPlural(kk.signatures, 5, undefined, 'kk')).to.equal('5 қолтаңба');
      expect(formatPlural(kk.supporters, 21, undefined, 'kk')).to.equal('21 қолдаушы');
    });

    it('uses one and other in English', () => {
      expect(formatPlural(en.signatures, 1, undefined, 'en')).to.equal('1 signature');
      expect(formatPlural(en.signatures, 2, undefined, 'en')).to.equal('2 signatures');
      expect(formatPlural(en.signatures, 0, undefined, 'en')).to.equal('0 signatures');
      expect(formatPlural(en.signatures, 1234567, undefined, 'en')).to.equal('1,234,567 signatures');
    });

    it('picks forms by the rules of the language they were written in', () => {
      // English forms shown on a Russian page: 2 is "few" in Russian, which English does not have.
      expect(formatPlural(en.ideas, 2, undefined, 'ru', 'en')).to.equal('2 ideas');
      expect(formatPlural(en.ideas, 21, undefined, 'ru', 'en')).to.equal('21 ideas');
    });
  });

  describe('placeholders', () => {
    it('fills names and formats numbers for the locale', () => {
      expect(interpolate('{name} has {count} votes', { name: 'Abai Avenue', count: 12345 }, 'en')).to.equal(
        'Abai Avenue has 12,345 votes',
      );
      expect(interpolate('{count}', { count: 12345 }, 'ru')).to.equal(`12${NBSP}345`);
    });

    it('leaves an unknown placeholder visible rather than dropping it', () => {
      expect(interpolate('Hello {who}', { name: 'x' }, 'en')).to.equal('Hello {who}');
    });

    it('inserts values as text, HTML included', () => {
      expect(interpolate('{name}', { name: '<img src=x onerror=alert(1)>' }, 'en')).to.equal(
        '<img src=x onerror=alert(1)>',
      );
    });
  });

  describe('money', () => {
    it('converts minor units exactly for an amount too large for float division', () => {
      const decimal = '1234567890123.45';
      expect(formatMoney('en', { amount: 123456789012345, currency: 'KZT' })).to.equal(
        intlCurrency('en', 'KZT', decimal),
      );
      expect(formatMoney('ru-KZ', { amount: 123456789012345, currency: 'KZT' })).to.equal(
        intlCurrency('ru-KZ', 'KZT', decimal),
      );
    });

    it('accepts bigint amounts beyond the safe integer range', () => {
      expect(formatMoney('ru', { amount: 9007199254740993n, currency: 'KZT' })).to.equal(
        intlCurrency('ru', 'KZT', '90071992547409.93'),
      );
    });

    it('uses the currency’s own number of minor units', () => {
      expect(formatMoney('en', { amount: 123456, currency: 'USD' })).to.equal('$1,234.56');
      expect(formatMoney('en', { amount: 1234, currency: 'JPY' })).to.equal(
        intlCurrency('en', 'JPY', '1234'),
      );
      expect(formatMoney('en', { amount: 1234, currency: 'KWD' })).to.equal(
        intlCurrency('en', 'KWD', '1.234'),
      );
    });

    it('handles small and negative amounts', () => {
      expect(formatMoney('en', { amount: 5, currency: 'EUR' })).to.equal(intlCurrency('en', 'EUR', '0.05'));
      expect(formatMoney('en', { amount: -150, currency: 'EUR' })).to.equal(
        intlCurrency('en', 'EUR', '-1.50'),
      );
      expect(formatMoney('en', { amount: 0, currency: 'EUR' })).to.equal(intlCurrency('en', 'EUR', '0'));
    });

    it('lets the display drop the minor units without changing the scale', () => {
      expect(
        formatMoney('en', { amount: 250_000_00, currency: 'USD' }, { maximumFractionDigits: 0 }),
      ).to.equal('$250,000');
    });

    it('builds the exact decimal string', () => {
      expect(minorUnitsToDecimal(123456789012345, 2)).to.equal('1234567890123.45');
      expect(minorUnitsToDecimal(7, 3)).to.equal('0.007');
      expect(minorUnitsToDecimal(-7, 2)).to.equal('-0.07');
      expect(minorUnitsToDecimal(1234, 0)).to.equal('1234');
    });
  });

  describe('relative time', () => {
    const cases: Array<[string, number, string]> = [
      ['seconds', 30 * SECOND, 'in 30 seconds'],
      ['minutes', 45 * MINUTE, 'in 45 minutes'],
      ['hours', -3 * HOUR, '3 hours ago'],
      ['days', 12 * DAY, 'in 12 days'],
      ['months', 65 * DAY, 'in 2 months'],
    ];
    for (const [unit, offset, expected] of cases) {
      it(`counts in ${unit}: "${expected}"`, () => {
        expect(formatRelativeTime('en', NOW + offset, NOW)).to.equal(expected);
      });
    }

    it('says "tomorrow" rather than "in 1 day" by default', () => {
      expect(formatRelativeTime('en', NOW + DAY, NOW)).to.equal('tomorrow');
      expect(formatRelativeTime('en', NOW + DAY, NOW, { numeric: 'always' })).to.equal('in 1 day');
    });

    it('speaks the locale', () => {
      expect(formatRelativeTime('ru', NOW + 12 * DAY, NOW)).to.equal('через 12 дней');
      // Node 20 full-ICU (CLDR 48) output; Chromium's own Intl prints "+12 d" here.
      expect(formatRelativeTime('kk', new Date(NOW + 12 * DAY), new Date(NOW))).to.equal('12 күннен кейін');
    });
  });

  describe('numbers, percentages, dates and lists', () => {
    it('formats numbers with the locale’s separators', () => {
      expect(formatNumber('en', 1234567.5)).to.equal('1,234,567.5');
      expect(formatNumber('ru', 1234567.5)).to.equal(`1${NBSP}234${NBSP}567,5`);
    });

    it('formats a ratio as a percentage', () => {
      expect(formatPercent('en', 0.42)).to.equal('42%');
      expect(formatPercent('en', 0.4251, { maximumFractionDigits: 1 })).to.equal('42.5%');
    });

    it('formats dates, long by default', () => {
      expect(formatDate('en-GB', '2026-03-01T12:00:00Z')).to.equal('1 March 2026');
      expect(formatDate('ru', new Date(NOW))).to.equal('1 марта 2026 г.');
    });

    it('joins lists', () => {
      expect(formatList('en', ['roads', 'parks', 'schools'])).to.equal('roads, parks, and schools');
      expect(formatList('ru', ['дороги', 'парки', 'школы'])).to.equal('дороги, парки и школы');
    });
  });

  describe('locale tags', () => {
    it('canonicalizes tags and rejects invalid ones', () => {
      expect(canonicalLocale('kk-kz')).to.equal('kk-KZ');
      expect(canonicalLocale(' ru ')).to.equal('ru');
      expect(canonicalLocale('')).to.equal(undefined);
      expect(canonicalLocale('not a tag!')).to.equal(undefined);
      expect(canonicalLocale(null)).to.equal(undefined);
    });

    it('maps regional tags to their strings and keeps the region for formatting', () => {
      expect(resolveLocale('ru-RU')).to.deep.equal({ lang: 'ru-RU', language: 'ru' });
      expect(resolveLocale('kk-KZ')).to.deep.equal({ lang: 'kk-KZ', language: 'kk' });
      expect(resolveLocale('en-GB')).to.deep.equal({ lang: 'en-GB', language: 'en' });
    });

    it('falls back to English for languages without strings', () => {
      expect(resolveLocale('de-DE')).to.deep.equal({ lang: 'en', language: 'en' });
      expect(resolveLocale(undefined)).to.deep.equal({ lang: 'en', language: 'en' });
      expect(resolveLocale('???')).to.deep.equal({ lang: 'en', language: 'en' });
    });
  });
});
