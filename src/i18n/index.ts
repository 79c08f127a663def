export { PLURAL_CATEGORIES } from './messages.js';
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
} from './messages.js';
export * from './locale-tags.js';
export * from './intl-support.js';
export * from './cldr/types.js';
export * from './intl-formatters.js';
export * from './format.js';
export * from './money.js';
export {
  BUILT_IN_LANGUAGES,
  isLanguageLoaded,
  loadLanguage,
  registerTranslation,
  resolveLocale,
} from './translations.js';
export type { BuiltInLanguage, ResolvedLocale } from './translations.js';
export { LocalizeController } from './localize-controller.js';
