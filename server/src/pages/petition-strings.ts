import type { PetitionState, ThresholdKind } from '#protocol';
import type { ServerLocale } from '../config.js';
import { pluralRu } from './strings.js';

/* Text of the petition page (everything but its signature form) in English, Russian and Kazakh. */

export interface PetitionPageStrings {
  states: Readonly<Record<PetitionState, string>>;
  /** "1,234 signatures", with the number already formatted. */
  signatures: (count: number, formatted: string) => string;
  /** "including 120 on paper", with the number already formatted. */
  offline: (formatted: string) => string;
  thresholdKinds: Readonly<Record<ThresholdKind, string>>;
  /** "1,234 of 10,000 signatures", both numbers formatted. */
  progress: (count: string, target: string) => string;
  openedOn: (date: string) => string;
  closesOn: (date: string) => string;
  closedOn: (date: string) => string;
  startedBy: string;
  topics: string;
  response: string;
  respondedOn: (date: string) => string;
  awaitingResponse: string;
  debate: string;
  debateScheduled: (date: string) => string;
  debatedOn: (date: string) => string;
  awaitingDebate: string;
  notDebated: string;
  rejection: string;
  rejectionNoDetails: string;
  regions: string;
  region: string;
  signaturesColumn: string;
}

export const PETITION_PAGE_STRINGS: Readonly<Record<ServerLocale, PetitionPageStrings>> = {
  en: {
    states: {
      draft: 'Draft',
      collecting_sponsors: 'Collecting supporters before publication',
      in_moderation: 'Being checked before publication',
      open: 'Open for signatures',
      closed: 'Closed',
      rejected: 'Rejected',
      hidden: 'Removed',
    },
    signatures: (count, formatted) =>
      `${formatted} ${new Intl.PluralRules('en').select(count) === 'one' ? 'signature' : 'signatures'}`,
    offline: (formatted) => `including ${formatted} on paper`,
    thresholdKinds: {
      publication: 'Publication',
      moderation: 'Moderation',
      response: 'Official response',
      debate: 'Debate',
      referral: 'Referral to a committee',
      custom: 'Milestone',
    },
    progress: (count, target) => `${count} of ${target} signatures`,
    openedOn: (date) => `Opened on ${date}`,
    closesOn: (date) => `Closes on ${date}`,
    closedOn: (date) => `Closed on ${date}`,
    startedBy: 'Started by',
    topics: 'Topics',
    response: 'Official response',
    respondedOn: (date) => `Responded on ${date}`,
    awaitingResponse: 'Waiting for an official response.',
    debate: 'Debate',
    debateScheduled: (date) => `To be debated on ${date}`,
    debatedOn: (date) => `Debated on ${date}`,
    awaitingDebate: 'Waiting for a debate to be scheduled.',
    notDebated: 'It was decided not to debate this petition.',
    rejection: 'Why this petition was rejected',
    rejectionNoDetails: 'It did not meet the standards for petitions.',
    regions: 'Signatures by region',
    region: 'Region',
    signaturesColumn: 'Signatures',
  },
  ru: {
    states: {
      draft: 'Черновик',
      collecting_sponsors: 'Сбор сторонников перед публикацией',
      in_moderation: 'Проверяется перед публикацией',
      open: 'Открыта для подписей',
      closed: 'Закрыта',
      rejected: 'Отклонена',
      hidden: 'Удалена',
    },
    signatures: (count, formatted) => `${formatted} ${pluralRu(count, 'подпись', 'подписи', 'подписей')}`,
    offline: (formatted) => `из них ${formatted} на бумаге`,
    thresholdKinds: {
      publication: 'Публикация',
      moderation: 'Модерация',
      response: 'Официальный ответ',
      debate: 'Обсуждение',
      referral: 'Передача в комиссию',
      custom: 'Этап',
    },
    progress: (count, target) => `${count} из ${target} подписей`,
    openedOn: (date) => `Открыта ${date}`,
    closesOn: (date) => `Закроется ${date}`,
    closedOn: (date) => `Закрыта ${date}`,
    startedBy: 'Автор',
    topics: 'Темы',
    response: 'Официальный ответ',
    respondedOn: (date) => `Ответ дан ${date}`,
    awaitingResponse: 'Ожидается официальный ответ.',
    debate: 'Обсуждение',
    debateScheduled: (date) => `Обсуждение назначено на ${date}`,
    debatedOn: (date) => `Обсуждена ${date}`,
    awaitingDebate: 'Ожидается назначение обсуждения.',
    notDebated: 'Решено не обсуждать эту петицию.',
    rejection: 'Почему петиция отклонена',
    rejectionNoDetails: 'Она не соответствует правилам для петиций.',
    regions: 'Подписи по районам',
    region: 'Район',
    signaturesColumn: 'Подписи',
  },
  kk: {
    states: {
      draft: 'Жоба',
      collecting_sponsors: 'Жариялау алдында қолдаушылар жиналуда',
      in_moderation: 'Жариялау алдында тексерілуде',
      open: 'Қол жинау ашық',
      closed: 'Жабық',
      rejected: 'Қабылданбады',
      hidden: 'Жойылды',
    },
    signatures: (_count, formatted) => `${formatted} қол`,
    offline: (formatted) => `оның ішінде қағаз түрінде ${formatted}`,
    thresholdKinds: {
      publication: 'Жариялау',
      moderation: 'Модерация',
      response: 'Ресми жауап',
      debate: 'Талқылау',
      referral: 'Комиссияға жіберу',
      custom: 'Кезең',
    },
    progress: (count, target) => `Жиналғаны: ${count}, қажеті: ${target} қол`,
    openedOn: (date) => `Ашылған күні: ${date}`,
    closesOn: (date) => `Жабылатын күні: ${date}`,
    closedOn: (date) => `Жабылған күні: ${date}`,
    startedBy: 'Бастамашы',
    topics: 'Тақырыптар',
    response: 'Ресми жауап',
    respondedOn: (date) => `Жауап берілген күні: ${date}`,
    awaitingResponse: 'Ресми жауап күтілуде.',
    debate: 'Талқылау',
    debateScheduled: (date) => `Талқылау күні: ${date}`,
    debatedOn: (date) => `Талқыланған күні: ${date}`,
    awaitingDebate: 'Талқылау күнін белгілеу күтілуде.',
    notDebated: 'Бұл петицияны талқыламау туралы шешім қабылданды.',
    rejection: 'Петиция неге қабылданбады',
    rejectionNoDetails: 'Ол петиция ережелеріне сай келмеді.',
    regions: 'Аудандар бойынша қолдар',
    region: 'Аудан',
    signaturesColumn: 'Қолдар',
  },
};
