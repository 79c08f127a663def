/// <reference types="mocha" />
import { expect, html, waitUntil } from '@open-wc/testing';
import { formatNumber } from '../../src/i18n/format.js';
import { LANGUAGE_PACKS } from '../../src/i18n/language-packs.js';
import type { LanguagePack } from '../../src/i18n/language-packs.js';
import { isLanguageLoaded, loadLanguage, lookup } from '../../src/i18n/translations.js';
import { CivicElement } from '../../src/internal/civic-element.js';

/*
 * Each built-in language is a chunk of its own, loaded when a widget first needs it. This page
 * starts with no table loaded, so the order of the tests below matters.
 */

const NBSP = '\u00a0';
const WORDING = {
  en: ['Could not load', 'Try again'],
  ru: ['Не удалось загрузить', 'Попробовать снова'],
  kk: ['Жүктеу мүмкін болмады', 'Қайталап көру'],
} as const;

class WordingProbe extends CivicElement {
  override render() {
    return html`<p>${this.localize.term('error.title')}</p>
      <p>${this.localize.term('error.retry')}</p>`;
  }
}
customElements.define('x-language-probe', WordingProbe);

/** Connects a probe and records every text its shadow root ever shows. */
function probe(lang: string): { element: WordingProbe; seen: string[] } {
  const element = document.createElement('x-language-probe') as WordingProbe;
  element.lang = lang;
  const seen: string[] = [];
  const record = () => {
    const text = element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) seen.push(text);
  };
  // The render root exists once connected; the first render comes later, in a microtask at the earliest.
  document.body.append(element);
  const observer = new MutationObserver(record);
  observer.observe(element.renderRoot, { subtree: true, childList: true, characterData: true });
  return { element, seen };
}

/** The i18n modules this page fetched so far. */
function fetchedTables(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/src\/i18n\/(en|ru|kk)\.ts$/.test(path));
}

describe('languages loaded on demand', () => {
  it('starts with no table: nothing is downloaded before a widget asks', () => {
    for (const language of ['en', 'ru', 'kk']) expect(isLanguageLoaded(language), language).to.be.false;
    expect(fetchedTables()).to.deep.equal([]);
    expect(lookup('kk', 'error.retry').value, 'a lookup without its table shows the key').to.equal(
      'error.retry',
    );
  });

  it('renders a Kazakh widget in Kazakh from its first render, loading Kazakh and nothing else', async () => {
    const { element, seen } = probe('kk');
    await element.updateComplete;
    expect(seen.length).to.be.greaterThan(0);
    for (const text of seen) expect(text).to.equal(WORDING.kk.join(' '));
    expect(fetchedTables()).to.deep.equal(['/src/i18n/kk.ts']);
    element.remove();
  });

  it('brings the Kazakh formatting data with the Kazakh strings', () => {
    // Chromium's Intl has no Kazakh data and would print "1,234.5".
    expect(formatNumber('kk', 1234.5)).to.equal(`1${NBSP}234,5`);
  });

  it('switches a widget to another language with no flash of keys or English', async () => {
    const { element, seen } = probe('kk');
    await element.updateComplete;
    element.lang = 'ru';
    await waitUntil(() => element.shadowRoot?.textContent?.includes(WORDING.ru[0]), 'Russian shown', {
      timeout: 5000,
    });
    expect(new Set(seen)).to.deep.equal(new Set([WORDING.kk.join(' '), WORDING.ru.join(' ')]));
    expect(fetchedTables()).to.deep.equal(['/src/i18n/kk.ts', '/src/i18n/ru.ts']);
    element.remove();
  });

  it('shows English, and says why, when a language cannot be downloaded; tries again later', async () => {
    const packs = LANGUAGE_PACKS as { en: () => Promise<LanguagePack> };
    const real = packs.en;
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    packs.en = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { element, seen } = probe('en');
      await element.updateComplete;
      expect(String(errors[0]?.[0])).to.contain('"en" could not be loaded');
      expect(seen.at(-1), 'with no English either, the keys are the last resort').to.equal(
        'error.title error.retry',
      );
      element.remove();
    } finally {
      packs.en = real;
      console.error = consoleError;
    }
    await loadLanguage('en');
    const { element } = probe('en');
    await element.updateComplete;
    expect(element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(WORDING.en.join(' '));
    element.remove();
  });
});
