/*
 * Checks on text that the schemas cannot express: NUL bytes anywhere (truncation attacks on C
 * libraries and log pipelines), text that is not well-formed Unicode (a lone surrogate such as
 * "\ud800" has no UTF-8 form: it would be stored as replacement characters), spreadsheet formulas
 * in names (CSV injection when a city exports signatures), and links in names (spam).
 */

/** Each string in a JSON value with its dot path (as valibot names fields); a key at its own path. */
function* jsonStrings(value: unknown, path: string): Generator<readonly [string, string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) yield* jsonStrings(value[index], join(path, index));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield [join(path, key), key];
      yield* jsonStrings(item, join(path, key));
    }
  }
}

function join(path: string, step: string | number): string {
  return path === '' ? String(step) : `${path}.${step}`;
}

/** Whether any string in a JSON value (keys included) contains a NUL character. */
export function containsNul(value: unknown): boolean {
  for (const [, text] of jsonStrings(value, '')) if (text.includes('\u0000')) return true;
  return false;
}

/** A lone surrogate: what `String.prototype.isWellFormed` refuses (not in the ES2023 lib types). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Whether a string is well-formed Unicode (no lone surrogate), so it has a UTF-8 form. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The dot paths (`boards.0.title`) of the strings in a JSON value, keys included, that are not
 * well-formed Unicode; a lone surrogate in a key's own name shows as U+FFFD.
 */
export function illFormedTextPaths(value: unknown, root = 'body'): string[] {
  const paths = new Set<string>();
  for (const [path, text] of jsonStrings(value, '')) {
    if (!isWellFormedText(text)) paths.add(path.replace(/\p{Surrogate}/gu, '\ufffd') || root);
  }
  return [...paths];
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
