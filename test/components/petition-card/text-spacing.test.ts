/// <reference types="mocha" />
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../../src/index.js';
import type { Petition } from '../../../src/protocol/petitions.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { isoFromNow, openPetition, petitionStates } from '../../mocks/fixtures/petition-states.js';
import { petitionDiscovery, petitionHandlers } from '../../mocks/petition-scenarios.js';
import { loaded, overflowWithTextSpacing, uniqueId, widgetInColumn } from '../support.js';

/*
 * WCAG 1.4.12 at 320 px: with the text-spacing override on, the card's goal rows (the grid of
 * `src/styles/meter.styles.ts` it shares with the funding progress) and the rest of the card fit,
 * with every goal showing and the longest words of each language.
 */

const API = '/api/v1';

/** Every kind of goal, one reached on a long date, and custom goals named in long words. */
function manyGoals(customLabels: readonly [string, string]): Petition['thresholds'] {
  return [
    { kind: 'publication', count: 5, reachedAt: isoFromNow(-47) },
    { kind: 'moderation', count: 100, reachedAt: isoFromNow(-46) },
    { kind: 'response', count: 10_000, reachedAt: isoFromNow(-3) },
    { kind: 'referral', count: 50_000, reachedAt: null },
    { kind: 'custom', count: 75_000, label: customLabels[0], reachedAt: null },
    { kind: 'debate', count: 100_000, reachedAt: null },
    { kind: 'custom', count: 1_000_000, label: customLabels[1], reachedAt: null },
  ];
}

const PETITIONS = {
  en: () =>
    openPetition({
      signatureCount: 10_412,
      offlineSignatureCount: 350,
      responseState: 'awaiting',
      thresholds: manyGoals([
        'Consideration by the standing committee on infrastructure',
        'Extraordinary session of the city maslikhat',
      ]),
    }),
  ru: () => {
    const russian = petitionStates.russian();
    return {
      ...russian,
      thresholds: manyGoals([
        'Рассмотрение постоянной комиссией по градостроительству и благоустройству',
        'Внеочередная сессия городского маслихата',
      ]),
    };
  },
  kk: () => {
    const kazakh = petitionStates.kazakh();
    return {
      ...kazakh,
      thresholds: manyGoals([
        'Қалалық мәслихаттың құрылыс және абаттандыру жөніндегі тұрақты комиссиясының қарауы',
        'Қалалық мәслихаттың кезектен тыс сессиясы',
      ]),
    };
  },
} as const;

describe('<civic-petition-card> with WCAG text spacing at 320 px', function () {
  this.timeout(15_000);
  before(() => startMockWorker());
  afterEach(() => {
    worker.resetHandlers();
    fixtureCleanup();
  });

  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`shows every goal, fits without scrolling sideways, and no part overflows its box (${lang})`, async () => {
      worker.use(...petitionDiscovery(), ...petitionHandlers(PETITIONS[lang]));
      const { column, element } = widgetInColumn('civic-petition-card', 320, {
        petition: uniqueId('spaced'),
        'api-base': API,
        lang,
      });
      await loaded(element);
      expect(element.shadowRoot!.querySelectorAll('.milestone')).to.have.length(7);
      expect(await overflowWithTextSpacing(element, column)).to.deep.equal([]);
    });
  }
});
