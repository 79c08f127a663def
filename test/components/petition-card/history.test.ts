/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { nothing } from 'lit';
import '../../../src/index.js';
import type { CivicPetitionCard } from '../../../src/components/petition-card/petition-card.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { petitionHistory, shortPetitionHistory } from '../../mocks/fixtures/petition-history.js';
import {
  historyAnswer,
  historyDiscovery,
  historyHandlers,
  historyScenarios,
} from '../../mocks/petition-history-scenarios.js';
import { petitionDiscovery, petitionScenarios } from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import {
  accessibleName,
  allByRole,
  byRole,
  emulateForcedColors,
  loaded,
  overflowWithTextSpacing,
  uniqueId,
  widgetInColumn,
} from '../support.js';

const API = '/api/v1';
const TOGGLE = 'Signatures over time';

interface CardOptions {
  lang?: string;
  theme?: 'light' | 'dark';
  discovery?: RequestHandler[];
}

async function card(history: RequestHandler[], options: CardOptions = {}): Promise<CivicPetitionCard> {
  worker.use(...(options.discovery ?? historyDiscovery()), ...petitionScenarios.open, ...history);
  const element = await fixture<CivicPetitionCard>(html`
    <civic-petition-card
      petition=${uniqueId('history')}
      api-base=${API}
      lang=${options.lang ?? nothing}
      theme=${options.theme ?? nothing}
    ></civic-petition-card>
  `);
  await loaded(element);
  await waitUntil(() => element.shadowRoot!.querySelector('#history-toggle'), 'no history toggle');
  return element;
}

/** Opens "Signatures over time" and waits until its panel has left the loading state. */
async function openHistory(element: CivicPetitionCard, name = TOGGLE): Promise<void> {
  await click(byRole(element, 'button', name));
  await waitUntil(
    () => !element.shadowRoot!.querySelector('#history-panel .loading'),
    'the history did not load',
    { timeout: 4000 },
  );
  await element.updateComplete;
}

/** The rows of the history table as [date, count] text. */
function tableRows(element: CivicPetitionCard): string[][] {
  const table = byRole(element, 'table', TOGGLE);
  return Array.from(table.querySelectorAll('tbody tr')).map((row) =>
    Array.from(row.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The accessible name of the element focused inside the card's shadow root. */
function focused(element: CivicPetitionCard): string | undefined {
  const active = element.shadowRoot!.activeElement;
  return active ? `${active.localName}: ${accessibleName(active)}` : undefined;
}

describe('<civic-petition-card> signatures over time', function () {
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...historyDiscovery(), ...petitionScenarios.open, ...historyScenarios.default);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes the axe audit with the chart and table open (${theme})`, async () => {
      const element = await card(historyScenarios.default, { theme });
      await openHistory(element);
      await click(byRole(element, 'button', 'Show as a table'));
      await expect(element).to.be.accessible();
    });
  }

  it('requests no history until it is opened, and once however often it opens', async () => {
    const requests: string[] = [];
    const element = await card(historyHandlers(petitionHistory, { onRequest: (r) => requests.push(r.url) }));
    const toggle = byRole(element, 'button', TOGGLE);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(requests).to.deep.equal([]);
    await openHistory(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(requests).to.have.length(1);
    expect(new URL(requests[0]!).pathname).to.match(/^\/api\/v1\/petitions\/history-[^/]+\/history$/);
    await click(toggle);
    await click(toggle);
    await element.updateComplete;
    expect(requests).to.have.length(1);
  });

  it('keeps focus on its button when it opens', async () => {
    const element = await card(historyScenarios.default);
    await openHistory(element);
    expect(focused(element)).to.equal(`button: ${TOGGLE}`);
  });

  it('draws the count as a chart named by its first and last counts', async () => {
    const element = await card(historyScenarios.short);
    await openHistory(element);
    const chart = byRole(element, 'img');
    expect(accessibleName(chart)).to.equal('Signatures over time: 12 on Nov 1, 2026, 4,321 on Nov 3, 2026');
    expect(chart.querySelector('.history-line')!.getAttribute('d')).to.equal('M0 99.72H100V71.07H200V0H300');
  });

  it('offers a table with one row per day, matching the data', async () => {
    const element = await card(historyScenarios.short);
    await openHistory(element);
    const table = byRole(element, 'table', TOGGLE);
    expect(table.hidden).to.equal(true);
    await click(byRole(element, 'button', 'Show as a table'));
    expect(table.hidden).to.equal(false);
    expect(tableRows(element)).to.deep.equal([
      ['Nov 1, 2026', '12'],
      ['Nov 2, 2026', '1,250'],
      ['Nov 3, 2026', '4,321'],
    ]);
  });

  it('keeps the last count of each day of hourly points in the table', async () => {
    const element = await card(historyScenarios.default);
    await openHistory(element);
    const { points } = petitionHistory();
    const rows = tableRows(element);
    expect(rows).to.have.length(22);
    expect(rows[21]).to.deep.equal(['Oct 22, 2026', points[points.length - 1]!.count.toLocaleString('en')]);
  });

  it("draws the line in the system's text colour in forced colours, whatever colour the page chose", async () => {
    const element = await card(historyScenarios.short);
    element.style.setProperty('--civic-petition-card-progress-color', 'rgb(255, 0, 255)');
    await openHistory(element);
    const line = element.shadowRoot!.querySelector('.history-line')!;
    expect(getComputedStyle(line).stroke).to.equal('rgb(255, 0, 255)');
    const probe = document.createElement('span');
    probe.style.setProperty('color', 'CanvasText');
    document.body.append(probe);
    await emulateForcedColors(true);
    try {
      expect(getComputedStyle(line).stroke).to.equal(getComputedStyle(probe).color);
    } finally {
      await emulateForcedColors(false);
      probe.remove();
    }
  });

  it('says so when nothing has been counted yet', async () => {
    const element = await card(historyScenarios.empty);
    await openHistory(element);
    expect(element.shadowRoot!.querySelector('#history-panel')!.textContent).to.contain(
      'No signatures have been counted yet.',
    );
    expect(allByRole(element, 'img')).to.deep.equal([]);
  });

  describe('when the history is malformed', () => {
    it('shows an error with "Try again", which loads it again and puts focus back on the button', async () => {
      let answer = 0;
      const element = await card(
        historyAnswer(() =>
          answer++ === 0
            ? HttpResponse.json({ petitionId: 'x', points: [{ at: 'yesterday', count: -1 }] })
            : HttpResponse.json(shortPetitionHistory()),
        ),
      );
      await openHistory(element);
      const alert = byRole(element, 'alert');
      expect(alert.textContent).to.contain('The server sent data we could not read');
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => allByRole(element, 'img').length === 1, 'the chart did not appear');
      expect(focused(element)).to.equal(`button: ${TOGGLE}`);
    });
  });

  it('is not offered when the backend keeps no history', async () => {
    const requests: string[] = [];
    worker.use(
      ...petitionDiscovery(),
      ...petitionScenarios.open,
      ...historyHandlers(petitionHistory, { onRequest: (r) => requests.push(r.url) }),
    );
    const element = await fixture<CivicPetitionCard>(
      html`<civic-petition-card petition=${uniqueId('history')} api-base=${API}></civic-petition-card>`,
    );
    await loaded(element);
    // The live count has read discovery by the time its first count arrives.
    await waitUntil(() => element.shadowRoot!.querySelector('[part="count"]'), 'no count');
    await aTimeout(200);
    expect(allByRole(element, 'button').map(accessibleName)).not.to.include(TOGGLE);
    expect(requests).to.deep.equal([]);
  });

  for (const [lang, name, table] of [
    ['en', TOGGLE, 'Show as a table'],
    ['ru', 'Динамика подписей', 'Показать в виде таблицы'],
    ['kk', 'Қолтаңбалар динамикасы', 'Кесте түрінде көрсету'],
  ] as const) {
    it(`fits 320 px with WCAG text spacing, chart and table open (${lang})`, async () => {
      worker.use(...historyDiscovery(), ...petitionScenarios.open, ...historyScenarios.default);
      const { column, element } = widgetInColumn('civic-petition-card', 320, {
        petition: uniqueId('spaced'),
        'api-base': API,
        lang,
      });
      await loaded(element);
      await waitUntil(() => element.shadowRoot!.querySelector('#history-toggle'), 'no history toggle');
      await openHistory(element, name);
      await click(byRole(element, 'button', table));
      expect(await overflowWithTextSpacing(element, column)).to.deep.equal([]);
    });
  }

  it('speaks Russian and Kazakh, with their dates and numbers', async () => {
    const ru = await card(historyScenarios.short, { lang: 'ru' });
    await openHistory(ru, 'Динамика подписей');
    expect(accessibleName(byRole(ru, 'img'))).to.match(
      /^Динамика подписей: 12 на 1 нояб\. 2026 г\., 4\s321 на 3 нояб\. 2026 г\.$/,
    );
    const kk = await card(historyScenarios.short, { lang: 'kk' });
    await openHistory(kk, 'Қолтаңбалар динамикасы');
    expect(byRole(kk, 'button', 'Кесте түрінде көрсету')).to.exist;
  });
});
