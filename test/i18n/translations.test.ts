/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/translations.js';
import { CivicElement } from '../../src/internal/civic-element.js';
import { captureWarnings } from '../internal/support.js';

/** Shows a few strings in its language. */
class WordingProbe extends CivicElement {
  override render() {
    return html`<p>${this.localize.term('error.title')}</p>
      <p>${this.localize.term('error.network')}</p>
      <p>${this.localize.term('error.retry')}</p>
      <p>${this.localize.plural('signatures', 21)}</p>`;
  }
}
customElements.define('x-wording-probe', WordingProbe);

function text(element: Element): string {
  return element.shadowRoot!.textContent ?? '';
}

/** Declared strings are read once, at the first string a widget needs: declare them all up front. */
const DECLARED: Array<[locale: string, json: string]> = [
  [
    'kk',
    '{"error.retry": "Тағы бір рет көріңіз", "signatures": {"one": "{count} қол", "other": "{count} қол"}}',
  ],
  ['ru', '{"error.retry": "Ещё раз",'],
  [
    'en',
    '{"error.title": 5, "signatures": {"one": "{count} name"}, "error.nope": "x", "error.network": "Your connection dropped."}',
  ],
  ['uz', '{"error.retry": "Qayta urinib ko‘ring"}'],
];

describe('page strings', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const scripts: HTMLScriptElement[] = [];

  before(() => {
    warnings = captureWarnings();
    for (const [locale, json] of DECLARED) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.dataset['civicStrings'] = locale;
      script.textContent = json;
      document.head.append(script);
      scripts.push(script);
    }
  });

  after(() => {
    warnings.restore();
    for (const script of scripts) script.remove();
  });

  describe('declared in a JSON script', () => {
    it('replace the built-in wording and keep the rest', async () => {
      const probe = await fixture<WordingProbe>(html`<x-wording-probe lang="kk"></x-wording-probe>`);
      expect(text(probe)).to.contain('Тағы бір рет көріңіз');
      expect(text(probe)).to.contain('21 қол');
      expect(text(probe)).to.contain('Жүктеу мүмкін болмады');
    });

    it('are skipped with a warning when the JSON is malformed, without breaking the widget', async () => {
      const probe = await fixture<WordingProbe>(html`<x-wording-probe lang="ru"></x-wording-probe>`);
      expect(text(probe)).to.contain('Попробовать снова');
      expect(warnings.messages.some((m) => m.includes('"ru"') && m.includes('JSON'))).to.equal(true);
    });

    it('ignore values that are not text or plural forms, and unknown keys, with a warning each', async () => {
      const probe = await fixture<WordingProbe>(html`<x-wording-probe lang="en"></x-wording-probe>`);
      expect(text(probe)).to.contain('Could not load');
      expect(text(probe)).to.contain('Your connection dropped.');
      expect(text(probe)).to.contain('21 signatures');
      for (const key of ['error.title', 'signatures', 'error.nope']) {
        expect(
          warnings.messages.some((m) => m.includes(`"${key}"`)),
          `warning about ${key}`,
        ).to.equal(true);
      }
    });

    it('can add a language, falling back to English for missing keys', async () => {
      const probe = await fixture<WordingProbe>(html`<x-wording-probe lang="uz-Latn-UZ"></x-wording-probe>`);
      expect(text(probe)).to.contain('Qayta urinib ko‘ring');
      expect(text(probe)).to.contain('Could not load');
      expect(text(probe)).to.contain('21 signatures');
    });
  });

  describe('registered from JavaScript', () => {
    it('beat the built-in wording and re-render widgets already on the page', async () => {
      const probe = await fixture<WordingProbe>(html`<x-wording-probe lang="ru"></x-wording-probe>`);
      expect(text(probe)).to.contain('Попробовать снова');

      registerTranslation('ru-RU', { 'error.retry': 'Повторить' });
      await waitUntil(() => text(probe).includes('Повторить'), 'the widget kept the old wording');
      expect(text(probe)).to.contain('Не удалось загрузить');
    });

    it('ignore invalid values with a warning and never throw', async () => {
      const probe = await fixture<WordingProbe>(html`<x-wording-probe lang="kk"></x-wording-probe>`);
      const before = warnings.messages.length;
      expect(() => registerTranslation('kk', { 'error.title': 42 } as never)).not.to.throw();
      expect(() => registerTranslation('not a tag!', { 'error.title': 'x' })).not.to.throw();
      expect(() => registerTranslation('kk', null as never)).not.to.throw();
      expect(warnings.messages.length).to.equal(before + 3);
      await probe.updateComplete;
      expect(text(probe)).to.contain('Жүктеу мүмкін болмады');
    });

    it('are shown as text, never parsed as HTML', async () => {
      registerTranslation('en', { 'error.title': '<img src=x alt="injected">Could not load' });
      const probe = await fixture<WordingProbe>(html`<x-wording-probe lang="en"></x-wording-probe>`);
      expect(text(probe)).to.contain('<img src=x alt="injected">Could not load');
      expect(probe.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });
});
