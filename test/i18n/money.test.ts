/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { formatMoney, minorUnitsToDecimal } from '../../src/i18n/money.js';

/** What Intl itself prints for an exact decimal string: the reference the conversion must match. */
function intlCurrency(locale: string, currency: string, decimal: `${number}`): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal);
}

describe('i18n/money', () => {
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
    expect(formatMoney('en', { amount: 1234, currency: 'JPY' })).to.equal(intlCurrency('en', 'JPY', '1234'));
    expect(formatMoney('en', { amount: 1234, currency: 'KWD' })).to.equal(intlCurrency('en', 'KWD', '1.234'));
  });

  it('handles small and negative amounts', () => {
    expect(formatMoney('en', { amount: 5, currency: 'EUR' })).to.equal(intlCurrency('en', 'EUR', '0.05'));
    expect(formatMoney('en', { amount: -150, currency: 'EUR' })).to.equal(intlCurrency('en', 'EUR', '-1.50'));
    expect(formatMoney('en', { amount: 0, currency: 'EUR' })).to.equal(intlCurrency('en', 'EUR', '0'));
  });

  it('lets the display drop the minor units without changing the scale', () => {
    expect(formatMoney('en', { amount: 250_000_00, currency: 'USD' }, { maximumFractionDigits: 0 })).to.equal(
      '$250,000',
    );
  });

  it('builds the exact decimal string', () => {
    expect(minorUnitsToDecimal(123456789012345, 2)).to.equal('1234567890123.45');
    expect(minorUnitsToDecimal(7, 3)).to.equal('0.007');
    expect(minorUnitsToDecimal(-7, 2)).to.equal('-0.07');
    expect(minorUnitsToDecimal(1234, 0)).to.equal('1234');
  });
});
