import { SERVER_LOCALES } from '../config.js';
import type { ServerLocale } from '../config.js';

/*
 * Accept-Language negotiation (RFC 9110 §12.5.4 with q-values, matching by primary subtag when an
 * exact tag is not available: `kk-KZ` → `kk`).
 */

/** Language ranges of an Accept-Language header, best first (`*` and q=0 dropped). */
export function languageRanges(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(
      (range) => range.tag !== '' && range.tag !== '*' && range.q > 0 && /^[a-z0-9-]{1,35}$/.test(range.tag),
    )
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((range) => range.tag);
}

/** The best of `available` for the header, or `fallback`. */
export function negotiate<T extends string>(
  header: string | undefined,
  available: readonly T[],
  fallback: T,
): T {
  const lower = available.map((tag) => tag.toLowerCase());
  for (const range of languageRanges(header)) {
    const exact = lower.indexOf(range);
    if (exact !== -1) return available[exact]!;
    const primary = range.split('-')[0]!;
    const byPrimary = lower.findIndex((tag) => tag.split('-')[0] === primary);
    if (byPrimary !== -1) return available[byPrimary]!;
  }
  return fallback;
}

/** The server language for a BCP 47 tag (`ru-RU` → `ru`), or undefined for others. */
export function serverLocaleOf(tag: string | undefined): ServerLocale | undefined {
  const primary = tag?.split('-')[0]?.toLowerCase();
  return (SERVER_LOCALES as readonly string[]).includes(primary ?? '')
    ? (primary as ServerLocale)
    : undefined;
}
