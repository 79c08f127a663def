/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { nothing } from 'lit';
import '../../../src/index.js';
import type { CivicFundingProgress } from '../../../src/components/funding-progress/funding-progress.js';
import type { CivicLoadErrorDetail } from '../../../src/events/civic-load-error.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { campaignStates, openCampaign } from '../../mocks/fixtures/campaigns.js';
import { campaignDiscovery, campaignHandlers, campaignScenarios } from '../../mocks/campaign-scenarios.js';
import { click } from '../../internal/support.js';
import { isolate } from '../../../src/internal/user-text.js';
import { drawnAfter, drawnInOrder, HOSTILE_NAMES, isolation } from '../../internal/bidi-support.js';
import {
  accessibleName,
  allByRole,
  allText,
  byRole,
  loaded,
  overflowWithTextSpacing,
  uniqueId,
  visibleText,
  watchUncaught,
  widgetInColumn,
} from '../support.js';

const API = '/api/v1';
const HOSTILE = '<img src=x onerror=alert(1)>';
const NBSP = '\u00a0';

interface WidgetOptions {
  variant?: 'full' | 'compact';
  lang?: string;
  withBackers?: boolean;
  theme?: 'light' | 'dark';
  discovery?: RequestHandler[];
}

async function widget(
  scenario: RequestHandler[],
  options: WidgetOptions = {},
): Promise<CivicFundingProgress> {
  worker.use(...(options.discovery ?? campaignDiscovery()), ...scenario);
  const id = uniqueId('campaign');
  const element = await fixture<CivicFundingProgress>(html`
    <civic-funding-progress
      campaign=${id}
      api-base=${API}
      variant=${options.variant ?? nothing}
      lang=${options.lang ?? nothing}
      theme=${options.theme ?? nothing}
      ?with-backers=${options.withBackers ?? false}
    >
      <a href="https://participate.example.kz/campaigns/${id}">Support the campaign on the city portal</a>
    </civic-funding-progress>
  `);
  await loaded(element);
  return element;
}

function bar(element: Element): HTMLElement {
  return byRole(element, 'progressbar');
}

describe('<civic-funding-progress>', function () {
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...campaignDiscovery(), ...campaignScenarios.open);
  });

  it('passes the axe audit', async () => {
    await expect(await widget(campaignScenarios.funded, { withBackers: true })).to.be.accessible();
  });

  describe('by default, for an open donation campaign', () => {
    it('is an article named by its title, with its state and kind in words', async () => {
      const element = await widget(campaignScenarios.open);
      expect(accessibleName(byRole(element, 'article'))).to.equal(
        'A playground for every yard in Alatau district',
      );
      expect(byRole(element, 'heading', 'A playground for every yard in Alatau district').localName).to.equal(
        'h2',
      );
      const text = visibleText(element);
      expect(text).to.contain('Status: Open');
      expect(text).to.contain('Type: Donations');
      expect(text).to.contain('Donations are gifts: they are not repaid.');
    });

    it('shows the amount raised of the goal, the percentage, the backers and what is still needed', async () => {
      const element = await widget(campaignScenarios.open);
      const text = visibleText(element);
      expect(text).to.contain(`₸4,250,000 raised of ₸10,000,000`);
      expect(text).to.contain(`42% funded. ₸5,750,000 more needed to reach the goal`);
      expect(text).to.contain('312 donors');
    });

    it('reads the whole sentence from its progress bar', async () => {
      const element = await widget(campaignScenarios.open);
      const progress = bar(element);
      expect(accessibleName(progress)).to.equal('Funding progress');
      expect(progress.getAttribute('aria-valuemin')).to.equal('0');
      expect(progress.getAttribute('aria-valuemax')).to.equal('100');
      expect(progress.getAttribute('aria-valuenow')).to.equal('42');
      expect(progress.getAttribute('aria-valuetext')).to.equal(
        `₸4,250,000 raised of ₸10,000,000. 42% funded. ` +
          `₸5,750,000 more needed to reach the goal. 312 donors. Ends in 12 days.`,
      );
    });

    it('gives the time left in words and the end date', async () => {
      const element = await widget(campaignScenarios.open);
      const text = visibleText(element);
      expect(text).to.contain('Ends in 12 days');
      expect(text).to.match(/Ends \w+ \d{1,2}, \d{4}/);
      expect(text).to.match(/Started \w+ \d{1,2}, \d{4}/);
    });

    it('links to the backend’s page to support the project', async () => {
      const element = await widget(campaignScenarios.open);
      expect(byRole(element, 'link', 'Support this project').getAttribute('href')).to.equal(
        'https://participate.example.kz/campaigns/301/support',
      );
      expect(byRole(element, 'link', 'View the campaign page').getAttribute('href')).to.equal(
        'https://participate.example.kz/campaigns/301',
      );
    });

    it('does not list backers unless asked, and then by display name only', async () => {
      const plain = await widget(campaignScenarios.open);
      expect(visibleText(plain)).not.to.contain('Recent supporters');
      const element = await widget(campaignScenarios.open, { withBackers: true });
      const list = byRole(element, 'heading', 'Recent supporters').closest('section')!;
      expect(list.textContent!.replace(/\s+/g, ' ')).to.match(/Dana K\. (\d+ \w+|an hour) ago/);
      expect(list.querySelectorAll('li')).to.have.length(3);
    });

    it('does not render the fallback link once upgraded', async () => {
      const element = await widget(campaignScenarios.open);
      const fallback = element.querySelector('a')!;
      expect(fallback.assignedSlot).to.equal(null);
      expect(fallback.checkVisibility()).to.equal(false);
    });
  });

  describe('percentages', () => {
    it('never says 0 % for one tiyn of ten million tenge', async () => {
      const element = await widget(campaignScenarios.firstTiyn);
      const valuetext = bar(element).getAttribute('aria-valuetext')!;
      expect(valuetext).to.contain('1% funded');
      expect(valuetext).not.to.match(/\b0\s?%/);
      expect(bar(element).getAttribute('aria-valuenow')).to.equal('1');
      expect(visibleText(element)).to.contain(`₸0.01 raised of ₸10,000,000`);
    });

    it('rounds down, so 99.99 % is not "100 % funded"', async () => {
      const element = await widget(
        campaignHandlers(() => openCampaign({ raised: { amount: 999_999_999, currency: 'KZT' } })),
      );
      expect(visibleText(element)).to.contain('99% funded');
      expect(visibleText(element)).to.contain(`₸0.01 more needed to reach the goal`);
    });

    it('shows an exceeded goal as funded with the overshoot, and heads for the next stretch goal', async () => {
      const element = await widget(campaignScenarios.funded);
      const text = visibleText(element);
      expect(text).to.contain('Status: Funded');
      expect(text).to.contain(
        `134% funded. Goal exceeded by ₸3,400,000. ` +
          `Next stretch goal: ${isolate('Drinking fountains')} at ₸15,000,000. ` +
          `₸1,600,000 more needed for ${isolate('Drinking fountains')}`,
      );
      expect(text).to.contain('The goal has been reached. You can still support this project.');
      // The bar now measures the way to 15,000,000: 13,400,000 of it is 89 %.
      expect(bar(element).getAttribute('aria-valuenow')).to.equal('89');
      expect(bar(element).getAttribute('aria-valuetext')).to.contain('134% funded');
    });

    it('says when every stretch goal is reached, with a full bar', async () => {
      const element = await widget(campaignScenarios.allStretchReached);
      expect(visibleText(element)).to.contain('160% funded');
      expect(visibleText(element)).to.contain('Every stretch goal has been reached');
      expect(bar(element).getAttribute('aria-valuenow')).to.equal('100');
    });
  });

  describe('stretch goals and the minimum', () => {
    it('lists every stretch goal in words, with whether it is reached', async () => {
      const element = await widget(campaignScenarios.funded);
      const goals = byRole(element, 'list', 'Stretch goals').textContent!.replace(/\s+/g, ' ');
      expect(goals).to.match(new RegExp(`₸12,000,000 Benches and shade Reached on \\w+ \\d{1,2}, \\d{4}`));
      expect(goals).to.contain(`₸15,000,000 Drinking fountains ₸1,600,000 to go`);
    });

    it('marks the goal, the reached stretch goal and the minimum on the bar', async () => {
      const element = await widget(campaignScenarios.funded);
      // 10,000,000 (goal), 12,000,000 (stretch goal) and 3,000,000 (minimum) of 15,000,000.
      const marks = Array.from(bar(element).querySelectorAll<HTMLElement>('.meter-mark')).map((mark) =>
        mark.style.getPropertyValue('--_civic-mark'),
      );
      expect(marks).to.deep.equal(['66%', '80%', '20%']);
    });

    it('says the minimum to succeed until it is reached', async () => {
      const element = await widget(campaignScenarios.withMinimum);
      expect(visibleText(element)).to.contain(`Minimum to succeed: ₸3,000,000`);
      expect(bar(element).getAttribute('aria-valuetext')).to.contain(`Minimum to succeed: ₸3,000,000`);
      const funded = await widget(campaignScenarios.funded);
      expect(visibleText(funded)).to.contain(`The minimum of ₸3,000,000 has been reached`);
    });
  });

  describe('when the campaign has ended', () => {
    it('passes the axe audit', async () => {
      await expect(await widget(campaignScenarios.failed)).to.be.accessible();
    });

    it('says it ended, without a support link or a deadline countdown', async () => {
      const element = await widget(campaignScenarios.closed);
      const text = visibleText(element);
      expect(text).to.contain('Status: Ended');
      expect(text).to.contain('This campaign has ended and no longer accepts support.');
      expect(text).to.match(/Ended \w+ \d{1,2}, \d{4}/);
      expect(text).not.to.contain('Ends in');
      expect(() => byRole(element, 'link', 'Support this project')).to.throw();
    });

    it('says when it failed to reach its minimum', async () => {
      const element = await widget(campaignScenarios.failed);
      const text = visibleText(element);
      expect(text).to.contain('Status: Not funded');
      expect(text).to.contain(`This campaign ended without reaching its minimum of ₸3,000,000.`);
      expect(text).not.to.contain('more needed');
    });
  });

  describe('wording for each kind of campaign', () => {
    const cases = [
      [
        'reward',
        campaignScenarios.reward,
        '$18,734.50 pledged of $25,000',
        '421 backers',
        'Rewards for backers',
      ],
      [
        'lending',
        campaignScenarios.lending,
        '€56,120.50 lent of €80,000, to be repaid',
        '97 lenders',
        'Loan, to be repaid',
      ],
      [
        'equity',
        campaignScenarios.equity,
        `₽1,234,567 invested of ₽5,000,000`,
        '58 investors',
        'Investment for a share',
      ],
    ] as const;
    for (const [kind, scenario, amount, backers, type] of cases) {
      it(`speaks of a ${kind} campaign in its own words`, async () => {
        const element = await widget(scenario);
        const text = visibleText(element);
        expect(text).to.contain(amount);
        expect(text).to.contain(backers);
        expect(text).to.contain(`Type: ${type}`);
      });
    }

    it('says there is no end date when there is none', async () => {
      const element = await widget(campaignScenarios.reward);
      expect(visibleText(element)).to.contain('Ends No end date');
    });
  });

  describe('money in Russian and Kazakh', () => {
    it('passes the axe audit', async () => {
      await expect(await widget(campaignScenarios.kazakh, { lang: 'kk' })).to.be.accessible();
    });

    const cases = [
      [
        'ru',
        campaignScenarios.russian,
        `Собрано 4${NBSP}250${NBSP}000${NBSP}₸ из 10${NBSP}000${NBSP}000${NBSP}₸`,
        '312 жертвователей',
      ],
      [
        'ru',
        campaignScenarios.reward,
        `Обещано 18${NBSP}734,50${NBSP}$ из 25${NBSP}000${NBSP}$`,
        '421 спонсор',
      ],
      [
        'ru',
        campaignScenarios.lending,
        `Одолжено 56${NBSP}120,50${NBSP}€ из 80${NBSP}000${NBSP}€, с возвратом`,
        '97 заимодавцев',
      ],
      [
        'ru',
        campaignScenarios.equity,
        `Инвестировано 1${NBSP}234${NBSP}567${NBSP}₽ из 5${NBSP}000${NBSP}000${NBSP}₽`,
        '58 инвесторов',
      ],
      [
        'kk',
        campaignScenarios.kazakh,
        `10${NBSP}000${NBSP}000${NBSP}₸ ішінен 4${NBSP}250${NBSP}000${NBSP}₸ жиналды`,
        '312 қайырымдылық жасаушы',
      ],
      [
        'kk',
        campaignScenarios.reward,
        `25${NBSP}000${NBSP}$ ішінен 18${NBSP}734,50${NBSP}$ уәде етілді`,
        '421 демеуші',
      ],
      [
        'kk',
        campaignScenarios.lending,
        `80${NBSP}000${NBSP}€ ішінен 56${NBSP}120,50${NBSP}€ қарызға берілді`,
        '97 қарыз беруші',
      ],
      [
        'kk',
        campaignScenarios.equity,
        `5${NBSP}000${NBSP}000${NBSP}₽ ішінен 1${NBSP}234${NBSP}567${NBSP}₽ инвестицияланды`,
        '58 инвестор',
      ],
    ] as const;
    for (const [lang, scenario, amount, backers] of cases) {
      it(`formats ${amount.slice(0, 24)}… in ${lang}`, async () => {
        const element = await widget(scenario, { lang });
        // The bar's sentence keeps the exact characters (no-break spaces) that visible text collapses.
        const sentence = bar(element).getAttribute('aria-valuetext')!;
        expect(sentence.startsWith(`${amount}.`) || sentence.startsWith(`${amount},`), sentence).to.equal(
          true,
        );
        expect(sentence).to.contain(`. ${backers}.`);
      });
    }

    it('says the percentage and the deadline in Kazakh, where the browser lacks Kazakh data', async () => {
      const element = await widget(campaignScenarios.kazakh, { lang: 'kk' });
      const text = visibleText(element);
      expect(text).to.contain('Күйі: Жиналуда');
      expect(text).to.contain('42% қаржыландырылды');
      expect(text).to.contain('12 күннен кейін аяқталады');
    });
  });

  describe('when the totals change', () => {
    before(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    });

    after(() => {
      delete (document as { visibilityState?: unknown }).visibilityState;
      delete (document as { hidden?: unknown }).hidden;
    });

    function live(): RequestHandler[] {
      return campaignHandlers(campaignStates.open, {
        liveRaised: (n) => (n === 0 ? 425_000_000 : 430_000_000),
      });
    }

    it('passes the axe audit', async () => {
      await expect(await widget(live(), { discovery: campaignDiscovery(1) })).to.be.accessible();
    });

    it('moves the bar and announces the new totals politely', async () => {
      const element = await widget(live(), { discovery: campaignDiscovery(1) });
      const region = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
      expect(region.textContent!.trim()).to.equal('');
      await waitUntil(() => bar(element).getAttribute('aria-valuenow') === '43', 'the bar did not move', {
        timeout: 5000,
      });
      expect(visibleText(element)).to.contain(`₸4,300,000 raised of ₸10,000,000`);
      await waitUntil(() => region.textContent!.trim() !== '', 'no announcement');
      expect(region.textContent!.trim()).to.equal(
        `${isolate('A playground for every yard in Alatau district')}: ₸4,300,000 raised of ₸10,000,000, 43% funded`,
      );
    });

    it('keeps the loaded figures when the totals come in another currency', async () => {
      const scenario = campaignHandlers(campaignStates.open, {
        totalsAnswer: () =>
          HttpResponse.json({
            campaignId: 'x',
            raised: { amount: 900_000_000, currency: 'USD' },
            backers: 1,
            state: 'open',
            milestones: [],
            updatedAt: new Date().toISOString(),
          }),
      });
      const element = await widget(scenario, { discovery: campaignDiscovery(1) });
      await aTimeout(1500);
      expect(bar(element).getAttribute('aria-valuenow')).to.equal('42');
    });
  });

  describe('in its compact variant', () => {
    it('passes the axe audit', async () => {
      await expect(await widget(campaignScenarios.funded, { variant: 'compact' })).to.be.accessible();
    });

    it('is the bar alone, named by the campaign and reading the whole sentence', async () => {
      const element = await widget(campaignScenarios.open, { variant: 'compact' });
      const progress = bar(element);
      expect(accessibleName(progress)).to.equal(
        `Funding progress: ${isolate('A playground for every yard in Alatau district')}`,
      );
      expect(progress.getAttribute('aria-valuetext')).to.contain('42% funded');
      expect(allByRole(element, 'heading')).to.have.length(0);
      expect(allByRole(element, 'link')).to.have.length(0);
      expect(visibleText(element)).to.contain('42% funded');
    });

    for (const variant of ['compact', 'full'] as const) {
      it(`fits a 280 px column without scrolling sideways (${variant})`, async () => {
        worker.use(...campaignDiscovery(), ...campaignScenarios.funded);
        const wrapper = fixtureSync<HTMLDivElement>(
          html`<div style="width: 280px">
            <civic-funding-progress
              campaign=${uniqueId('narrow')}
              api-base=${API}
              variant=${variant}
              with-backers
            >
            </civic-funding-progress>
          </div>`,
        );
        const element = wrapper.querySelector('civic-funding-progress')!;
        await loaded(element);
        for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"] *')) {
          if (!node.checkVisibility()) continue;
          expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(
            wrapper.getBoundingClientRect().right + 0.5,
          );
        }
      });
    }
  });

  describe('with WCAG text spacing at 320 px', () => {
    /** The demo's tree campaign in Kazakh: long stretch-goal names, eight-digit goals, open. */
    const kazakhTrees = () =>
      openCampaign({
        title: 'Абай даңғылына ағаштар',
        goal: { amount: 1_200_000_000, currency: 'KZT' },
        raised: { amount: 748_000_000, currency: 'KZT' },
        milestones: [
          {
            id: 'm-1',
            label: 'Алғашқы 100 ағаш',
            amount: { amount: 300_000_000, currency: 'KZT' },
            reachedAt: null,
          },
          {
            id: 'm-2',
            label: 'Бүкіл даңғылға тамшылатып суару',
            amount: { amount: 600_000_000, currency: 'KZT' },
            reachedAt: null,
          },
          {
            id: 'm-3',
            label: 'Қосымша мақсат: әр аялдамада көлеңкелі орындықтар',
            amount: { amount: 1_500_000_000, currency: 'KZT' },
            reachedAt: null,
          },
        ],
      });
    const cases = [
      ['en', campaignScenarios.funded],
      ['ru', campaignScenarios.funded],
      ['kk', campaignHandlers(kazakhTrees)],
    ] as const;

    for (const [lang, scenario] of cases) {
      it(`fits without scrolling sideways, and no part overflows its box (${lang})`, async () => {
        worker.use(...campaignDiscovery(), ...scenario);
        const { column, element } = widgetInColumn('civic-funding-progress', 320, {
          campaign: uniqueId('spaced'),
          'api-base': API,
          lang,
          'with-backers': '',
        });
        await loaded(element);
        expect(await overflowWithTextSpacing(element, column)).to.deep.equal([]);
      });
    }
  });

  describe('in the dark theme', () => {
    it('passes the axe audit', async () => {
      await expect(
        await widget(campaignScenarios.funded, { theme: 'dark', withBackers: true }),
      ).to.be.accessible();
    });
  });

  describe('while loading', () => {
    it('passes the axe audit, says "Loading…" and reserves its height', async () => {
      worker.use(...campaignDiscovery(), ...campaignScenarios.loading);
      const element = await fixture<CivicFundingProgress>(
        html`<civic-funding-progress
          campaign=${uniqueId('loading')}
          api-base=${API}
        ></civic-funding-progress>`,
      );
      expect(element.shadowRoot!.querySelector('[aria-busy="true"]')!.textContent).to.contain('Loading…');
      expect(element.getBoundingClientRect().height).to.be.at.least(300);
      await expect(element).to.be.accessible();
    });
  });

  describe('when loading fails', () => {
    it('passes the axe audit', async () => {
      await expect(await widget(campaignScenarios.error)).to.be.accessible();
    });

    it('explains in an alert, fires civic-load-error and loads again with "Try again"', async () => {
      worker.use(...campaignDiscovery(), ...campaignScenarios.error);
      const heard: CivicLoadErrorDetail[] = [];
      const element = await fixture<CivicFundingProgress>(
        html`<civic-funding-progress
          campaign=${uniqueId('error')}
          api-base=${API}
          @civic-load-error=${(event: CustomEvent<CivicLoadErrorDetail>) => heard.push(event.detail)}
        ></civic-funding-progress>`,
      );
      await loaded(element);
      expect(byRole(element, 'alert').textContent).to.contain('Something went wrong on the server.');
      await waitUntil(() => heard.length === 1);
      expect(heard[0]).to.deep.equal({ kind: 'server', status: 500 });
      worker.resetHandlers(...campaignDiscovery(), ...campaignScenarios.open);
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => element.shadowRoot!.querySelector('article'), 'did not reload');
      expect(visibleText(element)).to.contain('A playground for every yard in Alatau district');
    });

    it('shows the error state for malformed data, without an uncaught exception, and retries', async () => {
      const uncaught = watchUncaught();
      try {
        const element = await widget(campaignScenarios.malformed);
        expect(byRole(element, 'alert').textContent).to.contain('The server sent data we could not read');
        await aTimeout(50);
        expect(uncaught.errors).to.deep.equal([]);
        worker.resetHandlers(...campaignDiscovery(), ...campaignScenarios.open);
        await click(byRole(element, 'button', 'Try again'));
        await waitUntil(() => allByRole(element, 'progressbar').length === 1, 'did not reload');
      } finally {
        uncaught.stop();
      }
    });
  });

  describe('with direction marks in the text from the backend', () => {
    const marks = Object.values(HOSTILE_NAMES);
    /** Each field's text: a name with direction marks (a different kind from field to field), then the field. */
    const FIELDS = Object.fromEntries(
      ['title', 'summary', 'reached', 'next', 'backer'].map((field, i) => [
        field,
        `${marks[i % marks.length]!} ${field}`,
      ]),
    ) as Record<'title' | 'summary' | 'reached' | 'next' | 'backer', string>;
    const marked = campaignHandlers(() => {
      const funded = campaignStates.funded();
      const [reached, next] = funded.milestones;
      return {
        ...funded,
        title: FIELDS.title,
        summary: FIELDS.summary,
        milestones: [
          { ...reached!, label: FIELDS.reached },
          { ...next!, label: FIELDS.next },
        ],
        recentBackers: [{ displayName: FIELDS.backer, at: new Date().toISOString() }],
      };
    });

    it('isolates every text from the backend, so none can reorder what is around it', async () => {
      const element = await widget(marked, { withBackers: true });
      for (const [field, text] of Object.entries(FIELDS)) {
        const { found, bare } = isolation(element, text);
        expect(found, `${field} is shown`).to.be.greaterThan(0);
        expect(bare, `${field} shown without isolation`).to.equal(0);
      }
    });

    it('turns no word after the next stretch goal’s name around', async () => {
      const element = await widget(marked);
      const sentence = element.shadowRoot!.querySelector('.progress-text')!;
      // "Next stretch goal: <name> at ₸15,000,000."
      expect(drawnAfter(sentence, ' at ', FIELDS.next), 'the words after the goal').to.equal(true);
      expect(drawnInOrder(sentence, '15,000,000')).to.equal(true);
    });
  });

  describe('with hostile text from the backend', () => {
    it('shows markup as text and creates no element from it', async () => {
      const element = await widget(campaignScenarios.hostile, { withBackers: true });
      const text = allText(element);
      for (const field of ['Title', 'Summary', 'Milestone', 'Backer']) {
        expect(text, field).to.contain(`${HOSTILE} ${field}`);
      }
      expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  });

  it('fires no events when the page only sets properties', async () => {
    const heard: string[] = [];
    const element = await widget(campaignScenarios.open);
    for (const type of ['civic-load-error', 'civic-auth-required']) {
      element.addEventListener(type, () => heard.push(type));
    }
    element.variant = 'compact';
    element.withBackers = true;
    await element.updateComplete;
    await aTimeout(50);
    expect(heard).to.deep.equal([]);
  });
});
