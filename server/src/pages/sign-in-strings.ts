import type { ServerLocale } from '../config.js';

/* Text of the pages' sign-in (for voting without scripts) in English, Russian and Kazakh. */

export interface SignInStrings {
  title: string;
  /** Demo mode's sign-in: any name, nothing checked. */
  demoIntro: string;
  nameLabel: string;
  nameHint: string;
  nameRequired: string;
  /** "Enter a name of 80 characters or fewer", the number formatted. */
  nameTooLong: (max: string) => string;
  submit: string;
  failedTitle: string;
  failedBody: string;
  unavailableTitle: string;
  unavailableBody: string;
  goBack: string;
  signedInAs: string;
  signOut: string;
}

export const SIGN_IN_STRINGS: Readonly<Record<ServerLocale, SignInStrings>> = {
  en: {
    title: 'Sign in',
    demoIntro:
      'This is a demonstration server: enter any name to sign in. A city’s own site signs people in with its account service.',
    nameLabel: 'Your name',
    nameHint: 'Shown with the ideas you propose.',
    nameRequired: 'Enter your name',
    nameTooLong: (max) => `Enter a name of ${max} characters or fewer`,
    submit: 'Sign in',
    failedTitle: 'You could not be signed in',
    failedBody: 'The sign-in was not accepted, or it has expired. Go back and try again.',
    unavailableTitle: 'Signing in is not available here',
    unavailableBody: 'This server has no sign-in for its pages. Take part on the city’s own page.',
    goBack: 'Go back',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
  },
  ru: {
    title: 'Вход',
    demoIntro:
      'Это демонстрационный сервер: чтобы войти, введите любое имя. Сайт города проверяет вход через свою службу учётных записей.',
    nameLabel: 'Ваше имя',
    nameHint: 'Показывается рядом с идеями, которые вы предложите.',
    nameRequired: 'Введите имя',
    nameTooLong: (max) => `Имя должно быть не длиннее ${max} символов`,
    submit: 'Войти',
    failedTitle: 'Не удалось войти',
    failedBody: 'Вход не принят или его срок истёк. Вернитесь и попробуйте ещё раз.',
    unavailableTitle: 'Вход здесь недоступен',
    unavailableBody: 'На страницах этого сервера войти нельзя. Участвуйте на странице сайта города.',
    goBack: 'Вернуться',
    signedInAs: 'Вы вошли как',
    signOut: 'Выйти',
  },
  kk: {
    title: 'Кіру',
    demoIntro:
      'Бұл — демонстрациялық сервер: кіру үшін кез келген атты енгізіңіз. Қала сайты кіруді өзінің тіркелгі қызметі арқылы тексереді.',
    nameLabel: 'Атыңыз',
    nameHint: 'Сіз ұсынған идеялардың қасында көрсетіледі.',
    nameRequired: 'Атыңызды енгізіңіз',
    nameTooLong: (max) => `Аты ${max} таңбадан аспауы керек`,
    submit: 'Кіру',
    failedTitle: 'Кіру мүмкін болмады',
    failedBody: 'Кіру қабылданбады немесе оның мерзімі өтіп кетті. Артқа оралып, қайта көріңіз.',
    unavailableTitle: 'Мұнда кіру мүмкін емес',
    unavailableBody: 'Бұл сервердің беттерінде кіру жоқ. Қала сайтының бетінде қатысыңыз.',
    goBack: 'Артқа оралу',
    signedInAs: 'Сіз кірдіңіз:',
    signOut: 'Шығу',
  },
};
