import type { LocaleMessages } from './en.js';

/** Russian needs all four forms: 1 подпись, 2 подписи, 5 подписей, 1,5 подписи. */
interface RussianPlural {
  readonly one: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}

export const ru: LocaleMessages<RussianPlural> = {
  loading: 'Загрузка…',

  'error.prefix': 'Ошибка:',
  'error.title': 'Не удалось загрузить',
  'error.retry': 'Попробовать снова',
  'error.network': 'Проверьте подключение к интернету и попробуйте снова.',
  'error.timeout': 'Сервер слишком долго не отвечал.',
  'error.malformed': 'Сервер прислал данные, которые нам не удалось прочитать',
  'error.notFound': 'Не удалось найти эти данные. Возможно, они были удалены.',
  'error.authRequired': 'Войдите, чтобы продолжить',
  'error.server': 'На сервере произошла ошибка.',

  'live.updated': 'Данные обновлены',
  'live.paused': 'Обновление в реальном времени приостановлено. Переподключение…',
  'live.resumed': 'Обновление в реальном времени возобновлено',
  'live.resultsLoaded': {
    one: 'Загружен {count} результат',
    few: 'Загружено {count} результата',
    many: 'Загружено {count} результатов',
    other: 'Загружено {count} результата',
  },

  signatures: {
    one: '{count} подпись',
    few: '{count} подписи',
    many: '{count} подписей',
    other: '{count} подписи',
  },
  supporters: {
    one: '{count} сторонник',
    few: '{count} сторонника',
    many: '{count} сторонников',
    other: '{count} сторонника',
  },
  backers: {
    one: '{count} спонсор',
    few: '{count} спонсора',
    many: '{count} спонсоров',
    other: '{count} спонсора',
  },
  ideas: {
    one: '{count} идея',
    few: '{count} идеи',
    many: '{count} идей',
    other: '{count} идеи',
  },
  votes: {
    one: '{count} голос',
    few: '{count} голоса',
    many: '{count} голосов',
    other: '{count} голоса',
  },

  'time.daysLeft': {
    one: 'Остался {count} день',
    few: 'Осталось {count} дня',
    many: 'Осталось {count} дней',
    other: 'Осталось {count} дня',
  },
  'time.hoursLeft': {
    one: 'Остался {count} час',
    few: 'Осталось {count} часа',
    many: 'Осталось {count} часов',
    other: 'Осталось {count} часа',
  },
  'time.minutesLeft': {
    one: 'Осталась {count} минута',
    few: 'Осталось {count} минуты',
    many: 'Осталось {count} минут',
    other: 'Осталось {count} минуты',
  },
  'time.closed': 'Завершено',
};
