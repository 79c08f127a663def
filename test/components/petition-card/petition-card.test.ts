/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { nothing } from 'lit';
import '../../../src/index.js';
import type { CivicPetitionCard } from '../../../src/components/petition-card/petition-card.js';
import type { CivicLoadErrorDetail } from '../../../src/events/civic-load-error.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { openPetition, petitionStates } from '../../mocks/fixtures/petition-states.js';
import { petitionDiscovery, petitionHandlers, petitionScenarios } from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { drawnAfter, drawnInOrder, HOSTILE_NAMES, isolation } from '../../internal/bidi-support.js';
import {
  accessibleName,
  allByRole,
  allText,
  byRole,
  loaded,
  uniqueId,
  visibleText,
  watchUncaught,
} from '../support.js';

const API = '/api/v1';
const HOSTILE = '<img src=x onerror=alert(1)>';
const EMBED_SCRIPT = 'https://cdn.example.kz/civic-widgets/0.1.0/civic-widgets.js';
const EMBED_SCRIPT_BODY = "export const kit = 'civic-widgets';\n";
/** SHA-384 of EMBED_SCRIPT_BODY, base64 (computed apart with Node's crypto). */
const EMBED_SCRIPT_SRI = 'sha384-g4Tv0Nz/ldW6AhwoyhAcdNJQy+b7Ss4KO7cg7y6iNdbEUK1ZFLwFn4SJd+A2HlAu';

/** The CDN serving EMBED_SCRIPT, which the embed code's integrity hash is computed from. */
const embedScriptHandler = http.get(
  EMBED_SCRIPT,
  () =>
    new HttpResponse(EMBED_SCRIPT_BODY, {
      headers: { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' },
    }),
);

interface CardOptions {
  variant?: 'full' | 'compact';
  withForm?: boolean;
  lang?: string;
  headingLevel?: number;
  id?: string;
  discovery?: RequestHandler[];
}

async function card(scenario: RequestHandler[], options: CardOptions = {}): Promise<CivicPetitionCard> {
  worker.use(...(options.discovery ?? petitionDiscovery()), ...scenario, embedScriptHandler);
  const id = options.id ?? uniqueId('card');
  const element = await fixture<CivicPetitionCard>(html`
    <civic-petition-card
      petition=${id}
      api-base=${API}
      variant=${options.variant ?? nothing}
      ?with-form=${options.withForm ?? false}
      lang=${options.lang ?? nothing}
      heading-level=${options.headingLevel ?? nothing}
      embed-script=${EMBED_SCRIPT}
    >
      <a href="https://participate.example.kz/petitions/${id}">Read the petition on the city portal</a>
    </civic-petition-card>
  `);
  await loaded(element);
  return element;
}

function progressbar(widget: Element): HTMLElement {
  return byRole(widget, 'progressbar');
}

describe('<civic-petition-card>', function () {
  // Retries back off and a test page may be a throttled background tab.
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(async () => {
    // Widgets leave first and stop their requests. One they sent just before is still on its way to
    // the worker: a quiet backend answers it, instead of an "unhandled request" error in the log.
    fixtureCleanup();
    worker.resetHandlers(...petitionDiscovery(), ...petitionScenarios.open);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('passes the axe audit', async () => {
    const element = await card(petitionScenarios.responded);
    await click(byRole(element, 'button', 'Read the full petition'));
    await click(byRole(element, 'button', 'Get embed code'));
    await click(byRole(element, 'button', 'Show all 8 regions'));
    await expect(element).to.be.accessible();
  });

  describe('by default, for an open petition', () => {
    it('is an article named by its title, a level 2 heading', async () => {
      const element = await card(petitionScenarios.open);
      const article = byRole(element, 'article');
      expect(accessibleName(article)).to.equal('Build protected bike lanes on Abai Avenue');
      const title = byRole(element, 'heading', 'Build protected bike lanes on Abai Avenue');
      expect(title.localName).to.equal('h2');
    });

    it('takes its heading level from the page', async () => {
      const element = await card(petitionScenarios.open, { headingLevel: 3 });
      expect(byRole(element, 'heading', 'Build protected bike lanes on Abai Avenue').localName).to.equal(
        'h3',
      );
      expect(byRole(element, 'heading', 'Signatures by region').localName).to.equal('h4');
    });

    it('says its state in words, the summary, the creator and the topics', async () => {
      const element = await card(petitionScenarios.open);
      const text = visibleText(element);
      expect(text).to.contain('Status: Open');
      expect(text).to.contain('Cyclists share six lanes with buses on Abai Avenue.');
      expect(text).to.contain('Created by \u2068Aigerim Nurlanovna\u2069');
      expect(text).to.contain('Topics: Transport Road safety');
    });

    it('opens the full text with a disclosure button', async () => {
      const element = await card(petitionScenarios.open);
      const button = byRole(element, 'button', 'Read the full petition');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleText(element)).not.to.contain('40,000 vehicles a day');
      await click(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(element)).to.contain('40,000 vehicles a day');
      const controlled = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
      expect(controlled?.getAttribute('lang')).to.equal('en');
      await click(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleText(element)).not.to.contain('40,000 vehicles a day');
    });

    it('counts paper signatures in the total and says so', async () => {
      const element = await card(petitionScenarios.open);
      const text = visibleText(element);
      expect(text).to.contain('4,350 signatures');
      expect(text).to.contain('Includes 120 paper signatures');
    });

    it('reads the whole progress sentence from its progress bar', async () => {
      const element = await card(petitionScenarios.open);
      const bar = progressbar(element);
      expect(accessibleName(bar)).to.equal('Progress towards the next goal');
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('10000');
      expect(bar.getAttribute('aria-valuenow')).to.equal('4350');
      expect(bar.getAttribute('aria-valuetext')).to.equal(
        '4,350 signatures. Goal: 10,000 signatures for an official response. 43% of the goal. ' +
          '5,650 more signatures needed for an official response.',
      );
      expect(visibleText(element)).to.contain('5,650 more signatures needed for an official response');
    });

    it('lists every goal in words, with what is still needed', async () => {
      const element = await card(petitionScenarios.open);
      const goals = byRole(element, 'list', 'Goals');
      expect(goals.textContent!.replace(/\s+/g, ' ')).to.contain(
        '10,000 Official response 5,650 more signatures',
      );
      expect(goals.textContent!.replace(/\s+/g, ' ')).to.contain('100,000 Debate 95,650 more signatures');
    });

    it('gives the deadline as a date and in days, and the opening date', async () => {
      const element = await card(petitionScenarios.open);
      const text = visibleText(element);
      expect(text).to.contain('Closes in 12 days');
      expect(text).to.match(/Deadline \w+ \d{1,2}, \d{4}/);
      expect(text).to.match(/Opened \w+ \d{1,2}, \d{4}/);
    });

    it('does not render the fallback link once upgraded', async () => {
      const element = await card(petitionScenarios.open);
      const fallback = element.querySelector('a')!;
      expect(fallback.assignedSlot).to.equal(null);
      expect(fallback.checkVisibility()).to.equal(false);
    });

    it('announces nothing when it first shows the count', async () => {
      const element = await card(petitionScenarios.open);
      const region = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
      await aTimeout(100);
      expect(region.textContent!.trim()).to.equal('');
    });
  });

  describe('when the count changes', () => {
    // Counts pause while the page is hidden; a test page may be a background tab, so say it is visible.
    before(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    });

    after(() => {
      delete (document as { visibilityState?: unknown }).visibilityState;
      delete (document as { hidden?: unknown }).hidden;
    });

    it('passes the axe audit', async () => {
      const element = await liveCard();
      await expect(element).to.be.accessible();
    });

    async function liveCard(): Promise<CivicPetitionCard> {
      const scenario = petitionHandlers(petitionStates.open, { liveTotal: (n) => (n === 0 ? 4_350 : 4_351) });
      return card(scenario, { discovery: petitionDiscovery(1) });
    }

    it('announces the new count with the title through the polite live region', async () => {
      const element = await liveCard();
      const region = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
      await waitUntil(() => region.textContent!.trim() !== '', 'no announcement', { timeout: 4000 });
      expect(region.textContent!.trim()).to.equal(
        '\u2068Build protected bike lanes on Abai Avenue\u2069: 4,351 signatures',
      );
      await waitUntil(() => visibleText(element).includes('4,351 signatures'), 'the count did not update');
      expect(progressbar(element).getAttribute('aria-valuenow')).to.equal('4351');
    });

    it('shows the new figure at once when the reader prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await liveCard();
      await waitUntil(() => progressbar(element).getAttribute('aria-valuenow') === '4351', 'no update', {
        timeout: 4000,
      });
      await element.updateComplete;
      expect(
        element.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' '),
      ).to.contain('4,351 signatures');
    });
  });

  describe('when the count is far from the goal', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.firstSignature)).to.be.accessible();
    });

    it('never says 0 % for one signature of 10,000', async () => {
      const element = await card(petitionScenarios.firstSignature);
      const valuetext = progressbar(element).getAttribute('aria-valuetext')!;
      expect(valuetext).to.contain('1% of the goal');
      expect(valuetext).not.to.match(/\b0\s?%/);
      expect(visibleText(element)).to.contain('1% of the goal');
      expect(visibleText(element)).to.contain('9,999 more signatures needed for an official response');
    });

    it('works towards the first of the US goals (150 to be published)', async () => {
      const element = await card(petitionScenarios.usThresholds);
      const bar = progressbar(element);
      expect(bar.getAttribute('aria-valuemax')).to.equal('150');
      expect(bar.getAttribute('aria-valuetext')).to.equal(
        '87 signatures. Goal: 150 signatures for publication. 58% of the goal. 63 more signatures needed for publication.',
      );
    });

    it('shows the count without a bar when the backend has no goals', async () => {
      const element = await card(petitionScenarios.noThresholds);
      expect(allByRole(element, 'progressbar')).to.have.length(0);
      expect(visibleText(element)).to.contain('4,350 signatures');
    });
  });

  describe('when the first goal is reached', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.thresholdReached)).to.be.accessible();
    });

    it('heads for the next goal and says the first was reached', async () => {
      const element = await card(petitionScenarios.thresholdReached);
      const bar = progressbar(element);
      expect(bar.getAttribute('aria-valuemax')).to.equal('100000');
      expect(bar.getAttribute('aria-valuetext')).to.equal(
        '10,762 signatures. Goal: 100,000 signatures for a debate. 10% of the goal. ' +
          '89,238 more signatures needed for a debate.',
      );
      const goals = byRole(element, 'list', 'Goals').textContent!.replace(/\s+/g, ' ');
      expect(goals).to.match(/10,000 Official response Reached on \w+ \d{1,2}, \d{4}/);
      expect(visibleText(element)).to.contain(
        'This petition has enough signatures for an official response.',
      );
    });
  });

  describe('when the authority has responded', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.responded)).to.be.accessible();
    });

    it('shows the response summary and date, with the full response behind a button and its links', async () => {
      const element = await card(petitionScenarios.responded);
      const section = byRole(element, 'heading', 'Official response').closest('section')!;
      expect(section.textContent).to.contain('The akimat will study protected lanes');
      expect(section.textContent).to.match(/Responded on \w+ \d{1,2}, \d{4}/);
      expect(visibleText(element)).to.contain('Status: Open Response received');
      const button = byRole(element, 'button', 'Read the full response');
      expect(visibleText(element)).not.to.contain('A feasibility study starts in June.');
      await click(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(element)).to.contain('A feasibility study starts in June.');
      expect(byRole(element, 'link', 'Mobility plan 2026').getAttribute('href')).to.equal(
        'https://participate.example.kz/mobility-2026',
      );
    });
  });

  describe('when it is debated', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.debated)).to.be.accessible();
    });

    it('says when a debate is scheduled, with its links', async () => {
      const element = await card(petitionScenarios.debateScheduled);
      expect(visibleText(element)).to.match(/A debate is scheduled for \w+ \d{1,2}, \d{4}\./);
      expect(byRole(element, 'link', 'Maslikhat session agenda')).to.exist;
      expect(progressbar(element).getAttribute('aria-valuetext')).to.contain('Every goal has been reached');
    });

    it('says when it was debated, with the outcome, the transcript and the video', async () => {
      const element = await card(petitionScenarios.debated);
      const text = visibleText(element);
      expect(text).to.match(/This petition was debated on \w+ \d{1,2}, \d{4}\./);
      expect(text).to.contain('Deputies backed the plan 27 to 3');
      expect(byRole(element, 'link', 'Transcript of the debate')).to.exist;
      expect(byRole(element, 'link', 'Video of the debate')).to.exist;
      expect(text).to.contain('Status: Closed Response received Debated');
    });
  });

  describe('when it is closed', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.closed)).to.be.accessible();
    });

    it('says so, and stops asking for more signatures', async () => {
      const element = await card(petitionScenarios.closed, { withForm: true });
      const text = visibleText(element);
      expect(text).to.contain('Status: Closed');
      expect(text).to.match(/This petition closed on \w+ \d{1,2}, \d{4} and no longer accepts signatures\./);
      expect(text).not.to.contain('more signatures needed');
      expect(byRole(element, 'list', 'Goals').textContent).to.contain('Not reached');
      expect(progressbar(element).getAttribute('aria-valuetext')).not.to.contain('needed');
      expect(element.shadowRoot!.querySelector('civic-signature-form')).to.equal(null);
    });
  });

  describe('when it was rejected', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.rejected)).to.be.accessible();
    });

    it('gives the reason in words and the moderators’ details, without a count', async () => {
      const element = await card(petitionScenarios.rejected);
      const text = visibleText(element);
      expect(text).to.contain('Status: Rejected');
      expect(byRole(element, 'heading', 'This petition was rejected')).to.exist;
      expect(text).to.contain('Reason: There is already a petition about this.');
      expect(text).to.contain('Car-free Sundays on Panfilov Street');
      expect(allByRole(element, 'progressbar')).to.have.length(0);
      expect(() => byRole(element, 'button', 'Share this petition')).to.throw();
    });

    it('gives the reason in Russian on a Russian page', async () => {
      const element = await card(petitionScenarios.rejected, { lang: 'ru' });
      const text = visibleText(element);
      expect(text).to.contain('Статус: Отклонена');
      expect(text).to.contain('Причина: Петиция на эту тему уже существует.');
    });
  });

  describe('when the page switches language', () => {
    it('loads the petition again in the new language', async () => {
      const titles: Record<string, string> = { en: 'Keep the night bus', kk: 'Түнгі автобусты сақтау' };
      const languages: string[] = [];
      let language = 'en';
      const scenario = petitionHandlers(
        () => ({ ...petitionStates.open(), title: titles[language] ?? 'Other' }),
        {
          onRequest: (request) => {
            if (!new URL(request.url).pathname.endsWith('/count')) {
              language = request.headers.get('Accept-Language') ?? 'en';
              languages.push(language);
            }
          },
        },
      );
      const root = document.documentElement;
      const pageLanguage = root.lang;
      root.lang = 'en';
      // fixtureSync: fixture() waits for an animation frame, which a background test page may not get.
      const holder = fixtureSync<HTMLDivElement>(html`<div></div>`);
      worker.use(...petitionDiscovery(), ...scenario);
      const element = document.createElement('civic-petition-card');
      element.setAttribute('petition', uniqueId('lang'));
      element.setAttribute('api-base', API);
      holder.append(element);
      await loaded(element);
      expect(accessibleName(byRole(element, 'article'))).to.equal(titles['en']);

      try {
        root.lang = 'kk';
        await waitUntil(
          // The card shows its skeleton while the petition loads again, so there may be no article for a moment.
          () => allByRole(element, 'article').some((article) => accessibleName(article) === titles['kk']),
          'title in Kazakh',
          {
            timeout: 10_000,
          },
        );
        expect(languages).to.deep.equal(['en', 'kk']);
      } finally {
        root.lang = pageLanguage;
      }
    });
  });

  describe('in Russian and Kazakh', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.kazakh, { lang: 'kk' })).to.be.accessible();
    });

    it('uses Russian plural forms and number formatting', async () => {
      const element = await card(petitionScenarios.russian, { lang: 'ru' });
      const text = visibleText(element);
      expect(text).to.contain('10 762 подписи');
      expect(text).to.contain('Включая 350 подписей на бумаге');
      expect(text).to.contain('Для обсуждения на заседании нужно ещё 89 238 подписей');
      expect(text).to.contain('Закрывается через 12 дней');
    });

    it('speaks Kazakh, with Kazakh dates even where the browser lacks them', async () => {
      const element = await card(petitionScenarios.kazakh, { lang: 'kk' });
      const text = visibleText(element);
      expect(text).to.contain('Күйі: Ашық');
      expect(text).to.contain('4 350 қолтаңба');
      expect(text).to.contain('12 күннен кейін жабылады');
      expect(text).to.match(
        /\d{4} ж\. \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/,
      );
    });
  });

  describe('when a citizen shares it', () => {
    let copied: string[];
    let failCopy: boolean;

    beforeEach(() => {
      copied = [];
      failCopy = false;
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            if (failCopy) throw new DOMException('Denied', 'NotAllowedError');
            copied.push(text);
          },
        },
      });
    });

    afterEach(() => {
      delete (navigator as { share?: unknown }).share;
      delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('passes the axe audit', async () => {
      const element = await card(petitionScenarios.open);
      await click(byRole(element, 'button', 'Share this petition'));
      await waitUntil(() => visibleText(element).includes('Link copied'));
      await expect(element).to.be.accessible();
    });

    it('copies the petition link and says "Link copied" in a status region', async () => {
      const element = await card(petitionScenarios.open);
      await click(byRole(element, 'button', 'Share this petition'));
      await waitUntil(() => copied.length === 1, 'nothing copied');
      expect(copied).to.deep.equal(['https://participate.example.kz/petitions/241584']);
      await element.updateComplete;
      const statuses = allByRole(element, 'status').map((status) => status.textContent!.trim());
      expect(statuses).to.include('Link copied');
    });

    it('shows the link ready to copy when the browser refuses', async () => {
      failCopy = true;
      const element = await card(petitionScenarios.open);
      await click(byRole(element, 'button', 'Share this petition'));
      await waitUntil(() => visibleText(element).includes('Could not copy automatically'));
      const field = byRole(element, 'textbox', 'Link to this petition') as HTMLInputElement;
      expect(field.value).to.equal('https://participate.example.kz/petitions/241584');
      expect(field.readOnly).to.equal(true);
    });

    it('uses the device’s share sheet when there is one', async () => {
      const shared: ShareData[] = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
      const element = await card(petitionScenarios.open);
      await click(byRole(element, 'button', 'Share this petition'));
      await waitUntil(() => shared.length === 1);
      expect(shared[0]).to.deep.equal({
        title: 'Build protected bike lanes on Abai Avenue',
        url: 'https://participate.example.kz/petitions/241584',
      });
      expect(copied).to.deep.equal([]);
    });

    it('gives the exact embed code for this petition, and copies it', async () => {
      const id = uniqueId('embed');
      const element = await card(petitionScenarios.open, { id });
      const toggle = byRole(element, 'button', 'Get embed code');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await click(toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const code = byRole(element, 'textbox', 'Embed code') as HTMLTextAreaElement;
      expect(code.readOnly).to.equal(true);
      await waitUntil(() => code.value.includes('integrity='), 'no integrity hash in the code');
      expect(code.value).to.equal(
        [
          `<script type="module" src="${EMBED_SCRIPT}" integrity="${EMBED_SCRIPT_SRI}" crossorigin="anonymous"></script>`,
          `<civic-petition-card petition="${id}" api-base="${location.origin}/api/v1">`,
          '  <a href="https://participate.example.kz/petitions/241584">\u2068Build protected bike lanes on Abai Avenue\u2069</a>',
          '</civic-petition-card>',
        ].join('\n'),
      );
      await click(byRole(element, 'button', 'Copy code'));
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.equal(code.value);
      await element.updateComplete;
      expect(allByRole(element, 'status').map((status) => status.textContent!.trim())).to.include(
        'Code copied',
      );
    });
  });

  describe('signatures by region', () => {
    it('passes the axe audit', async () => {
      const element = await card(petitionScenarios.open);
      await click(byRole(element, 'button', 'Show all 8 regions'));
      await expect(element).to.be.accessible();
    });

    it('are a table of the top five regions, and "Show all" shows the rest', async () => {
      const element = await card(petitionScenarios.open);
      const table = byRole(element, 'table', 'Signatures by region') as HTMLTableElement;
      const headers = Array.from(table.tHead!.rows[0]!.cells).map((cell) => cell.textContent!.trim());
      expect(headers).to.deep.equal(['Region', 'Signatures', 'Share']);
      const rows = () =>
        Array.from(table.tBodies[0]!.rows).map((row) =>
          Array.from(row.cells).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
        );
      expect(rows()).to.have.length(5);
      expect(rows()[0]).to.deep.equal(['Bostandyk district', '957', '22%']);
      expect(table.tBodies[0]!.rows[0]!.cells[0]!.localName).to.equal('th');
      const button = byRole(element, 'button', 'Show all 8 regions');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await click(button);
      expect(rows()).to.have.length(8);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(accessibleName(button)).to.equal('Show fewer regions');
    });

    it('hide their bars from assistive technology', async () => {
      const element = await card(petitionScenarios.open);
      const table = byRole(element, 'table', 'Signatures by region');
      const bars = Array.from(table.querySelectorAll('td *')).filter((node) => node.textContent === '');
      expect(bars.length).to.be.greaterThan(0);
      for (const bar of bars) expect(bar.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('in its compact variant', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.thresholdReached, { variant: 'compact' })).to.be.accessible();
    });

    it('keeps the title (a link), the state, the count, the progress and the deadline', async () => {
      const element = await card(petitionScenarios.open, { variant: 'compact' });
      const title = byRole(element, 'heading', 'Build protected bike lanes on Abai Avenue');
      expect(title.querySelector('a')!.getAttribute('href')).to.equal(
        'https://participate.example.kz/petitions/241584',
      );
      const text = visibleText(element);
      expect(text).to.contain('Status: Open');
      expect(text).to.contain('4,350 signatures');
      expect(text).to.contain('Closes in 12 days');
      expect(progressbar(element).getAttribute('aria-valuetext')).to.contain('5,650 more signatures needed');
      expect(allByRole(element, 'table')).to.have.length(0);
      expect(() => byRole(element, 'button', 'Read the full petition')).to.throw();
    });

    for (const variant of ['compact', 'full'] as const) {
      it(`fits a 280 px column without scrolling sideways (${variant})`, async () => {
        worker.use(...petitionDiscovery(), ...petitionScenarios.responded);
        const wrapper = fixtureSync<HTMLDivElement>(
          html`<div style="width: 280px">
            <civic-petition-card petition=${uniqueId('narrow')} api-base=${API} variant=${variant}>
            </civic-petition-card>
          </div>`,
        );
        const element = wrapper.querySelector('civic-petition-card')!;
        await loaded(element);
        const cardBox = element.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
        expect(cardBox.getBoundingClientRect().width).to.be.at.most(280);
        for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"] *')) {
          if (!node.checkVisibility()) continue;
          expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(
            wrapper.getBoundingClientRect().right + 0.5,
          );
        }
      });
    }
  });

  describe('with a signature form', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.open, { withForm: true })).to.be.accessible();
    });

    it('renders one below an open petition with `with-form`, a heading level lower', async () => {
      const element = await card(petitionScenarios.open, { withForm: true });
      const form = element.shadowRoot!.querySelector('civic-signature-form')!;
      expect(form).to.exist;
      await waitUntil(() => form.shadowRoot?.querySelector('form'), 'the form did not load');
      expect(form.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Sign this petition');
    });

    it('shows the page’s own form in the `form` slot', async () => {
      worker.use(...petitionDiscovery(), ...petitionScenarios.open);
      const element = await fixture<CivicPetitionCard>(
        html`<civic-petition-card petition=${uniqueId('slot')} api-base=${API}>
          <p slot="form" id="own-form">The city’s own form</p>
        </civic-petition-card>`,
      );
      await loaded(element);
      expect(element.querySelector('#own-form')!.assignedSlot).not.to.equal(null);
      expect(element.querySelector('#own-form')!.checkVisibility()).to.equal(true);
    });
  });

  describe('while loading', () => {
    it('passes the axe audit', async () => {
      worker.use(...petitionDiscovery(), ...petitionScenarios.loading);
      const element = await fixture<CivicPetitionCard>(
        html`<civic-petition-card petition=${uniqueId('loading')} api-base=${API}></civic-petition-card>`,
      );
      await expect(element).to.be.accessible();
    });

    it('says "Loading…" and reserves the card’s height', async () => {
      worker.use(...petitionDiscovery(), ...petitionScenarios.loading);
      const element = await fixture<CivicPetitionCard>(
        html`<civic-petition-card petition=${uniqueId('loading')} api-base=${API}></civic-petition-card>`,
      );
      expect(element.shadowRoot!.querySelector('[aria-busy="true"]')!.textContent).to.contain('Loading…');
      expect(element.getBoundingClientRect().height).to.be.at.least(300);
    });
  });

  describe('when loading fails', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.error)).to.be.accessible();
    });

    it('explains in an alert, fires civic-load-error and loads again with "Try again"', async () => {
      worker.use(...petitionDiscovery(), ...petitionScenarios.error);
      const heard: CivicLoadErrorDetail[] = [];
      const element = await fixture<CivicPetitionCard>(
        html`<civic-petition-card
          petition=${uniqueId('error')}
          api-base=${API}
          @civic-load-error=${(event: CustomEvent<CivicLoadErrorDetail>) => heard.push(event.detail)}
        ></civic-petition-card>`,
      );
      await loaded(element);
      expect(byRole(element, 'alert').textContent).to.contain('Something went wrong on the server.');
      await waitUntil(() => heard.length === 1);
      expect(heard[0]).to.deep.equal({ kind: 'server', status: 500 });
      worker.resetHandlers(...petitionDiscovery(), ...petitionScenarios.open);
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => element.shadowRoot!.querySelector('article'), 'did not reload');
      expect(visibleText(element)).to.contain('Build protected bike lanes on Abai Avenue');
    });

    it('shows the error state for malformed data, without an uncaught exception', async () => {
      const uncaught = watchUncaught();
      try {
        const element = await card(petitionScenarios.malformed);
        expect(byRole(element, 'alert').textContent).to.contain('The server sent data we could not read');
        expect(byRole(element, 'button', 'Try again')).to.exist;
        await aTimeout(50);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });

    for (const [name, scenario, status] of [
      ['no longer exists (404)', petitionScenarios.notFound, 404],
      ['was removed (410)', petitionScenarios.gone, 410],
    ] as const) {
      it(`says the petition is no longer available when it ${name}`, async () => {
        worker.use(...petitionDiscovery(), ...scenario);
        const heard: CivicLoadErrorDetail[] = [];
        const element = await fixture<CivicPetitionCard>(
          html`<civic-petition-card
            petition=${uniqueId('gone')}
            api-base=${API}
            @civic-load-error=${(event: CustomEvent<CivicLoadErrorDetail>) => heard.push(event.detail)}
          ></civic-petition-card>`,
        );
        await loaded(element);
        expect(byRole(element, 'heading', 'This petition is no longer available')).to.exist;
        expect(() => byRole(element, 'button', 'Try again')).to.throw();
        expect(heard).to.deep.equal([{ kind: 'not_found', status }]);
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('with hostile text from the backend', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.hostile)).to.be.accessible();
    });

    it('shows markup in every text field as text and creates no element from it', async () => {
      const element = await card(petitionScenarios.hostile, { withForm: true });
      await click(byRole(element, 'button', 'Read the full petition'));
      await click(byRole(element, 'button', 'Read the full response'));
      await click(byRole(element, 'button', 'Get embed code'));
      const text = allText(element);
      for (const field of [
        'Title',
        'Summary',
        'Body',
        'Creator',
        'Topic',
        'Response',
        'Details',
        'Debate',
        'Region',
        'Link',
      ]) {
        expect(text, field).to.contain(`${HOSTILE} ${field}`);
      }
      expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      const code = byRole(element, 'textbox', 'Embed code') as HTMLTextAreaElement;
      expect(code.value).to.contain('&lt;img src=x onerror=alert(1)&gt; Title\u2069</a>');
      const form = element.shadowRoot!.querySelector('civic-signature-form')!;
      await waitUntil(() => form.shadowRoot?.querySelector('form'));
      expect(form.shadowRoot!.textContent).to.contain(`${HOSTILE} Statement`);
      expect(form.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    });
  });

  describe('with direction marks in the text from the backend', () => {
    const marks = Object.values(HOSTILE_NAMES);
    /** Each field's text: a name with direction marks (a different kind from field to field), then the field. */
    const FIELDS = Object.fromEntries(
      [
        'title',
        'summary',
        'body',
        'creator',
        'topic',
        'goal',
        'response',
        'details',
        'link',
        'debate',
        'region',
      ].map((field, i) => [field, `${marks[i % marks.length]!} ${field}`]),
    ) as Record<string, string>;
    const marked = petitionHandlers(() =>
      openPetition({
        title: FIELDS['title']!,
        summary: FIELDS['summary']!,
        body: FIELDS['body']!,
        creator: { name: FIELDS['creator']! },
        topics: [{ code: 'x', name: FIELDS['topic']! }],
        thresholds: [{ kind: 'custom', count: 10_000, reachedAt: null, label: FIELDS['goal']! }],
        responseState: 'responded',
        governmentResponse: {
          summary: FIELDS['response']!,
          details: FIELDS['details']!,
          respondedAt: '2026-11-01T09:00:00Z',
          links: [{ label: FIELDS['link']!, url: 'https://participate.example.kz/x' }],
        },
        debateState: 'debated',
        debate: {
          scheduledFor: null,
          debatedAt: '2026-11-02T09:00:00Z',
          summary: FIELDS['debate']!,
          links: [],
        },
        signaturesByRegion: [{ code: 'X', name: FIELDS['region']!, count: 10 }],
      }),
    );

    it('isolates every text from the backend, so none can reorder what is around it', async () => {
      const element = await card(marked);
      await click(byRole(element, 'button', 'Read the full petition'));
      await click(byRole(element, 'button', 'Read the full response'));
      for (const [field, text] of Object.entries(FIELDS)) {
        const { found, bare } = isolation(element, text);
        expect(found, `${field} is shown`).to.be.greaterThan(0);
        expect(bare, `${field} shown without isolation`).to.equal(0);
      }
    });

    it("turns no word after a goal's label around (Kazakh puts words after it)", async () => {
      const element = await card(marked, { lang: 'kk' });
      // "Мақсат: «<label>» мақсаты үшін 10 000 қолтаңба"
      expect(drawnInOrder(element, 'үшін'), '"үшін" reads left to right').to.be.true;
      expect(drawnAfter(element, 'мақсаты үшін', FIELDS['goal']!), 'the sentence goes on after the label').to
        .be.true;
    });
  });

  describe('with a petition that is not open yet', () => {
    it('passes the axe audit', async () => {
      await expect(await card(petitionScenarios.notYetOpen)).to.be.accessible();
    });

    it('says it cannot be signed yet', async () => {
      const element = await card(petitionScenarios.notYetOpen, { withForm: true });
      expect(visibleText(element)).to.contain('This petition is not open for signatures yet.');
      expect(visibleText(element)).to.contain('Status: Collecting supporters');
      expect(element.shadowRoot!.querySelector('civic-signature-form')).to.equal(null);
    });
  });

  it('fires no events when the page only sets properties', async () => {
    const heard: string[] = [];
    const element = await card(petitionScenarios.open);
    for (const type of ['civic-load-error', 'civic-signed', 'civic-auth-required']) {
      element.addEventListener(type, () => heard.push(type));
    }
    element.variant = 'compact';
    element.headingLevel = 4;
    await element.updateComplete;
    await aTimeout(50);
    expect(heard).to.deep.equal([]);
  });
});
