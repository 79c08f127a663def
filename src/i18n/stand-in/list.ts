import type { ListFallback } from '../cldr/types.js';
import { fill } from './pattern.js';

/** What `Intl.ListFormat` and its stand-in both offer. */
export interface ListFormatter {
  format(items: Iterable<string>): string;
}

/** Joins lists with the language's CLDR list patterns. */
export function standInListFormat(
  locale: string,
  options: Intl.ListFormatOptions | undefined,
  data: ListFallback,
): ListFormatter {
  const { type } = new Intl.ListFormat(locale, options).resolvedOptions();
  const patterns = data[type];
  return {
    format(items) {
      const list = [...items];
      const last = list.length - 1;
      if (last < 1) return list[0] ?? '';
      if (last === 1) return fill(patterns.pair, { 0: list[0]!, 1: list[1]! });
      let text = fill(patterns.end, { 0: list[last - 1]!, 1: list[last]! });
      for (let index = last - 2; index > 0; index -= 1) {
        text = fill(patterns.middle, { 0: list[index]!, 1: text });
      }
      return fill(patterns.start, { 0: list[0]!, 1: text });
    },
  };
}
