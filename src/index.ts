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
export { CivicProvider } from './components/provider/provider.js';

export { CivicPetitionCard } from './components/petition-card/petition-card.js';
export { PETITION_CARD_VARIANTS } from './components/petition-card/petition-card.types.js';
export type { PetitionCardVariant } from './components/petition-card/petition-card.types.js';
export { CivicSignatureForm } from './components/signature-form/signature-form.js';
export { CivicSignatureConfirm } from './components/signature-confirm/signature-confirm.js';
export { CivicFundingProgress } from './components/funding-progress/funding-progress.js';
export { CivicExpertLeaderboard } from './components/expert-leaderboard/expert-leaderboard.js';
export { CivicIdeaBoard } from './components/idea-board/idea-board.js';

export { BUILT_IN_LANGUAGES, loadLanguage, registerTranslation } from './i18n/translations.js';
export type { BuiltInLanguage } from './i18n/translations.js';
export type { MessageKey, Messages, PartialMessages, PluralForms } from './i18n/messages.js';
