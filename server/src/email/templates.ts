import type { ServerLocale } from '../config.js';
import { html } from '../pages/html.js';

/*
 * The emails signers get, in English, Russian and Kazakh: "confirm your signature" with the link
 * to the confirmation page, and "you have already signed" for a duplicate.
 */

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface ConfirmStrings {
  subject: (title: string) => string;
  thanks: (title: string) => string;
  instruction: string;
  button: string;
  expiry: string;
  notYou: string;
}

interface AlreadySignedStrings {
  subject: (title: string) => string;
  intro: (title: string) => string;
  counted: string;
  notYou: string;
  petitionLink: string;
}

const CONFIRM: Record<ServerLocale, ConfirmStrings> = {
  en: {
    subject: (title) => `Please confirm your signature: ${title}`,
    thanks: (title) => `Thank you for signing the petition “${title}”.`,
    instruction: 'Your signature counts only after you confirm it. Open this link and press the button:',
    button: 'Confirm my signature',
    expiry: 'The link works for 7 days.',
    notYou: 'If you did not sign this petition, ignore this email: nothing will be counted.',
  },
  ru: {
    subject: (title) => `Подтвердите свою подпись: ${title}`,
    thanks: (title) => `Спасибо, что подписали петицию «${title}».`,
    instruction: 'Подпись будет учтена только после подтверждения. Откройте ссылку и нажмите кнопку:',
    button: 'Подтвердить подпись',
    expiry: 'Ссылка действует 7 дней.',
    notYou: 'Если вы не подписывали эту петицию, просто проигнорируйте это письмо: подпись не будет учтена.',
  },
  kk: {
    subject: (title) => `Қолыңызды растаңыз: ${title}`,
    thanks: (title) => `«${title}» петициясына қол қойғаныңыз үшін рахмет.`,
    instruction: 'Қолыңыз растағаннан кейін ғана есепке алынады. Сілтемені ашып, түймені басыңыз:',
    button: 'Қолымды растау',
    expiry: 'Сілтеме 7 күн бойы жарамды.',
    notYou: 'Егер сіз бұл петицияға қол қоймаған болсаңыз, бұл хатты елемеңіз: қол есепке алынбайды.',
  },
};

const ALREADY_SIGNED: Record<ServerLocale, AlreadySignedStrings> = {
  en: {
    subject: (title) => `You have already signed: ${title}`,
    intro: (title) =>
      `Someone, probably you, tried to sign the petition “${title}” again with this email address.`,
    counted: 'Your signature has already been counted once. You do not need to do anything.',
    notYou: 'If this was not you, you can ignore this email.',
    petitionLink: 'The petition:',
  },
  ru: {
    subject: (title) => `Вы уже подписали петицию: ${title}`,
    intro: (title) =>
      `Кто-то, вероятно вы, снова попытался подписать петицию «${title}» с этим адресом электронной почты.`,
    counted: 'Ваша подпись уже учтена один раз. Ничего делать не нужно.',
    notYou: 'Если это были не вы, просто проигнорируйте это письмо.',
    petitionLink: 'Петиция:',
  },
  kk: {
    subject: (title) => `Сіз бұл петицияға бұрын қол қойғансыз: ${title}`,
    intro: (title) =>
      `Біреу, бәлкім сіз, «${title}» петициясына осы электрондық пошта мекенжайымен қайта қол қоюға тырысты.`,
    counted: 'Сіздің қолыңыз бір рет есепке алынған. Ештеңе істеудің қажеті жоқ.',
    notYou: 'Егер бұл сіз болмасаңыз, бұл хатты елемеңіз.',
    petitionLink: 'Петиция:',
  },
};

/** Titles go into a Subject header: one line, bounded. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 150);
}

function document(locale: ServerLocale, title: string, content: unknown): string {
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body>
        ${content}
      </body>
    </html> `.value;
}

/** "Confirm your signature", linking to `confirmUrl` (the confirmation page with the token). */
export function renderConfirmationMail(
  locale: ServerLocale,
  petitionTitle: string,
  confirmUrl: string,
): RenderedMail {
  const s = CONFIRM[locale];
  const subject = s.subject(oneLine(petitionTitle));
  const text = [s.thanks(petitionTitle), '', s.instruction, confirmUrl, '', s.expiry, '', s.notYou, ''].join(
    '\n',
  );
  const body = html`<p>${s.thanks(petitionTitle)}</p>
    <p>${s.instruction}</p>
    <p><a href="${confirmUrl}">${s.button}</a></p>
    <p>${confirmUrl}</p>
    <p>${s.expiry}</p>
    <p>${s.notYou}</p>`;
  return { subject, text, html: document(locale, subject, body) };
}

/** "You have already signed", for a duplicate signature. */
export function renderAlreadySignedMail(
  locale: ServerLocale,
  petitionTitle: string,
  petitionUrl: string | null,
): RenderedMail {
  const s = ALREADY_SIGNED[locale];
  const subject = s.subject(oneLine(petitionTitle));
  const lines = [s.intro(petitionTitle), '', s.counted, ''];
  if (petitionUrl) lines.push(s.petitionLink, petitionUrl, '');
  lines.push(s.notYou, '');
  const body = html`<p>${s.intro(petitionTitle)}</p>
    <p>${s.counted}</p>
    ${petitionUrl ? html`<p>${s.petitionLink} <a href="${petitionUrl}">${petitionUrl}</a></p>` : ''}
    <p>${s.notYou}</p>`;
  return { subject, text: lines.join('\n'), html: document(locale, subject, body) };
}
