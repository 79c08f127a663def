/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import {
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  formatPlural,
  formatRelativeTime,
  formatWait,
  interpolate,
} from '../../src/i18n/format.js';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';
import { loadLanguage } from '../../src/i18n/translations.js';

const NBSP = '\u00a0';
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('i18n/format', () => {
  // Kazakh formatting data arrives with the Kazakh strings (language-packs.test.ts checks that).
  before(() => loadLanguage('kk'));

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

  describe('waits (when to try again)', () => {
    const cases: Array<[number, string]> = [
      [0, 'in 1 minute'],
      [59, 'in 1 minute'],
      [90, 'in 2 minutes'],
      [3540, 'in 59 minutes'],
      [3541, 'in 1 hour'],
      [3600, 'in 1 hour'],
      [72_000, 'in 20 hours'],
      [47 * 3600, 'in 47 hours'],
      [47 * 3600 + 1, 'in 2 days'],
      [3 * 86_400 - 1, 'in 3 days'],
    ];
    for (const [seconds, expected] of cases) {
      it(`rounds ${seconds} s up to "${expected}"`, () => {
        expect(formatWait('en', seconds)).to.equal(expected);
      });
    }

    it('speaks the locale, with a number ("через 2 дня", not "послезавтра")', () => {
      expect(formatWait('ru', 72_000)).to.equal('через 20 часов');
      expect(formatWait('kk', 72_000)).to.equal('20 сағаттан кейін');
      expect(formatWait('ru', 2 * 86_400)).to.equal('через 2 дня');
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
});
