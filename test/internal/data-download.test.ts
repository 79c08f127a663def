/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import '../../src/index.js';
import { startMockWorker, worker } from '../mocks/browser.js';
import { campaignScenarios } from '../mocks/campaign-scenarios.js';
import { discoveryHandlers } from '../mocks/handlers.js';
import { ideaScenarios } from '../mocks/idea-scenarios.js';
import { leaderboardScenarios } from '../mocks/leaderboard-scenarios.js';
import { loaded, uniqueId } from '../components/support.js';
import { downloadLinks } from './download-links.js';

/*
 * with-download on the idea board, the funding progress and the expert leaderboard (the petition
 * card's own test is test/components/petition-card/download.test.ts): each lists its datasets with
 * CSV and JSON links filtered to its item, on backends that publish exports, when asked to.
 */

const API = '/api/v1';

interface WidgetCase {
  readonly tag: 'civic-idea-board' | 'civic-funding-progress' | 'civic-expert-leaderboard';
  /** The attribute naming the item, which is also what the exports are filtered by. */
  readonly attribute: 'board' | 'campaign';
  readonly filter: 'board' | 'campaign' | 'leaderboard';
  readonly features: readonly string[];
  readonly handlers: () => RequestHandler[];
  /** The datasets listed, as "accessible name of the CSV link → dataset". */
  readonly datasets: readonly [name: string, dataset: string][];
}

const CASES: readonly WidgetCase[] = [
  {
    tag: 'civic-idea-board',
    attribute: 'board',
    filter: 'board',
    features: ['ideas', 'exports'],
    handlers: () => ideaScenarios.default,
    datasets: [['Ideas on this board', 'ideas']],
  },
  {
    tag: 'civic-funding-progress',
    attribute: 'campaign',
    filter: 'campaign',
    features: ['campaigns', 'campaigns.history', 'exports'],
    handlers: () => campaignScenarios.open,
    datasets: [
      ['This campaign', 'campaigns'],
      ['Stretch goals', 'campaign-milestones'],
      ['Money raised over time', 'campaign-history'],
    ],
  },
  {
    tag: 'civic-expert-leaderboard',
    attribute: 'board',
    filter: 'leaderboard',
    features: ['leaderboards', 'exports'],
    handlers: () => leaderboardScenarios.month,
    datasets: [['Rankings', 'leaderboard-entries']],
  },
];

async function widget(c: WidgetCase, withDownload: boolean, features = c.features) {
  worker.use(...discoveryHandlers({ features: [...features], pollIntervalSeconds: 30 }), ...c.handlers());
  const id = uniqueId('download');
  const element = document.createElement(c.tag);
  element.setAttribute(c.attribute, id);
  element.setAttribute('api-base', API);
  element.toggleAttribute('with-download', withDownload);
  await fixture(element);
  await loaded(element);
  // Discovery answers before the first request of the widget's own data does.
  await aTimeout(150);
  return { element, id };
}

describe('with-download on every widget', function () {
  this.timeout(20_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      it('passes the axe audit with the download links', async () => {
        const { element } = await widget(c, true);
        await waitUntil(() => downloadLinks(element).length > 0, 'no download links');
        await expect(element).to.be.accessible();
      });

      it('links to its CSV and JSON exports, filtered to its item', async () => {
        const { element, id } = await widget(c, true);
        await waitUntil(() => downloadLinks(element).length > 0, 'no download links');
        expect(downloadLinks(element)).to.deep.equal(
          c.datasets.flatMap(([name, dataset]) => [
            `CSV (${name}) → ${API}/exports/${dataset}.csv?${c.filter}=${id}`,
            `JSON (${name}) → ${API}/exports/${dataset}.json?${c.filter}=${id}`,
          ]),
        );
      });

      it('shows no download links unless asked, or without exports', async () => {
        expect(downloadLinks((await widget(c, false)).element)).to.deep.equal([]);
        const withoutExports = c.features.filter((f) => f !== 'exports');
        expect(downloadLinks((await widget(c, true, withoutExports)).element)).to.deep.equal([]);
      });
    });
  }
});
