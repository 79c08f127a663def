/// <reference types="mocha" />
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/provider/provider.js';
import type { CivicProvider } from '../../src/components/provider/provider.js';
import { CivicElement } from '../../src/internal/civic-element.js';

const RETRY = { en: 'Try again', ru: 'Попробовать снова', kk: 'Қайталап көру' } as const;

/** A widget that shows one string, one plural and one number in its language. */
class LocalizedProbe extends CivicElement {
  get localizer() {
    return this.localize;
  }

  override render() {
    return html`<p>${this.localize.term('error.retry')}</p>
      <p>${this.localize.plural('signatures', 21)}</p>`;
  }
}
customElements.define('x-localized-probe', LocalizedProbe);

/** Puts a probe inside its own shadow root, to check that `lang` is found across the boundary. */
class ShadowWrapper extends LitElement {
  override render() {
    return html`<x-localized-probe></x-localized-probe>`;
  }
}
customElements.define('x-shadow-wrapper', ShadowWrapper);

function text(element: Element): string {
  return element.shadowRoot!.textContent ?? '';
}

describe('LocalizeController', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  const pageDir = document.documentElement.getAttribute('dir');

  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    if (pageDir === null) document.documentElement.removeAttribute('dir');
    else document.documentElement.setAttribute('dir', pageDir);
  });

  describe('choosing the language', () => {
    it('uses the element’s own lang before anything else', async () => {
      const provider = await fixture<CivicProvider>(html`
        <civic-provider locale="ru">
          <div lang="ru"><x-localized-probe lang="kk"></x-localized-probe></div>
        </civic-provider>
      `);
      const probe = provider.querySelector<LocalizedProbe>('x-localized-probe')!;
      await probe.updateComplete;
      expect(text(probe)).to.contain(RETRY.kk);
      expect(probe.localizer.language).to.equal('kk');
    });

    it('uses the provider’s locale before a closer ancestor’s lang', async () => {
      const provider = await fixture<CivicProvider>(html`
        <civic-provider locale="ru">
          <div lang="kk"><x-localized-probe></x-localized-probe></div>
        </civic-provider>
      `);
      const probe = provider.querySelector<LocalizedProbe>('x-localized-probe')!;
      await probe.updateComplete;
      expect(text(probe)).to.contain(RETRY.ru);
      expect(text(probe)).to.contain('21 подпись');
    });

    it('uses the closest ancestor’s lang, across a shadow root', async () => {
      const outer = fixtureSync<HTMLElement>(html`
        <div lang="ru">
          <section lang="kk"><x-shadow-wrapper></x-shadow-wrapper></section>
        </div>
      `);
      const wrapper = outer.querySelector<ShadowWrapper>('x-shadow-wrapper')!;
      await wrapper.updateComplete;
      const probe = wrapper.shadowRoot!.querySelector<LocalizedProbe>('x-localized-probe')!;
      await probe.updateComplete;
      expect(text(probe)).to.contain(RETRY.kk);
    });

    it('uses <html lang> when nothing closer says', async () => {
      document.documentElement.lang = 'ru-RU';
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe></x-localized-probe>`);
      expect(text(probe)).to.contain(RETRY.ru);
      expect(probe.localizer.lang).to.equal('ru-RU');
    });

    it('falls back to English without any lang', async () => {
      document.documentElement.removeAttribute('lang');
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe></x-localized-probe>`);
      expect(text(probe)).to.contain(RETRY.en);
      expect(text(probe)).to.contain('21 signatures');
    });

    it('falls back to English for a language it has no strings for', async () => {
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe lang="de-DE"></x-localized-probe>`);
      expect(text(probe)).to.contain(RETRY.en);
      expect(probe.localizer.lang).to.equal('en');
    });

    it('keeps the full tag for formatting and the language for strings', async () => {
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe lang="kk-KZ"></x-localized-probe>`);
      expect(probe.localizer.lang).to.equal('kk-KZ');
      expect(probe.localizer.language).to.equal('kk');
      // Node 20 full-ICU (CLDR 48) output for kk-KZ; Chromium's own Intl prints "1,234.5".
      expect(probe.localizer.number(1234.5)).to.equal('1\u00a0234,5');
      expect(text(probe)).to.contain(RETRY.kk);
    });
  });

  describe('formatting in Kazakh, which Chromium’s Intl has no data for', () => {
    // Expected strings are Node 20 full-ICU (CLDR 48) output for kk.
    it('formats numbers, money, dates, relative times and lists as CLDR kk does', async () => {
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe lang="kk"></x-localized-probe>`);
      const { localizer } = probe;
      const now = Date.UTC(2026, 10, 28, 12);
      expect(localizer.percent(0.42)).to.equal('42%');
      expect(localizer.money({ amount: 123450, currency: 'KZT' })).to.equal('1\u00a0234,50\u00a0₸');
      expect(localizer.date(now, { dateStyle: 'long', timeZone: 'Asia/Almaty' })).to.equal(
        '2026 ж. 28 қараша',
      );
      expect(localizer.relativeTime(now + 3 * 24 * 3600 * 1000, now)).to.equal('3 күннен кейін');
      expect(localizer.relativeTime(now - 24 * 3600 * 1000, now)).to.equal('кеше');
      expect(localizer.list(['жолдар', 'саябақтар'])).to.equal('жолдар және саябақтар');
      expect(localizer.plural('signatures', 12345)).to.equal('12\u00a0345 қолтаңба');
    });
  });

  describe('when the language changes', () => {
    it('re-renders when <html lang> changes', async () => {
      document.documentElement.lang = 'en';
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe></x-localized-probe>`);
      expect(text(probe)).to.contain(RETRY.en);

      document.documentElement.lang = 'kk';
      await waitUntil(() => text(probe).includes(RETRY.kk), 'the probe did not switch to Kazakh');
    });

    it('re-renders when the provider’s locale changes', async () => {
      const provider = await fixture<CivicProvider>(html`
        <civic-provider locale="en"><x-localized-probe></x-localized-probe></civic-provider>
      `);
      const probe = provider.querySelector<LocalizedProbe>('x-localized-probe')!;
      await probe.updateComplete;
      expect(text(probe)).to.contain(RETRY.en);

      provider.locale = 'ru';
      await waitUntil(() => text(probe).includes(RETRY.ru), 'the probe did not switch to Russian');
    });

    it('re-renders when its own lang changes', async () => {
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe lang="en"></x-localized-probe>`);
      probe.lang = 'ru';
      await waitUntil(() => text(probe).includes(RETRY.ru), 'the probe did not switch to Russian');
      probe.removeAttribute('lang');
      document.documentElement.lang = 'kk';
      await waitUntil(() => text(probe).includes(RETRY.kk), 'the probe did not fall back to <html lang>');
    });
  });

  describe('direction', () => {
    it('reads dir from the element, then its ancestors, then ltr', async () => {
      const outer = fixtureSync<HTMLElement>(html`
        <div dir="rtl">
          <x-localized-probe></x-localized-probe><x-localized-probe dir="ltr"></x-localized-probe>
        </div>
      `);
      const [inherited, own] = outer.querySelectorAll<LocalizedProbe>('x-localized-probe');
      expect(inherited!.localizer.dir).to.equal('rtl');
      expect(own!.localizer.dir).to.equal('ltr');

      const alone = await fixture<LocalizedProbe>(html`<x-localized-probe></x-localized-probe>`);
      expect(alone.localizer.dir).to.equal('ltr');
    });

    it('follows <html dir>', async () => {
      const probe = await fixture<LocalizedProbe>(html`<x-localized-probe></x-localized-probe>`);
      document.documentElement.dir = 'rtl';
      expect(probe.localizer.dir).to.equal('rtl');
    });
  });
});
