/**
 * civic-widgets: importing this module registers every element and exports their classes, the
 * protocol client, the events and the types of the wire protocol.
 */
export { VERSION } from './version.js';

export * from './client/index.js';
export type * from './protocol/index.js';

export * from './events/index.js';

export { clientContext } from './context/client-context.js';
export { localeContext } from './context/locale-context.js';
export { CivicProvider } from './context/civic-provider.js';

export { BUILT_IN_LANGUAGES, registerTranslation } from './i18n/translations.js';
export type { BuiltInLanguage } from './i18n/translations.js';
export type { MessageKey, Messages, PartialMessages, PluralForms } from './i18n/en.js';
