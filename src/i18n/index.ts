export { en, PLURAL_CATEGORIES } from './en.js';
export type {
  LocaleMessages,
  MessageKey,
  Messages,
  MessageValue,
  PartialMessages,
  PluralCategory,
  PluralForms,
  PluralKey,
  TermKey,
} from './en.js';
export { ru } from './ru.js';
export { kk } from './kk.js';
export * from './format.js';
export { BUILT_IN_LANGUAGES, registerTranslation, resolveLocale } from './translations.js';
export type { BuiltInLanguage, ResolvedLocale } from './translations.js';
export { LocalizeController } from './localize-controller.js';
