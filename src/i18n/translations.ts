/**
 * The string tables: built-in en/ru/kk plus the page's own wording, registered from JavaScript
 * (`registerTranslation`) or declared in the document:
 *
 * ```html
 * <script type="application/json" data-civic-strings="kk">{ "error.retry": "Тағы бір рет" }</script>
 * ```
 *
 * Declared strings are read once, the first time a widget needs a string. A page may also add a
 * language of its own this way; keys it leaves out fall back to English.
 */
import { en } from './en.js';
import { kk } from './kk.js';
import { canonicalLocale, primaryLanguage } from './locale-tags.js';
import { PLURAL_CATEGORIES } from './messages.js';
import type { MessageKey, MessageValue, PartialMessages, PluralForms } from './messages.js';
import { ru } from './ru.js';

export const BUILT_IN_LANGUAGES = ['en', 'ru', 'kk'] as const;

export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

type Table = Readonly<Partial<Record<MessageKey, MessageValue>>>;

const builtIn: Readonly<Record<string, Table>> = { en, ru, kk };
const overrides = new Map<string, Partial<Record<MessageKey, MessageValue>>>();
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

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
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
  const table = overrides.get(language) ?? {};
  for (const [key, value] of Object.entries(strings)) {
    if (!isMessageKey(key)) {
      console.warn(`civic-widgets: ignoring unknown string key "${key}" for "${locale}".`);
    } else if (typeof en[key] === 'string' ? typeof value !== 'string' : !isPluralForms(value)) {
      console.warn(
        `civic-widgets: ignoring "${key}" for "${locale}": expected ${
          typeof en[key] === 'string' ? 'a string' : 'plural forms such as {"one": "…", "other": "…"}'
        }.`,
      );
    } else {
      table[key] = value as MessageValue;
    }
  }
  overrides.set(language, table);
  if (notify) for (const listener of listeners) listener();
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

/** Whether there are strings for the language subtag, built in or registered by the page. */
export function hasLanguage(language: string): boolean {
  readDeclared();
  return Object.hasOwn(builtIn, language) || overrides.has(language);
}

/** Maps a tag to the strings to use: `ru-RU` → `ru`; languages without strings → English. */
export function resolveLocale(tag: string | null | undefined): ResolvedLocale {
  const canonical = canonicalLocale(tag);
  if (canonical === undefined) return FALLBACK;
  const language = primaryLanguage(canonical);
  return hasLanguage(language) ? { lang: canonical, language } : FALLBACK;
}

/** The page's wording first, then the built-in table, then the same two for English. */
export function lookup(language: string, key: MessageKey): ResolvedMessage {
  readDeclared();
  for (const lang of language === 'en' ? ['en'] : [language, 'en']) {
    const value = overrides.get(lang)?.[key] ?? builtIn[lang]?.[key];
    if (value !== undefined) return { value, language: lang };
  }
  return { value: en[key], language: 'en' };
}
