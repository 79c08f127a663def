/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { INTL_PROBES, measureIntlSupport } from '../../src/i18n/intl-support.js';
import type { IntlProbe } from '../../src/i18n/intl-support.js';

const ALL_SUPPORTED = { number: true, date: true, relativeTime: true, list: true } as const;

describe('i18n/intl-support', () => {
  describe('probing Intl for real data', () => {
    it('finds the data English and Russian need in this browser', () => {
      expect(measureIntlSupport('en', INTL_PROBES['en']!)).to.deep.equal(ALL_SUPPORTED);
      expect(measureIntlSupport('ru', INTL_PROBES['ru']!)).to.deep.equal(ALL_SUPPORTED);
    });

    it('reports each service whose output differs from the probe', () => {
      const wrongDateAndList: IntlProbe = { ...INTL_PROBES['en']!, date: 'қаңтар', list: 'a және b' };
      expect(measureIntlSupport('en', wrongDateAndList)).to.deep.equal({
        number: true,
        date: false,
        relativeTime: true,
        list: false,
      });
      const wrongNumber: IntlProbe = { ...INTL_PROBES['ru']!, number: '12,345.5' };
      expect(measureIntlSupport('ru', wrongNumber).number).to.equal(false);
    });

    it('ignores case and the kind of space, which vary between CLDR versions', () => {
      const probe: IntlProbe = { ...INTL_PROBES['ru']!, number: '12 345,5', date: 'ЯНВАРЬ' };
      expect(measureIntlSupport('ru', probe)).to.deep.equal(ALL_SUPPORTED);
    });
  });
});
