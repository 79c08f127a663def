/** Money in the currency's minor units, formatted exactly for the locale. */
import { formatNumber } from './format.js';
import { cached } from './formatter-cache.js';
import { numberFormat } from './intl-formatters.js';

/** An amount of money in the currency's minor units (cents, tiyn, kopecks), as the protocol sends it. */
export interface Money {
  readonly amount: number | bigint;
  /** ISO 4217 code, e.g. `KZT`. */
  readonly currency: string;
}

/** How many minor units the currency has (2 for KZT and EUR, 0 for JPY, 3 for KWD), per CLDR. */
export function currencyDigits(currency: string): number {
  return cached(
    `digits|${currency}`,
    () =>
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2,
  );
}

/**
 * The exact decimal string of an amount in minor units, built with integer and string arithmetic
 * so that large amounts lose nothing to floating point: `(123456789012345n, 2)` → `1234567890123.45`.
 */
export function minorUnitsToDecimal(amount: number | bigint, digits: number): `${number}` {
  const units = typeof amount === 'bigint' ? amount : BigInt(Math.round(amount));
  const negative = units < 0n;
  const digitsText = (negative ? -units : units).toString();
  if (digits === 0) return `${negative ? '-' : ''}${digitsText}` as `${number}`;
  const padded = digitsText.padStart(digits + 1, '0');
  const whole = padded.slice(0, -digits);
  const fraction = padded.slice(-digits);
  return `${negative ? '-' : ''}${whole}.${fraction}` as `${number}`;
}

/**
 * Formats money given in minor units. `options` may change the display (for example
 * `{ maximumFractionDigits: 0 }` for a funding goal); the minor-unit scale always comes from the
 * currency itself.
 */
export function formatMoney(locale: string, money: Money, options?: Intl.NumberFormatOptions): string {
  const { amount, currency } = money;
  if (typeof amount === 'number' && !Number.isFinite(amount)) {
    return formatNumber(locale, amount, { ...options, style: 'currency', currency });
  }
  const decimal = minorUnitsToDecimal(amount, currencyDigits(currency));
  return numberFormat(locale, { ...options, style: 'currency', currency }).format(decimal);
}
