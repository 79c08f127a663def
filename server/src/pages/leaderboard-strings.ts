import type { LeaderboardPeriod } from '#protocol';
import type { ServerLocale } from '../config.js';
import { pluralRu } from './strings.js';

/* Text of a leaderboard's page in English, Russian and Kazakh. */

export interface LeaderboardPageStrings {
  periods: Readonly<Record<LeaderboardPeriod, string>>;
  period: string;
  show: string;
  /** Caption of the table: "24 ranked participants", number formatted. */
  ranked: (count: number, formatted: string) => string;
  rank: string;
  participant: string;
  points: string;
  badges: string;
  nobody: string;
  rules: string;
  action: string;
  dailyCap: (count: number, formatted: string) => string;
  excludesStaff: string;
}

export const LEADERBOARD_PAGE_STRINGS: Readonly<Record<ServerLocale, LeaderboardPageStrings>> = {
  en: {
    periods: {
      week: 'This week',
      month: 'This month',
      quarter: 'This quarter',
      year: 'This year',
      all: 'All time',
    },
    period: 'Period',
    show: 'Show',
    ranked: (count, formatted) =>
      `${formatted} ranked ${new Intl.PluralRules('en').select(count) === 'one' ? 'participant' : 'participants'}`,
    rank: 'Rank',
    participant: 'Participant',
    points: 'Points',
    badges: 'Badges',
    nobody: 'Nobody is ranked yet.',
    rules: 'How points are earned',
    action: 'Action',
    dailyCap: (_count, formatted) => `At most ${formatted} points a day.`,
    excludesStaff: 'Staff and officials are not ranked.',
  },
  ru: {
    periods: {
      week: 'Эта неделя',
      month: 'Этот месяц',
      quarter: 'Этот квартал',
      year: 'Этот год',
      all: 'За всё время',
    },
    period: 'Период',
    show: 'Показать',
    ranked: (_count, formatted) => `Участников в рейтинге: ${formatted}`,
    rank: 'Место',
    participant: 'Участник',
    points: 'Баллы',
    badges: 'Значки',
    nobody: 'В рейтинге пока никого нет.',
    rules: 'Как начисляются баллы',
    action: 'Действие',
    dailyCap: (count, formatted) =>
      `Не более ${formatted} ${pluralRu(count, 'балла', 'баллов', 'баллов')} в день.`,
    excludesStaff: 'Сотрудники и должностные лица в рейтинге не участвуют.',
  },
  kk: {
    periods: {
      week: 'Осы апта',
      month: 'Осы ай',
      quarter: 'Осы тоқсан',
      year: 'Осы жыл',
      all: 'Барлық уақыт',
    },
    period: 'Кезең',
    show: 'Көрсету',
    ranked: (_count, formatted) => `Рейтингтегі қатысушылар: ${formatted}`,
    rank: 'Орын',
    participant: 'Қатысушы',
    points: 'Ұпай',
    badges: 'Белгілер',
    nobody: 'Рейтингте әзірге ешкім жоқ.',
    rules: 'Ұпай қалай беріледі',
    action: 'Әрекет',
    dailyCap: (_count, formatted) => `Күніне ең көбі ${formatted} ұпай.`,
    excludesStaff: 'Қызметкерлер мен лауазымды тұлғалар рейтингке қатыспайды.',
  },
};
