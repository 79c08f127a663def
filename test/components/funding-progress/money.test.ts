/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { moneyDisplay } from '../../../src/components/funding-progress/funding.js';
import { formatMoney } from '../../../src/i18n/money.js';
import { loadLanguage } from '../../../src/i18n/translations.js';
import type { Money } from '../../../src/protocol/common.js';

/*
 * The campaign amounts as readers see them, in real Chromium (whose Intl has no Kazakh data, so kk
 * goes through the CLDR fallback): whole amounts without decimals, others with their minor units.
 */

const NBSP = '\u00a0';
const whole = (currency: string): Money => ({ amount: 1_234_567 * 100, currency });
const withCents = (currency: string): Money => ({ amount: 123_450, currency });
const show = (lang: string, money: Money) => formatMoney(lang, money, moneyDisplay(money));

describe('campaign money in en, ru and kk', () => {
  // Kazakh formatting data arrives with the Kazakh strings.
  before(() => loadLanguage('kk'));

  const symbols = { KZT: '₸', RUB: '₽', EUR: '€', USD: '$' } as const;

  for (const [currency, symbol] of Object.entries(symbols)) {
    it(`writes ${currency} the way each language does`, () => {
      expect(show('en', whole(currency))).to.equal(`${symbol}1,234,567`);
      expect(show('ru', whole(currency))).to.equal(`1${NBSP}234${NBSP}567${NBSP}${symbol}`);
      expect(show('kk', whole(currency))).to.equal(`1${NBSP}234${NBSP}567${NBSP}${symbol}`);
      expect(show('en', withCents(currency))).to.equal(`${symbol}1,234.50`);
      expect(show('ru', withCents(currency))).to.equal(`1${NBSP}234,50${NBSP}${symbol}`);
      expect(show('kk', withCents(currency))).to.equal(`1${NBSP}234,50${NBSP}${symbol}`);
    });
  }

  it('keeps amounts beyond float precision exact', () => {
    // 90 071 992 547 409.91: more digits than a double carries after dividing by 100.
    expect(show('en', { amount: 9_007_199_254_740_991, currency: 'USD' })).to.equal('$90,071,992,547,409.91');
  });
});
