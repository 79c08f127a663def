import type { IntlFallback } from './types.js';

const MONTHS_SHORT = [
  'қаң.',
  'ақп.',
  'нау.',
  'сәу.',
  'мам.',
  'мау.',
  'шіл.',
  'там.',
  'қыр.',
  'қаз.',
  'қар.',
  'жел.',
] as const;

const AUTO_WORDS = {
  second: { '0': 'қазір' },
  minute: { '0': 'осы минут' },
  hour: { '0': 'осы сағат' },
  day: { '-2': 'алдыңгүні', '-1': 'кеше', '0': 'бүгін', '1': 'ертең', '2': 'бүрсігүні' },
  week: { '-1': 'өткен апта', '0': 'осы апта', '1': 'келесі апта' },
  month: { '-1': 'өткен ай', '0': 'осы ай', '1': 'келесі ай' },
  quarter: { '-1': 'өткен тоқсан', '0': 'осы тоқсан', '1': 'келесі тоқсан' },
  year: { '-1': 'былтырғы жыл', '0': 'биылғы жыл', '1': 'келесі жыл' },
} as const;

/**
 * Kazakh CLDR formatting data (CLDR 48, as Node 20's full ICU prints it), for browsers whose `Intl`
 * has none: Chromium and Chrome ship ICU without Kazakh and print "2026 M11 28" or "+3 d".
 */
export const kkFormats: IntlFallback = {
  number: {
    // ru-KZ has the same symbols, grouping and currency placement as kk: "1 234,50 ₸".
    locale: 'ru-KZ',
    percentSpace: false,
    words: { 'тыс.': 'мың', 'не\u00a0число': 'сан\u00a0емес' },
  },
  date: {
    months: {
      long: [
        'қаңтар',
        'ақпан',
        'наурыз',
        'сәуір',
        'мамыр',
        'маусым',
        'шілде',
        'тамыз',
        'қыркүйек',
        'қазан',
        'қараша',
        'желтоқсан',
      ],
      short: MONTHS_SHORT,
    },
    standaloneMonths: {
      long: [
        'Қаңтар',
        'Ақпан',
        'Наурыз',
        'Сәуір',
        'Мамыр',
        'Маусым',
        'Шілде',
        'Тамыз',
        'Қыркүйек',
        'Қазан',
        'Қараша',
        'Желтоқсан',
      ],
      short: MONTHS_SHORT,
    },
    weekdays: {
      long: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
      short: ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'],
    },
    dateStyles: {
      full: '{y} ж. {d} {MMMM}, {EEEE}',
      long: '{y} ж. {d} {MMMM}',
      medium: '{y} ж. {dd} {MMM}',
      short: '{dd}.{MM}.{yy}',
    },
    skeletons: {
      y: '{y}',
      yM: '{MM}.{y}',
      yMd: '{dd}.{MM}.{y}',
      M: '{M}',
      Md: '{dd}.{MM}',
      d: '{d}',
      yMMM: '{y} ж. {MMM}',
      yMMMd: '{y} ж. {d} {MMM}',
      MMM: '{LLL}',
      MMMd: '{d} {MMM}',
      yMMMM: '{y} ж. {MMMM}',
      yMMMMd: '{y} ж. {d} {MMMM}',
      MMMM: '{LLLL}',
      MMMMd: '{d} {MMMM}',
    },
    withWeekday: '{date}, {weekday}',
    dateTime: '{date}, {time}',
  },
  relativeTime: {
    long: {
      units: {
        second: { past: '{0} секунд бұрын', future: '{0} секундтан кейін' },
        minute: { past: '{0} минут бұрын', future: '{0} минуттан кейін' },
        hour: { past: '{0} сағат бұрын', future: '{0} сағаттан кейін' },
        day: { past: '{0} күн бұрын', future: '{0} күннен кейін' },
        week: { past: '{0} апта бұрын', future: '{0} аптадан кейін' },
        month: { past: '{0} ай бұрын', future: '{0} айдан кейін' },
        quarter: { past: '{0} тоқсан бұрын', future: '{0} тоқсаннан кейін' },
        year: { past: '{0} жыл бұрын', future: '{0} жылдан кейін' },
      },
      words: AUTO_WORDS,
    },
    short: {
      units: {
        second: { past: '{0} сек. бұрын', future: '{0} сек. кейін' },
        minute: { past: '{0} мин. бұрын', future: '{0} мин. кейін' },
        hour: { past: '{0} сағ. бұрын', future: '{0} сағ. кейін' },
        day: { past: '{0} күн бұрын', future: '{0} күннен кейін' },
        week: { past: '{0} ап. бұрын', future: '{0} ап. кейін' },
        month: { past: '{0} ай бұрын', future: '{0} айдан кейін' },
        quarter: { past: '{0} тқс. бұрын', future: '{0} тқс. кейін' },
        year: { past: '{0} ж. бұрын', future: '{0} ж. кейін' },
      },
      words: { ...AUTO_WORDS, day: { ...AUTO_WORDS.day, '-2': 'алдыңғы күні' } },
    },
  },
  list: {
    conjunction: { pair: '{0} және {1}', start: '{0}, {1}', middle: '{0}, {1}', end: '{0}, {1}' },
    disjunction: { pair: '{0} не {1}', start: '{0}, {1}', middle: '{0}, {1}', end: '{0}, не болмаса {1}' },
    unit: { pair: '{0} {1}', start: '{0} {1}', middle: '{0} {1}', end: '{0} {1}' },
  },
};
