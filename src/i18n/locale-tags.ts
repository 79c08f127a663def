/** BCP 47 language tags: their canonical form and their language. */

/** The canonical form of a BCP 47 tag (`kk-kz` → `kk-KZ`), or `undefined` when it is empty or invalid. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

/** The language subtag of a tag, lower case: `ru-RU` → `ru`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
