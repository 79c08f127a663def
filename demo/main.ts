import { isPageLanguage, PAGE_LANGUAGES, PAGE_TEXT } from './i18n.js';
import type { PageLanguage } from './i18n.js';
import { startMockBackend } from './mocks.js';

/*
 * The demo page's script, as a city would add it: the page translates its own text, the kit
 * follows `<html lang>`. The mocked backend starts before the kit, so widgets never miss it.
 */

const STORAGE_KEY = 'civic-demo-lang';
const english = new Map<Element, string>();

function setLanguage(lang: PageLanguage): void {
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
  document.title = text?.pageTitle ?? 'Participate — City of Almaty';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  localStorage.setItem(STORAGE_KEY, lang);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang ?? null;
    if (isPageLanguage(lang)) setLanguage(lang);
  });
}
const saved = localStorage.getItem(STORAGE_KEY);
setLanguage(isPageLanguage(saved) ? saved : PAGE_LANGUAGES[0]);

await startMockBackend();
// The kit as cities embed it: the one-file bundle (built by `npm start` when missing or stale).
await import(/* @vite-ignore */ `${location.origin}/assets/civic-widgets.js`);
