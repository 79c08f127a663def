import type { RussianPlural, TranslationOf } from '../plurals.js';
import type { commonEn } from './en.js';

export const commonRu: TranslationOf<typeof commonEn, RussianPlural> = {
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

  'submit.network': 'Не удалось связаться с сервером. Проверьте подключение к интернету и попробуйте снова.',
  'submit.server': 'У нас что-то пошло не так. Попробуйте чуть позже.',
  'submit.busy': 'Мы ещё обрабатываем ваш запрос. Подождите немного и попробуйте снова.',
  'submit.rateLimited': 'Слишком много попыток. Подождите несколько минут и попробуйте снова.',
  'submit.rateLimitedUntil': 'Слишком много попыток. Попробуйте снова {when}.',
  'submit.originNotAllowed.sign':
    'Подписывать петиции на этой странице пока нельзя. Ваша подпись не отправлена.',
  'submit.originNotAllowed.idea': 'Предлагать идеи на этой странице пока нельзя.',
  'submit.originNotAllowed.confirm': 'Подтверждать подписи на этой странице пока нельзя.',
  'submit.originNotAllowed.vote': 'Голосовать на этой странице пока нельзя. Ваш голос не сохранён.',
  'submit.originNotAllowed.report': 'Сообщать о нарушениях на этой странице пока нельзя.',

  /** Both forms say these; the keys are public, so they keep their `sign.` names. */
  'sign.error.summary': 'Обнаружены ошибки',
  'sign.error.other': 'Проверьте ответы и попробуйте снова',

  'download.title': 'Скачать данные',
  'download.format.csv': 'CSV',
  'download.format.json': 'JSON',
  'download.dataset.petitions': 'Эта петиция',
  'download.dataset.petition-regions': 'Подписи по регионам',
  'download.dataset.petition-history': 'Динамика подписей',
  'download.dataset.ideas': 'Идеи на этой доске',
  'download.dataset.campaigns': 'Эта кампания',
  'download.dataset.campaign-milestones': 'Дополнительные цели',
  'download.dataset.campaign-history': 'Динамика сборов',
  'download.dataset.leaderboard-entries': 'Рейтинг',
};
