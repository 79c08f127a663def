/*
 * Checks on text that the schemas cannot express: NUL bytes anywhere (truncation attacks on C
 * libraries and log pipelines), spreadsheet formulas in names (CSV injection when a city exports
 * signatures), and links in names (spam).
 */

/** Whether any string in a JSON value (keys included) contains a NUL character. */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000') || containsNul(item)) return true;
    }
  }
  return false;
}

/** Starts like a spreadsheet formula: `=`, `+`, `-`, `@` (after blanks), or a tab / carriage return. */
export function looksLikeFormula(text: string): boolean {
  return /^[\t\r]/.test(text) || /^\s*[=+\-@]/.test(text);
}

const URL_PATTERN =
  /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|[a-z0-9-]\.(?:com|net|org|info|biz|io|co|me|ru|kz|uk|de|xyz|top|site|online|link|click|ly|gg|to)\b/i;

/** Contains something that reads as a link (`https://…`, `www.…`, `spam.com`). */
export function containsUrl(text: string): boolean {
  return URL_PATTERN.test(text);
}
