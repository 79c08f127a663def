/// <reference types="mocha" />
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { CivicPetitionCard } from '../../../src/components/petition-card/petition-card.js';
import type { Petition } from '../../../src/protocol/index.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { petitionStates } from '../../mocks/fixtures/petition-states.js';
import { petitionDiscovery, petitionHandlers, petitionScenarios } from '../../mocks/petition-scenarios.js';
import { languageOf } from '../language.js';
import { uniqueId } from '../support.js';

/*
 * Language of parts (WCAG 3.1.2): a document linked from a petition keeps the language its title
 * was written in (the link's `locale`), even when the petition itself is shown in Kazakh.
 */

function kazakhPetition(): Petition {
  const petition = petitionStates.responded();
  return {
    ...petition,
    locale: 'kk',
    governmentResponse: {
      ...petition.governmentResponse!,
      links: [
        { label: 'Mobility plan 2026', url: 'https://participate.example.kz/mobility-2026', locale: 'en' },
        { label: 'Жоба туралы хабарлама', url: 'https://participate.example.kz/notice', locale: 'kk' },
        { label: 'Map of the lanes', url: 'https://participate.example.kz/map' },
      ],
    },
  };
}

describe('<civic-petition-card> language of linked documents', function () {
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...petitionDiscovery(), ...petitionScenarios.open);
  });

  it('marks each link with the language of its title', async () => {
    worker.use(...petitionDiscovery(), ...petitionHandlers(kazakhPetition));
    const card = await fixture<CivicPetitionCard>(
      html`<civic-petition-card
        petition=${uniqueId('petition')}
        api-base="/api/v1"
        lang="kk"
      ></civic-petition-card>`,
    );
    await waitUntil(() => card.shadowRoot?.querySelector('ul.links a') !== null, 'the links did not show');
    const links = [...card.shadowRoot!.querySelectorAll('ul.links a')];
    const byText = (text: string) => links.find((link) => link.textContent!.includes(text))!;
    expect(languageOf(byText('Mobility plan 2026'))).to.equal('en');
    expect(languageOf(byText('Жоба туралы хабарлама'))).to.equal('kk');
    expect(languageOf(byText('Map of the lanes')), 'unknown: the card’s language').to.equal('kk');
  });
});
