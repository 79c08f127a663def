import type { IdeaSort, IdeaStatus } from '#protocol';
import type { ServerLocale } from '../config.js';
import { pluralRu } from './strings.js';

/* Text of an idea board's page in English, Russian and Kazakh. */

export interface BoardPageStrings {
  statuses: Readonly<Record<IdeaStatus, string>>;
  sorts: Readonly<Record<IdeaSort, string>>;
  sortBy: string;
  show: string;
  ideas: string;
  /** "Ideas 21–40 of 83", numbers formatted. */
  showing: (from: string, to: string, total: string) => string;
  noIdeas: string;
  supporters: (count: number, formatted: string) => string;
  against: (formatted: string) => string;
  proposedBy: string;
  officialResponse: string;
  votingNeedsScripts: string;
  signInOnCityPage: string;
  supportNeedsSignIn: string;
  signIn: string;
  /** A link per idea; the idea's title follows it, visually hidden. */
  signInToSupport: string;
  support: string;
  withdrawSupport: string;
  voteAgainst: string;
  withdrawAgainst: string;
  youSupport: string;
  youOppose: string;
}

export const BOARD_PAGE_STRINGS: Readonly<Record<ServerLocale, BoardPageStrings>> = {
  en: {
    statuses: {
      new: 'New',
      under_review: 'Under review',
      planned: 'Planned',
      in_progress: 'In progress',
      implemented: 'Done',
      declined: 'Declined',
      duplicate: 'Duplicate',
    },
    sorts: {
      trending: 'Trending',
      top: 'Most supported',
      new: 'Newest',
      discussed: 'Most discussed',
      random: 'Random order',
    },
    sortBy: 'Sort by',
    show: 'Show ideas',
    ideas: 'Ideas',
    showing: (from, to, total) => `Ideas ${from}–${to} of ${total}`,
    noIdeas: 'No ideas match.',
    supporters: (count, formatted) =>
      `${formatted} ${new Intl.PluralRules('en').select(count) === 'one' ? 'supporter' : 'supporters'}`,
    against: (formatted) => `${formatted} against`,
    proposedBy: 'Proposed by',
    officialResponse: 'Official response',
    votingNeedsScripts: 'Supporting an idea needs a sign-in, which works only with JavaScript turned on.',
    signInOnCityPage: 'Sign in and support ideas on the city’s page',
    supportNeedsSignIn: 'To support ideas, sign in.',
    signIn: 'Sign in',
    signInToSupport: 'Sign in to support',
    support: 'Support',
    withdrawSupport: 'Withdraw support',
    voteAgainst: 'Vote against',
    withdrawAgainst: 'Withdraw vote against',
    youSupport: 'You support this idea.',
    youOppose: 'You voted against this idea.',
  },
  ru: {
    statuses: {
      new: 'Новая',
      under_review: 'На рассмотрении',
      planned: 'Запланирована',
      in_progress: 'Выполняется',
      implemented: 'Реализована',
      declined: 'Отклонена',
      duplicate: 'Дубликат',
    },
    sorts: {
      trending: 'Популярные сейчас',
      top: 'Больше всего поддержки',
      new: 'Новые',
      discussed: 'Самые обсуждаемые',
      random: 'В случайном порядке',
    },
    sortBy: 'Сортировка',
    show: 'Показать идеи',
    ideas: 'Идеи',
    showing: (from, to, total) => `Идеи ${from}–${to} из ${total}`,
    noIdeas: 'Подходящих идей нет.',
    supporters: (count, formatted) =>
      `${formatted} ${pluralRu(count, 'сторонник', 'сторонника', 'сторонников')}`,
    against: (formatted) => `${formatted} против`,
    proposedBy: 'Автор',
    officialResponse: 'Официальный ответ',
    votingNeedsScripts:
      'Чтобы поддержать идею, нужно войти в систему, а это работает только с включённым JavaScript.',
    signInOnCityPage: 'Войти и поддержать идеи на странице города',
    supportNeedsSignIn: 'Чтобы поддерживать идеи, войдите.',
    signIn: 'Войти',
    signInToSupport: 'Войти, чтобы поддержать',
    support: 'Поддержать',
    withdrawSupport: 'Отозвать поддержку',
    voteAgainst: 'Голосовать против',
    withdrawAgainst: 'Отозвать голос против',
    youSupport: 'Вы поддерживаете эту идею.',
    youOppose: 'Вы проголосовали против этой идеи.',
  },
  kk: {
    statuses: {
      new: 'Жаңа',
      under_review: 'Қаралуда',
      planned: 'Жоспарланған',
      in_progress: 'Орындалуда',
      implemented: 'Іске асырылды',
      declined: 'Қабылданбады',
      duplicate: 'Қайталанған',
    },
    sorts: {
      trending: 'Қазір танымал',
      top: 'Ең көп қолдау тапқан',
      new: 'Ең жаңалары',
      discussed: 'Ең көп талқыланған',
      random: 'Кездейсоқ ретпен',
    },
    sortBy: 'Сұрыптау',
    show: 'Идеяларды көрсету',
    ideas: 'Идеялар',
    showing: (from, to, total) => `Идеялар: ${from}–${to}, барлығы ${total}`,
    noIdeas: 'Сәйкес идея жоқ.',
    supporters: (_count, formatted) => `${formatted} қолдаушы`,
    against: (formatted) => `${formatted} қарсы`,
    proposedBy: 'Ұсынған',
    officialResponse: 'Ресми жауап',
    votingNeedsScripts:
      'Идеяны қолдау үшін жүйеге кіру керек, ал ол тек JavaScript қосулы болғанда жұмыс істейді.',
    signInOnCityPage: 'Қала бетінде кіріп, идеяларды қолдау',
    supportNeedsSignIn: 'Идеяларды қолдау үшін жүйеге кіріңіз.',
    signIn: 'Кіру',
    signInToSupport: 'Қолдау үшін кіру',
    support: 'Қолдау',
    withdrawSupport: 'Қолдауды қайтарып алу',
    voteAgainst: 'Қарсы дауыс беру',
    withdrawAgainst: 'Қарсы дауысты қайтарып алу',
    youSupport: 'Сіз бұл идеяны қолдайсыз.',
    youOppose: 'Сіз бұл идеяға қарсы дауыс бердіңіз.',
  },
};
