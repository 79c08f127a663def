/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { nothing } from 'lit';
import '../../../src/index.js';
import type { CivicPetitionCard } from '../../../src/components/petition-card/petition-card.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { discoveryHandlers } from '../../mocks/handlers.js';
import { petitionScenarios } from '../../mocks/petition-scenarios.js';
import { loaded, uniqueId } from '../support.js';
import { downloadLinks } from '../../internal/download-links.js';

const API = '/api/v1';

interface CardOptions {
  features: string[];
  withDownload?: boolean;
  theme?: 'light' | 'dark';
  lang?: string;
}

async function card(options: CardOptions): Promise<{ element: CivicPetitionCard; id: string }> {
  const discovery: RequestHandler[] = discoveryHandlers({
    features: options.features,
    pollIntervalSeconds: 30,
  });
  worker.use(...discovery, ...petitionScenarios.open);
  const id = uniqueId('download');
  const element = await fixture<CivicPetitionCard>(html`
    <civic-petition-card
      petition=${id}
      api-base=${API}
      ?with-download=${options.withDownload ?? true}
      theme=${options.theme ?? nothing}
      lang=${options.lang ?? nothing}
    ></civic-petition-card>
  `);
  await loaded(element);
  // Discovery has answered by the time the live count shows its first figure.
  await waitUntil(() => element.shadowRoot!.querySelector('[part="count"]'), 'no count');
  await aTimeout(100);
  return { element, id };
}

describe('<civic-petition-card with-download>', function () {
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...petitionScenarios.open);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes the axe audit (${theme})`, async () => {
      const { element } = await card({ features: ['petitions', 'petitions.history', 'exports'], theme });
      expect(downloadLinks(element)).to.have.length(6);
      await expect(element).to.be.accessible();
    });
  }

  it("links to the petition's CSV and JSON exports, filtered to it", async () => {
    const { element, id } = await card({ features: ['petitions', 'petitions.history', 'exports'] });
    expect(element.shadowRoot!.querySelector('[part="download"]')!.textContent).to.contain(
      'Download the data',
    );
    expect(downloadLinks(element)).to.deep.equal([
      `CSV (This petition) → ${API}/exports/petitions.csv?petition=${id}`,
      `JSON (This petition) → ${API}/exports/petitions.json?petition=${id}`,
      `CSV (Signatures by region) → ${API}/exports/petition-regions.csv?petition=${id}`,
      `JSON (Signatures by region) → ${API}/exports/petition-regions.json?petition=${id}`,
      `CSV (Signatures over time) → ${API}/exports/petition-history.csv?petition=${id}`,
      `JSON (Signatures over time) → ${API}/exports/petition-history.json?petition=${id}`,
    ]);
  });

  it('is off by default', async () => {
    const { element } = await card({ features: ['petitions', 'exports'], withDownload: false });
    expect(downloadLinks(element)).to.deep.equal([]);
    expect(Boolean(element.shadowRoot!.querySelector('[part="download"]'))).to.equal(false);
  });

  it('offers nothing when the backend publishes no exports', async () => {
    const { element } = await card({ features: ['petitions', 'petitions.history'] });
    expect(Boolean(element.shadowRoot!.querySelector('[part="download"]'))).to.equal(false);
  });

  it('leaves out the history when the backend keeps none', async () => {
    const { element, id } = await card({ features: ['petitions', 'exports'] });
    expect(downloadLinks(element)).to.deep.equal([
      `CSV (This petition) → ${API}/exports/petitions.csv?petition=${id}`,
      `JSON (This petition) → ${API}/exports/petitions.json?petition=${id}`,
      `CSV (Signatures by region) → ${API}/exports/petition-regions.csv?petition=${id}`,
      `JSON (Signatures by region) → ${API}/exports/petition-regions.json?petition=${id}`,
    ]);
  });

  it('speaks Russian and Kazakh', async () => {
    const ru = await card({ features: ['petitions', 'exports'], lang: 'ru' });
    expect(ru.element.shadowRoot!.querySelector('[part="download"]')!.textContent).to.contain(
      'Скачать данные',
    );
    expect(downloadLinks(ru.element)[0]).to.match(/^CSV \(Эта петиция\) → /);
    const kk = await card({ features: ['petitions', 'exports'], lang: 'kk' });
    expect(kk.element.shadowRoot!.querySelector('[part="download"]')!.textContent).to.contain(
      'Деректерді жүктеп алу',
    );
  });
});
