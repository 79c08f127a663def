import type { KazakhPlural, TranslationOf } from '../plurals.js';
import type { commonEn } from './en.js';

export const commonKk: TranslationOf<typeof commonEn, KazakhPlural> = {
  loading: 'Жүктелуде…',

  'error.prefix': 'Қате:',
  'error.title': 'Жүктеу мүмкін болмады',
  'error.retry': 'Қайталап көру',
  'error.network': 'Интернет байланысын тексеріп, қайталап көріңіз.',
  'error.timeout': 'Сервер тым ұзақ жауап бермеді.',
  'error.malformed': 'Сервер біз оқи алмайтын деректер жіберді',
  'error.notFound': 'Бұл деректер табылмады. Олар жойылған болуы мүмкін.',
  'error.authRequired': 'Жалғастыру үшін жүйеге кіріңіз',
  'error.server': 'Серверде қате орын алды.',

  'live.updated': 'Деректер жаңартылды',
  'live.paused': 'Нақты уақыттағы жаңарту тоқтатылды. Қайта қосылуда…',
  'live.resumed': 'Нақты уақыттағы жаңарту қайта басталды',
  'live.resultsLoaded': { one: '{count} нәтиже жүктелді', other: '{count} нәтиже жүктелді' },

  signatures: { one: '{count} қолтаңба', other: '{count} қолтаңба' },
  supporters: { one: '{count} қолдаушы', other: '{count} қолдаушы' },
  backers: { one: '{count} демеуші', other: '{count} демеуші' },
  ideas: { one: '{count} идея', other: '{count} идея' },
  votes: { one: '{count} дауыс', other: '{count} дауыс' },

  'time.daysLeft': { one: '{count} күн қалды', other: '{count} күн қалды' },
  'time.hoursLeft': { one: '{count} сағат қалды', other: '{count} сағат қалды' },
  'time.minutesLeft': { one: '{count} минут қалды', other: '{count} минут қалды' },
  'time.closed': 'Аяқталды',

  'submit.network': 'Серверге қосылу мүмкін болмады. Интернет байланысын тексеріп, қайталап көріңіз.',
  'submit.server': 'Біз жақта қате орын алды. Сәлден кейін қайталап көріңіз.',
  'submit.busy': 'Сұрауыңыз әлі өңделуде. Сәл күтіп, қайталап көріңіз.',
  'submit.rateLimited': 'Әрекет тым көп болды. Бірнеше минут күтіп, қайталап көріңіз.',
  'submit.rateLimitedUntil': 'Әрекет тым көп болды. {when} қайталап көріңіз.',
  'submit.originNotAllowed.sign':
    'Бұл бетте петицияларға әзірге қол қою мүмкін емес. Қолтаңбаңыз жіберілмеді.',
  'submit.originNotAllowed.idea': 'Бұл бетте әзірге идея ұсыну мүмкін емес.',
  'submit.originNotAllowed.confirm': 'Бұл бетте әзірге қолтаңбаны растау мүмкін емес.',
  'submit.originNotAllowed.vote': 'Бұл бетте әзірге дауыс беру мүмкін емес. Дауысыңыз сақталмады.',
  'submit.originNotAllowed.report': 'Бұл бетте әзірге шағым жіберу мүмкін емес.',

  /** Both forms say these; the keys are public, so they keep their `sign.` names. */
  'sign.error.summary': 'Қателер табылды',
  'sign.error.other': 'Жауаптарыңызды тексеріп, қайталап көріңіз',

  'download.title': 'Деректерді жүктеп алу',
  'download.format.csv': 'CSV',
  'download.format.json': 'JSON',
  'download.dataset.petitions': 'Осы петиция',
  'download.dataset.petition-regions': 'Өңірлер бойынша қолтаңбалар',
  'download.dataset.petition-history': 'Қолтаңбалар динамикасы',
  'download.dataset.ideas': 'Осы тақтадағы идеялар',
  'download.dataset.campaigns': 'Осы науқан',
  'download.dataset.campaign-milestones': 'Қосымша мақсаттар',
  'download.dataset.campaign-history': 'Жиналған қаражат динамикасы',
  'download.dataset.leaderboard-entries': 'Рейтинг',
};
