/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { canonicalLocale } from '../../src/i18n/locale-tags.js';
import { resolveLocale } from '../../src/i18n/translations.js';

describe('i18n/locale-tags', () => {
  it('canonicalizes tags and rejects invalid ones', () => {
    expect(canonicalLocale('kk-kz')).to.equal('kk-KZ');
    expect(canonicalLocale(' ru ')).to.equal('ru');
    expect(canonicalLocale('')).to.equal(undefined);
    expect(canonicalLocale('not a tag!')).to.equal(undefined);
    expect(canonicalLocale(null)).to.equal(undefined);
  });

  it('maps regional tags to their strings and keeps the region for formatting', () => {
    expect(resolveLocale('ru-RU')).to.deep.equal({ lang: 'ru-RU', language: 'ru' });
    expect(resolveLocale('kk-KZ')).to.deep.equal({ lang: 'kk-KZ', language: 'kk' });
    expect(resolveLocale('en-GB')).to.deep.equal({ lang: 'en-GB', language: 'en' });
  });

  it('falls back to English for languages without strings', () => {
    expect(resolveLocale('de-DE')).to.deep.equal({ lang: 'en', language: 'en' });
    expect(resolveLocale(undefined)).to.deep.equal({ lang: 'en', language: 'en' });
    expect(resolveLocale('???')).to.deep.equal({ lang: 'en', language: 'en' });
  });
});
