/**
 * The string tables: the built-in languages, each loaded when a widget first needs it
 * (`loadLanguage`), plus the page's own wording, registered from JavaScript
 * (`registerTranslation`) or declared in the document:
 *
 * ```html
 * <script type="application/json" data-civic-strings="kk">{ "error.retry": "Тағы бір рет" }</script>
 * ```
 *
 * Declared strings are read once, the first time a widget needs a string. A page may also add a
 * language of its own this way; keys it leaves out fall back to English.
 */
import { loaderInfo } from '../internal/loader-info.js';
import { registerIntlStandIns } from './intl-formatters.js';
import { LANGUAGE_PACKS, isBuiltInLanguage } from './language-packs.js';
import type { BuiltInLanguage } from './language-packs.js';
import { canonicalLocale, primaryLanguage } from './locale-tags.js';
import { PLURAL_CATEGORIES } from './messages.js';
import type { MessageKey, MessageValue, PartialMessages, PluralForms } from './messages.js';

export { BUILT_IN_LANGUAGES, isBuiltInLanguage } from './language-packs.js';
export type { BuiltInLanguage } from './language-packs.js';

type Table = Readonly<Partial<Record<MessageKey, MessageValue>>>;

/** Strings the page gave, not yet checked: keys and shapes are checked against a loaded table. */
interface PendingStrings {
  readonly locale: string;
  readonly language: string;
  readonly strings: Readonly<Record<string, unknown>>;
}

const builtIn = new Map<BuiltInLanguage, Table>();
const loading = new Map<BuiltInLanguage, Promise<void>>();
const failed = new Set<BuiltInLanguage>();
const overrides = new Map<string, Partial<Record<MessageKey, MessageValue>>>();
const pending: PendingStrings[] = [];
const listeners = new Set<() => void>();
let declaredRead = false;

/** A message and the language it was written in (which picks its plural rules). */
export interface ResolvedMessage {
  readonly value: MessageValue;
  readonly language: string;
}

/** The locale to format with and the table to read strings from. */
export interface ResolvedLocale {
  /** Full tag for `Intl`, e.g. `kk-KZ`; `en` when the language has no strings. */
  readonly lang: string;
  /** Key of the string table, e.g. `kk`. */
  readonly language: string;
}

const FALLBACK: ResolvedLocale = { lang: 'en', language: 'en' };

function isPluralForms(value: unknown): value is PluralForms {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as { other?: unknown }).other === 'string' &&
    entries.every(
      ([category, text]) =>
        (PLURAL_CATEGORIES as readonly string[]).includes(category) && typeof text === 'string',
    )
  );
}

function readDeclared(): void {
  if (declaredRead || typeof document === 'undefined') return;
  declaredRead = true;
  const scripts = document.querySelectorAll<HTMLScriptElement>(
    'script[type="application/json"][data-civic-strings]',
  );
  for (const script of scripts) {
    const locale = script.dataset['civicStrings'] ?? '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch (error) {
      console.warn(`civic-widgets: ignoring the strings for "${locale}": the JSON is not valid.`, error);
      continue;
    }
    addStrings(locale, parsed, false);
  }
}

function addStrings(locale: string, strings: unknown, notify: boolean): void {
  const tag = canonicalLocale(locale);
  if (tag === undefined) {
    console.warn(`civic-widgets: ignoring strings for "${locale}": not a language tag.`);
    return;
  }
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
    console.warn(`civic-widgets: ignoring the strings for "${locale}": expected an object of key → text.`);
    return;
  }
  const language = primaryLanguage(tag);
  // Known at once, so that `hasLanguage` answers before any table has loaded.
  if (!overrides.has(language)) overrides.set(language, {});
  pending.push({ locale, language, strings: strings as Record<string, unknown> });
  checkPending();
  if (notify) for (const listener of listeners) listener();
}

/**
 * Moves the page's strings into their tables once a built-in table has loaded: every built-in
 * table has every key, with the same shape (text or plural forms), so any one of them can judge.
 */
function checkPending(): void {
  if (pending.length === 0) return;
  const reference = builtIn.values().next().value;
  if (reference === undefined) return;
  for (const { locale, language, strings } of pending.splice(0)) {
    const table = overrides.get(language) ?? {};
    for (const [key, value] of Object.entries(strings)) {
      const expected = reference[key as MessageKey];
      if (expected === undefined || !Object.hasOwn(reference, key)) {
        console.warn(`civic-widgets: ignoring unknown string key "${key}" for "${locale}".`);
      } else if (typeof expected === 'string' ? typeof value !== 'string' : !isPluralForms(value)) {
        console.warn(
          `civic-widgets: ignoring "${key}" for "${locale}": expected ${
            typeof expected === 'string' ? 'a string' : 'plural forms such as {"one": "…", "other": "…"}'
          }.`,
        );
      } else {
        table[key as MessageKey] = value as MessageValue;
      }
    }
    overrides.set(language, table);
  }
}

/**
 * Adds or replaces strings for a language (`kk`, or `kk-KZ`: the region is ignored). Values that are
 * not text or plural forms, and unknown keys, are ignored with a console warning. Widgets on the
 * page re-render with the new wording.
 */
export function registerTranslation(locale: string, strings: PartialMessages): void {
  readDeclared();
  addStrings(locale, strings, true);
}

/** Calls `listener` whenever registered strings change; returns the unsubscribe function. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The built-in table a language's strings come from: its own, or English for a page's own language. */
function packFor(language: string): BuiltInLanguage {
  return isBuiltInLanguage(language) ? language : 'en';
}

/** Whether there are strings for the language subtag, built in or registered by the page. */
export function hasLanguage(language: string): boolean {
  readDeclared();
  return (isBuiltInLanguage(language) || overrides.has(language)) && !failed.has(packFor(language));
}

/** Whether `lookup` can answer for the language without waiting for a download. */
export function isLanguageLoaded(language: string): boolean {
  return builtIn.has(packFor(language));
}

/** Whether loading the language's table failed (its chunk could not be fetched). */
export function languageFailed(language: string): boolean {
  return failed.has(packFor(language));
}

/**
 * Loads what strings in `language` need: its built-in table, or English for a language the page
 * declared itself. Resolves at once when it is there; a failed download may be tried again.
 */
export function loadLanguage(language: string): Promise<void> {
  const pack = packFor(language);
  if (builtIn.has(pack)) return Promise.resolve();
  let promise = loading.get(pack);
  if (promise === undefined) {
    // Through the CDN loader, the chunk is first preloaded with its Subresource Integrity hash.
    loaderInfo()?.languageRequested?.(pack);
    promise = LANGUAGE_PACKS[pack]().then(
      ({ messages, intl }) => {
        builtIn.set(pack, messages);
        failed.delete(pack);
        loading.delete(pack);
        if (intl !== undefined) registerIntlStandIns(pack, intl);
        checkPending();
      },
      (error: unknown) => {
        failed.add(pack);
        loading.delete(pack);
        throw error;
      },
    );
    loading.set(pack, promise);
  }
  return promise;
}

/** Maps a tag to the strings to use: `ru-RU` → `ru`; languages without strings → English. */
export function resolveLocale(tag: string | null | undefined): ResolvedLocale {
  const canonical = canonicalLocale(tag);
  if (canonical === undefined) return FALLBACK;
  const language = primaryLanguage(canonical);
  return hasLanguage(language) ? { lang: canonical, language } : FALLBACK;
}

/**
 * The page's wording first, then the built-in table, then the same two for English. Tables that
 * have not loaded are skipped (`loadLanguage` first); with none loaded, the key itself is shown.
 */
export function lookup(language: string, key: MessageKey): ResolvedMessage {
  readDeclared();
  checkPending();
  for (const lang of language === 'en' ? ['en'] : [language, 'en']) {
    const value = overrides.get(lang)?.[key] ?? builtIn.get(lang as BuiltInLanguage)?.[key];
    if (value !== undefined) return { value, language: lang };
  }
  return { value: key, language: 'en' };
}
