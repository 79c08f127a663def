/**
 * The built-in languages, each loaded on demand as its own chunk: a page in Kazakh downloads the
 * Kazakh strings (with the Kazakh formatting data) and nothing of Russian or English.
 */
import type { IntlStandIns } from './intl-stand-ins.js';
import type { LocaleMessages } from './messages.js';

export const BUILT_IN_LANGUAGES = ['en', 'ru', 'kk'] as const;

export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

/** One language's strings for every widget, and the formatting data browsers may lack for it. */
export interface LanguagePack {
  readonly messages: LocaleMessages;
  /** Formatters that stand in where the browser's `Intl` has no data for the language (Kazakh in Chrome). */
  readonly intl?: IntlStandIns;
}

export function isBuiltInLanguage(language: string): language is BuiltInLanguage {
  return (BUILT_IN_LANGUAGES as readonly string[]).includes(language);
}

/** Dynamic imports, so that bundlers (ours and an npm user's) give each language a chunk of its own. */
export const LANGUAGE_PACKS: { readonly [L in BuiltInLanguage]: () => Promise<LanguagePack> } = {
  en: async () => ({ messages: (await import('./en.js')).en }),
  ru: async () => ({ messages: (await import('./ru.js')).ru }),
  kk: async () => {
    const { kk, kkIntl } = await import('./kk.js');
    return { messages: kk, intl: kkIntl };
  },
};
