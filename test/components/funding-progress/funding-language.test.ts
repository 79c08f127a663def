/// <reference types="mocha" />
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { CivicFundingProgress } from '../../../src/components/funding-progress/funding-progress.js';
import type { Campaign } from '../../../src/protocol/index.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { campaignStates } from '../../mocks/fixtures/campaigns.js';
import { campaignDiscovery, campaignHandlers, campaignScenarios } from '../../mocks/campaign-scenarios.js';
import { languageOf } from '../language.js';
import { loaded, uniqueId } from '../support.js';

/*
 * Language of parts (WCAG 3.1.2): a campaign's title and summary carry the campaign's `locale`, and
 * each stretch goal its own, so an English text inside a Kazakh widget is read in English.
 */

function englishCampaign(): Campaign {
  const campaign = campaignStates.funded();
  const [first, second] = campaign.milestones;
  return {
    ...campaign,
    locale: 'en',
    milestones: [
      { ...first!, label: 'Орындықтар мен көлеңке', locale: 'kk' },
      { ...second!, label: 'Drinking fountains', locale: 'en' },
    ],
  };
}

describe('<civic-funding-progress> language of parts', function () {
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...campaignDiscovery(), ...campaignScenarios.open);
  });

  it('marks the title, the summary and each stretch goal with their own language', async () => {
    worker.use(...campaignDiscovery(), ...campaignHandlers(englishCampaign));
    const element = await fixture<CivicFundingProgress>(
      html`<civic-funding-progress
        campaign=${uniqueId('campaign')}
        api-base="/api/v1"
        lang="kk"
      ></civic-funding-progress>`,
    );
    await loaded(element);
    const root = element.shadowRoot!;
    const title = root.querySelector('#title')!;
    const inTitle = [...title.querySelectorAll('*')].find(
      (node) => node.textContent === englishCampaign().title,
    );
    expect(languageOf(inTitle ?? title)).to.equal('en');
    expect(languageOf(root.querySelector('.summary')!)).to.equal('en');
    const names = [...root.querySelectorAll('.milestone-name')];
    const byText = (text: string) => names.find((name) => name.textContent!.includes(text))!;
    expect(languageOf(byText('Drinking fountains'))).to.equal('en');
    expect(languageOf(byText('Орындықтар мен көлеңке'))).to.equal('kk');
  });
});
