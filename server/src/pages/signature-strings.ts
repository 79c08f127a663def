import type { SignatureConfirmation, SignatureField } from '#protocol';
import type { ServerLocale } from '../config.js';
import { pluralRu } from './strings.js';

/* Text of the petition page's signature form and of "check your email", in English, Russian and Kazakh. */

export interface SignatureFormStrings {
  heading: string;
  labels: Readonly<Record<SignatureField, string>>;
  emailHint: string;
  optional: string;
  choose: string;
  /** The age statement: "I am 16 or older". */
  age: (minimumAge: number) => string;
  notify: string;
  privacy: string;
  submit: string;
  /** Before each error message (visually hidden) and before the page title when the form has errors. */
  errorPrefix: string;
  summaryTitle: string;
  required: Readonly<Record<SignatureField | SignatureConfirmation, string>>;
  invalid: Readonly<Record<SignatureField, string>>;
  tooLong: (label: string, max: string) => string;
  notAllowed: (label: string) => string;
  /** The form's key was already used with other answers (sent, then changed after going back). */
  sentBefore: string;
  /** Too many signings from this address or emails to this email address: `when` is "in 5 minutes". */
  tooMany: (when: string) => string;
  notOpen: string;
  signInNeeded: string;
  checkEmailTitle: string;
  checkEmailBody: string;
  checkEmailMissing: string;
}

export const SIGNATURE_FORM_STRINGS: Readonly<Record<ServerLocale, SignatureFormStrings>> = {
  en: {
    heading: 'Sign this petition',
    labels: {
      name: 'Full name',
      email: 'Email address',
      postcode: 'Postcode',
      region: 'Region',
      country: 'Country',
      address: 'Address',
    },
    emailHint: 'We will email you a link to confirm your signature.',
    optional: '(optional)',
    choose: 'Choose',
    age: (minimumAge) => `I am ${minimumAge} or older`,
    notify: 'Email me about this petition',
    privacy: 'How we use your details',
    submit: 'Sign this petition',
    errorPrefix: 'Error:',
    summaryTitle: 'There is a problem',
    required: {
      name: 'Enter your full name',
      email: 'Enter your email address',
      postcode: 'Enter your postcode',
      region: 'Choose your region',
      country: 'Choose your country',
      address: 'Enter your address',
      eligible: 'Confirm the statement to sign',
      ageConfirmed: 'Confirm your age to sign',
    },
    invalid: {
      name: 'Enter your full name without special characters',
      email: 'Enter an email address in the correct format, like name@example.com',
      postcode: 'Enter a real postcode',
      region: 'Choose a region from the list',
      country: 'Choose a country from the list',
      address: 'Enter a real address',
    },
    tooLong: (label, max) => `${label} must be ${max} characters or fewer`,
    notAllowed: (label) => `${label} must not start with =, +, - or @, or contain a link`,
    sentBefore: 'This form was already sent with other answers. Check your answers and send it again.',
    tooMany: (when) =>
      `Too many signatures were sent from here or to this email address. Nothing was saved: try again ${when}.`,
    notOpen: 'This petition does not accept signatures now.',
    signInNeeded: 'Signing this petition needs a sign-in, which works only with JavaScript turned on.',
    checkEmailTitle: 'Check your email',
    checkEmailBody:
      'We have sent an email to the address you gave. Open the link in it to confirm your signature: it counts only once you confirm it.',
    checkEmailMissing:
      'No email after a few minutes? Check your spam folder, or sign again to get a new link.',
  },
  ru: {
    heading: 'Подписать петицию',
    labels: {
      name: 'Имя и фамилия',
      email: 'Адрес электронной почты',
      postcode: 'Почтовый индекс',
      region: 'Район',
      country: 'Страна',
      address: 'Адрес',
    },
    emailHint: 'Мы отправим вам письмо со ссылкой для подтверждения подписи.',
    optional: '(необязательно)',
    choose: 'Выберите',
    age: (minimumAge) => `Мне не менее ${minimumAge} ${pluralRu(minimumAge, 'года', 'лет', 'лет')}`,
    notify: 'Сообщать мне о петиции по электронной почте',
    privacy: 'Как мы используем ваши данные',
    submit: 'Подписать петицию',
    errorPrefix: 'Ошибка:',
    summaryTitle: 'Обнаружены ошибки',
    required: {
      name: 'Введите имя и фамилию',
      email: 'Введите адрес электронной почты',
      postcode: 'Введите почтовый индекс',
      region: 'Выберите район',
      country: 'Выберите страну',
      address: 'Введите адрес',
      eligible: 'Подтвердите это утверждение, чтобы подписать',
      ageConfirmed: 'Подтвердите возраст, чтобы подписать',
    },
    invalid: {
      name: 'Введите имя и фамилию без специальных символов',
      email: 'Введите адрес в правильном формате, например name@example.com',
      postcode: 'Введите существующий почтовый индекс',
      region: 'Выберите район из списка',
      country: 'Выберите страну из списка',
      address: 'Введите правильный адрес',
    },
    tooLong: (label, max) => `${label}: не более ${max} символов`,
    notAllowed: (label) => `${label}: не может начинаться с =, +, - или @ и содержать ссылку`,
    sentBefore: 'Эта форма уже была отправлена с другими ответами. Проверьте ответы и отправьте её снова.',
    tooMany: (when) =>
      `Отсюда или на этот адрес отправлено слишком много подписей. Ничего не сохранено: попробуйте снова ${when}.`,
    notOpen: 'Эта петиция сейчас не принимает подписи.',
    signInNeeded:
      'Чтобы подписать эту петицию, нужно войти в систему, а это работает только с включённым JavaScript.',
    checkEmailTitle: 'Проверьте почту',
    checkEmailBody:
      'Мы отправили письмо на указанный адрес. Откройте ссылку из письма, чтобы подтвердить подпись: она учитывается только после подтверждения.',
    checkEmailMissing:
      'Письма нет через несколько минут? Проверьте папку «Спам» или подпишите ещё раз, чтобы получить новую ссылку.',
  },
  kk: {
    heading: 'Петицияға қол қою',
    labels: {
      name: 'Аты-жөні',
      email: 'Электрондық пошта мекенжайы',
      postcode: 'Пошта индексі',
      region: 'Аудан',
      country: 'Ел',
      address: 'Мекенжай',
    },
    emailHint: 'Қолыңызды растайтын сілтемені электрондық поштаңызға жібереміз.',
    optional: '(міндетті емес)',
    choose: 'Таңдаңыз',
    age: (minimumAge) => `Менің жасым кемінде ${minimumAge}`,
    notify: 'Осы петиция туралы маған хат жіберіңіз',
    privacy: 'Деректеріңізді қалай пайдаланамыз',
    submit: 'Петицияға қол қою',
    errorPrefix: 'Қате:',
    summaryTitle: 'Қателер табылды',
    required: {
      name: 'Аты-жөніңізді енгізіңіз',
      email: 'Электрондық пошта мекенжайын енгізіңіз',
      postcode: 'Пошта индексін енгізіңіз',
      region: 'Ауданды таңдаңыз',
      country: 'Елді таңдаңыз',
      address: 'Мекенжайды енгізіңіз',
      eligible: 'Қол қою үшін осы мәлімдемені растаңыз',
      ageConfirmed: 'Қол қою үшін жасыңызды растаңыз',
    },
    invalid: {
      name: 'Аты-жөніңізді арнайы таңбаларсыз енгізіңіз',
      email: 'Мекенжайды дұрыс пішімде енгізіңіз, мысалы name@example.com',
      postcode: 'Нақты пошта индексін енгізіңіз',
      region: 'Ауданды тізімнен таңдаңыз',
      country: 'Елді тізімнен таңдаңыз',
      address: 'Дұрыс мекенжайды енгізіңіз',
    },
    tooLong: (label, max) => `${label}: ${max} таңбадан аспауы керек`,
    notAllowed: (label) => `${label}: =, +, - немесе @ таңбасынан басталмауы және сілтеме қамтымауы керек`,
    sentBefore: 'Бұл форма басқа жауаптармен жіберілген. Жауаптарыңызды тексеріп, қайта жіберіңіз.',
    tooMany: (when) =>
      `Осы жерден немесе бұл электрондық пошта мекенжайына тым көп қол жіберілді. Ештеңе сақталмады: ${when} қайталап көріңіз.`,
    notOpen: 'Бұл петиция қазір қол қабылдамайды.',
    signInNeeded:
      'Бұл петицияға қол қою үшін жүйеге кіру керек, ал ол тек JavaScript қосулы болғанда жұмыс істейді.',
    checkEmailTitle: 'Поштаңызды тексеріңіз',
    checkEmailBody:
      'Көрсетілген мекенжайға хат жібердік. Қолыңызды растау үшін хаттағы сілтемені ашыңыз: қол тек расталғаннан кейін ғана есептеледі.',
    checkEmailMissing:
      'Бірнеше минуттан кейін хат келмеді ме? «Спам» қалтасын тексеріңіз немесе жаңа сілтеме алу үшін қайта қол қойыңыз.',
  },
};
