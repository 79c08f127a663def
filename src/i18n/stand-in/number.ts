import type { NumberFallback } from '../cldr/types.js';

/**
 * What `Intl.NumberFormat` and its stand-in both offer. A decimal string is ES2023's
 * `Intl.StringNumericLiteral`, written out so the published types need only `lib: ES2022`.
 */
export interface NumberFormatter {
  format(value: number | bigint | `${number}`): string;
}

/** Formats numbers through a locale with the same symbols, putting back the language's own words. */
export function standInNumberFormat(
  fallback: NumberFallback,
  options?: Intl.NumberFormatOptions,
): NumberFormatter {
  // Words would come out in the stand-in's language: currency names become codes, long forms short.
  const adjusted: Intl.NumberFormatOptions = { ...options };
  if (adjusted.currencyDisplay === 'name') adjusted.currencyDisplay = 'code';
  if (adjusted.compactDisplay === 'long') adjusted.compactDisplay = 'short';
  if (adjusted.unitDisplay === 'long') adjusted.unitDisplay = 'short';
  const format = new Intl.NumberFormat(fallback.locale, adjusted);
  const isPercentSpace = (parts: Intl.NumberFormatPart[], index: number): boolean =>
    !fallback.percentSpace &&
    parts[index]!.type === 'literal' &&
    /^\s+$/.test(parts[index]!.value) &&
    (parts[index - 1]?.type === 'percentSign' || parts[index + 1]?.type === 'percentSign');
  return {
    format(value) {
      const parts = format.formatToParts(value);
      return parts
        .map((part, index) => {
          if (isPercentSpace(parts, index)) return '';
          if ((part.type === 'compact' || part.type === 'nan') && Object.hasOwn(fallback.words, part.value)) {
            return fallback.words[part.value]!;
          }
          return part.value;
        })
        .join('');
    },
  };
}
