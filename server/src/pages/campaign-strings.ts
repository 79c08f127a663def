import type { CampaignState } from '#protocol';
import type { ServerLocale } from '../config.js';
import { pluralRu } from './strings.js';

/* Text of a funding campaign's page in English, Russian and Kazakh. */

export interface CampaignPageStrings {
  states: Readonly<Record<CampaignState, string>>;
  /** "KZT 1,200,000 raised of KZT 5,000,000", amounts formatted. */
  raisedOf: (raised: string, goal: string) => string;
  backers: (count: number, formatted: string) => string;
  minimum: (amount: string) => string;
  startsOn: (date: string) => string;
  endsOn: (date: string) => string;
  endedOn: (date: string) => string;
  pledge: string;
  recentBackers: string;
}

export const CAMPAIGN_PAGE_STRINGS: Readonly<Record<ServerLocale, CampaignPageStrings>> = {
  en: {
    states: {
      open: 'Collecting',
      funded: 'Goal reached',
      closed: 'Ended',
      failed: 'Ended below its minimum',
    },
    raisedOf: (raised, goal) => `${raised} raised of ${goal}`,
    backers: (count, formatted) =>
      `${formatted} ${new Intl.PluralRules('en').select(count) === 'one' ? 'backer' : 'backers'}`,
    minimum: (amount) => `It goes ahead only if at least ${amount} is raised.`,
    startsOn: (date) => `Starts on ${date}`,
    endsOn: (date) => `Ends on ${date}`,
    endedOn: (date) => `Ended on ${date}`,
    pledge: 'Back this campaign',
    recentBackers: 'Recent backers',
  },
  ru: {
    states: {
      open: 'Идёт сбор',
      funded: 'Цель достигнута',
      closed: 'Завершена',
      failed: 'Завершена, минимум не собран',
    },
    raisedOf: (raised, goal) => `Собрано ${raised} из ${goal}`,
    backers: (count, formatted) => `${formatted} ${pluralRu(count, 'участник', 'участника', 'участников')}`,
    minimum: (amount) => `Проект состоится, только если будет собрано не менее ${amount}.`,
    startsOn: (date) => `Начало ${date}`,
    endsOn: (date) => `Завершится ${date}`,
    endedOn: (date) => `Завершена ${date}`,
    pledge: 'Поддержать кампанию',
    recentBackers: 'Недавно поддержали',
  },
  kk: {
    states: {
      open: 'Қаражат жиналуда',
      funded: 'Мақсатқа жетті',
      closed: 'Аяқталды',
      failed: 'Ең төменгі сома жиналмай аяқталды',
    },
    raisedOf: (raised, goal) => `${goal} ішінен ${raised} жиналды`,
    backers: (_count, formatted) => `${formatted} қатысушы`,
    minimum: (amount) => `Жоба кемінде ${amount} жиналса ғана жүзеге асады.`,
    startsOn: (date) => `Басталатын күні: ${date}`,
    endsOn: (date) => `Аяқталатын күні: ${date}`,
    endedOn: (date) => `Аяқталған күні: ${date}`,
    pledge: 'Науқанды қолдау',
    recentBackers: 'Жақында қолдағандар',
  },
};
