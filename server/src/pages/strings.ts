import type { ServerLocale } from '../config.js';

/* Text of the confirmation page, and of the pages' shared messages, in English, Russian and Kazakh. */

export interface PageStrings {
  confirmTitle: string;
  confirmIntro: string;
  confirmButton: string;
  confirmedTitle: string;
  /** "This petition now has N signatures", with N already formatted. */
  countLine: (count: number, formatted: string) => string;
  invalidTitle: string;
  invalidBody: string;
  closedTitle: string;
  closedBody: string;
  backToPetition: string;
  foreignFormTitle: string;
  foreignFormBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  goneTitle: string;
  goneBody: string;
  /** Name of the language switcher. */
  languages: string;
  /** Name of a list's page links, and the links. */
  pages: string;
  nextPage: string;
  firstPage: string;
  category: string;
  allCategories: string;
  status: string;
  milestones: string;
  reachedOn: (date: string) => string;
}

/** The Russian plural form for `count`. */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('ru').select(count);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}

export const PAGE_STRINGS: Record<ServerLocale, PageStrings> = {
  en: {
    confirmTitle: 'Confirm your signature',
    confirmIntro: 'Press the button to confirm your signature on the petition:',
    confirmButton: 'Confirm my signature',
    confirmedTitle: 'Thank you: your signature is confirmed',
    countLine: (count, formatted) =>
      `The petition now has ${formatted} ${new Intl.PluralRules('en').select(count) === 'one' ? 'signature' : 'signatures'}.`,
    invalidTitle: 'This link has expired or is not valid',
    invalidBody: 'Confirmation links work for 7 days. Sign the petition again to get a new link.',
    closedTitle: 'This petition is closed',
    closedBody: 'It no longer accepts signatures.',
    backToPetition: 'Back to the petition',
    foreignFormTitle: 'This form cannot be sent from another website',
    foreignFormBody: 'Open the page on this website and send the form from there.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'Check the address, or go back to the page that linked here.',
    goneTitle: 'This page was removed',
    goneBody: 'What it showed is no longer published.',
    languages: 'Language',
    pages: 'Pages',
    nextPage: 'Next page',
    firstPage: 'First page',
    category: 'Category',
    allCategories: 'All categories',
    status: 'Status',
    milestones: 'Milestones',
    reachedOn: (date) => `Reached on ${date}`,
  },
  ru: {
    confirmTitle: 'Подтверждение подписи',
    confirmIntro: 'Нажмите кнопку, чтобы подтвердить свою подпись под петицией:',
    confirmButton: 'Подтвердить подпись',
    confirmedTitle: 'Спасибо, ваша подпись подтверждена',
    countLine: (count, formatted) =>
      `Теперь под петицией ${formatted} ${pluralRu(count, 'подпись', 'подписи', 'подписей')}.`,
    invalidTitle: 'Ссылка устарела или недействительна',
    invalidBody:
      'Ссылки для подтверждения действуют 7 дней. Подпишите петицию ещё раз, чтобы получить новую ссылку.',
    closedTitle: 'Петиция закрыта',
    closedBody: 'Она больше не принимает подписи.',
    backToPetition: 'Вернуться к петиции',
    foreignFormTitle: 'Эту форму нельзя отправить с другого сайта',
    foreignFormBody: 'Откройте страницу на этом сайте и отправьте форму оттуда.',
    notFoundTitle: 'Страница не найдена',
    notFoundBody: 'Проверьте адрес или вернитесь на страницу, которая сюда ссылалась.',
    goneTitle: 'Эта страница удалена',
    goneBody: 'То, что на ней было, больше не опубликовано.',
    languages: 'Язык',
    pages: 'Страницы',
    nextPage: 'Следующая страница',
    firstPage: 'Первая страница',
    category: 'Категория',
    allCategories: 'Все категории',
    status: 'Статус',
    milestones: 'Этапы',
    reachedOn: (date) => `Достигнут ${date}`,
  },
  kk: {
    confirmTitle: 'Қолды растау',
    confirmIntro: 'Петицияға қойған қолыңызды растау үшін түймені басыңыз:',
    confirmButton: 'Қолымды растау',
    confirmedTitle: 'Рахмет, қолыңыз расталды',
    countLine: (_count, formatted) => `Петицияда қазір ${formatted} қол бар.`,
    invalidTitle: 'Сілтеменің мерзімі өткен немесе ол жарамсыз',
    invalidBody: 'Растау сілтемелері 7 күн бойы жарамды. Жаңа сілтеме алу үшін петицияға қайта қол қойыңыз.',
    closedTitle: 'Петиция жабылды',
    closedBody: 'Ол енді қол қабылдамайды.',
    backToPetition: 'Петицияға оралу',
    foreignFormTitle: 'Бұл форманы басқа сайттан жіберуге болмайды',
    foreignFormBody: 'Бетті осы сайтта ашып, форманы сол жерден жіберіңіз.',
    notFoundTitle: 'Бет табылмады',
    notFoundBody: 'Мекенжайды тексеріңіз немесе осында сілтеме берген бетке оралыңыз.',
    goneTitle: 'Бұл бет жойылды',
    goneBody: 'Ондағы мәлімет енді жарияланбайды.',
    languages: 'Тіл',
    pages: 'Беттер',
    nextPage: 'Келесі бет',
    firstPage: 'Бірінші бет',
    category: 'Санат',
    allCategories: 'Барлық санаттар',
    status: 'Күйі',
    milestones: 'Кезеңдер',
    reachedOn: (date) => `Жеткен күні: ${date}`,
  },
};
