import { isPageLanguage, PAGE_LANGUAGES, PAGE_TEXT } from './i18n.js';
import { setUpSignIn } from './sign-in.js';

/*
 * The demo page's own script, as a city would add it: plain JavaScript served as is (no build).
 * The page translates its own text; the kit, loaded by its own script tag, follows `<html lang>`.
 */

const STORAGE_KEY = 'civic-demo-lang';
const DEFAULT_TITLE = document.title;
/** The English text of each translated element, read from the HTML the first time. */
const english = new Map();

/** @param {'en' | 'ru' | 'kk'} lang */
function setLanguage(lang) {
  document.documentElement.lang = lang;
  const text = lang === 'en' ? undefined : PAGE_TEXT[lang];
  for (const element of document.querySelectorAll('[data-i18n]')) {
    if (!english.has(element)) english.set(element, element.textContent ?? '');
    const key = element.getAttribute('data-i18n') ?? '';
    element.textContent = text?.[key] ?? english.get(element) ?? '';
  }
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    if (!english.has(element)) english.set(element, element.getAttribute('aria-label') ?? '');
    const key = element.getAttribute('data-i18n-label') ?? '';
    element.setAttribute('aria-label', text?.[key] ?? english.get(element) ?? '');
  }
  const page = document.body.dataset.page ?? 'participate';
  document.title = text?.[`pageTitle.${page}`] ?? DEFAULT_TITLE;
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
  }
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be blocked (private mode, policy): the choice then lasts for this visit only.
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.getAttribute('data-lang');
    if (isPageLanguage(lang)) setLanguage(lang);
  });
}

let saved = null;
try {
  saved = localStorage.getItem(STORAGE_KEY);
} catch {
  saved = null;
}
setLanguage(isPageLanguage(saved) ? saved : PAGE_LANGUAGES[0]);
setUpSignIn();
