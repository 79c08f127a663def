/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RequestHandler } from 'msw';
import { nothing } from 'lit';
import '../../../src/index.js';
import type { CivicExpertLeaderboard } from '../../../src/components/expert-leaderboard/expert-leaderboard.js';
import type { CivicLoadErrorDetail } from '../../../src/events/civic-load-error.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { leaderboard, leaderboardStates, secondPage } from '../../mocks/fixtures/leaderboards.js';
import { LeaderboardSchema } from '../../../src/protocol/index.js';
import {
  leaderboardAvatars,
  leaderboardDiscovery,
  leaderboardHandlers,
  leaderboardScenarios,
} from '../../mocks/leaderboard-scenarios.js';
import type { LeaderboardRequest } from '../../mocks/leaderboard-scenarios.js';
import { problemResponse, validJson } from '../../mocks/handlers.js';
import { click } from '../../internal/support.js';
import { isolate } from '../../../src/internal/user-text.js';
import { drawnAfter, drawnInOrder, HOSTILE_NAMES, isolation } from '../../internal/bidi-support.js';
import {
  accessibleName,
  allByRole,
  allText,
  byRole,
  emulateForcedColors,
  loaded,
  overflowWithTextSpacing,
  uniqueId,
  visibleText,
  watchUncaught,
  widgetInColumn,
} from '../support.js';

const API = '/api/v1';
const HOSTILE = '<img src=x onerror=alert(1)>';

interface BoardOptions {
  lang?: string;
  theme?: 'light' | 'dark';
  period?: string;
}

async function board(
  scenario: RequestHandler[],
  options: BoardOptions = {},
): Promise<CivicExpertLeaderboard> {
  worker.use(...leaderboardDiscovery(), ...leaderboardAvatars(), ...scenario);
  const element = await fixture<CivicExpertLeaderboard>(html`
    <civic-expert-leaderboard
      board=${uniqueId('board')}
      api-base=${API}
      lang=${options.lang ?? nothing}
      theme=${options.theme ?? nothing}
      period=${options.period ?? nothing}
    >
      <a href="https://participate.example.kz/leaderboard">Top contributors on the city portal</a>
    </civic-expert-leaderboard>
  `);
  await loaded(element);
  await waitUntil(
    () => element.shadowRoot!.querySelector('#panel > :not(.loading)'),
    'the panel did not load',
  );
  return element;
}

function table(element: Element): HTMLTableElement {
  return byRole(element, 'table') as HTMLTableElement;
}

/** Text of each body row's cells, whitespace collapsed, breakdown rows left out. */
function rows(element: Element): string[][] {
  return Array.from(table(element).querySelectorAll<HTMLTableRowElement>('tbody tr.entry')).map((row) =>
    Array.from(row.cells).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

/**
 * What marks a tab besides its font weight and text colour (colour alone is not enough, WCAG 1.4.1):
 * its borders, outline and background.
 */
function tabMarkers(element: HTMLElement): Record<string, string> {
  const style = getComputedStyle(element);
  const markers: Record<string, string> = { background: style.backgroundColor };
  // A line's colour counts only where a line is drawn (an outline or border of style none has a colour too).
  if (style.outlineStyle !== 'none') {
    markers['outline'] = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
  }
  for (const side of ['top', 'right', 'bottom', 'left']) {
    const width = style.getPropertyValue(`border-${side}-width`);
    const lineStyle = style.getPropertyValue(`border-${side}-style`);
    if (lineStyle === 'none' || lineStyle === 'hidden' || parseFloat(width) === 0) continue;
    markers[side] = `${lineStyle} ${width} ${style.getPropertyValue(`border-${side}-color`)}`;
  }
  return markers;
}

function tab(element: Element, name: string): HTMLElement {
  return byRole(element, 'tab', name);
}

function activeElement(element: Element): Element | null {
  return element.shadowRoot!.activeElement;
}

/** Where focus is, in words: the accessible name of the focused element in the widget, or the tag outside it. */
function focusName(element: Element): string {
  const outside = document.activeElement;
  if (outside !== element) return `<${outside?.localName ?? 'nothing'}>`;
  const inside = activeElement(element);
  return inside ? accessibleName(inside) : '<nothing in the widget>';
}

/** The text of the widget's polite live region. */
function liveText(element: Element): string {
  return element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
}

describe('<civic-expert-leaderboard>', function () {
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...leaderboardDiscovery(), ...leaderboardScenarios.month);
  });

  it('passes the axe audit', async () => {
    const element = await board(leaderboardScenarios.meOutside);
    await click(byRole(element, 'button', `Points breakdown for ${isolate('Aigerim Nurlanovna')}`));
    element.shadowRoot!.querySelector('details')!.open = true;
    await expect(element).to.be.accessible();
  });

  describe('by default', () => {
    it('is a section named by its title, with a table and its caption', async () => {
      const element = await board(leaderboardScenarios.month);
      expect(byRole(element, 'heading', 'Top contributors').localName).to.equal('h2');
      const caption = table(element).caption!.textContent!.replace(/\s+/g, ' ').trim();
      expect(caption).to.equal(`${isolate('Top contributors')}: This month`);
      const headers = Array.from(table(element).tHead!.rows[0]!.cells).map((c) => c.textContent!.trim());
      expect(headers).to.deep.equal(['Rank', 'Participant', 'Points', 'Points breakdown']);
    });

    it('ranks the entries with their names as row headers and their scores', async () => {
      const element = await board(leaderboardScenarios.month);
      const all = rows(element);
      expect(all).to.have.length(10);
      expect(all[0]!.slice(0, 3)).to.deep.equal([
        '1',
        `AN Aigerim Nurlanovna Badges: ${isolate('Transport expert')}, level 3 First idea`,
        '412',
      ]);
      const firstRow = table(element).querySelector('tbody tr.entry')!;
      expect(firstRow.querySelector('th')!.getAttribute('scope')).to.equal('row');
    });

    it('shows ties as "=3" and says "3 (tie)" to assistive technology', async () => {
      const element = await board(leaderboardScenarios.month);
      const third = table(element).querySelectorAll<HTMLTableRowElement>('tbody tr.entry')[2]!.cells[0]!;
      const shown = third.querySelector('[aria-hidden="true"]')!;
      expect(shown.textContent).to.equal('=3');
      expect(third.querySelector('.visually-hidden')!.textContent).to.equal('3 (tie)');
      expect(rows(element)[1]![0]).to.equal('2');
    });

    it('links names to profiles and shows an avatar or initials, both hidden from assistive technology', async () => {
      const element = await board(leaderboardScenarios.month);
      expect(byRole(element, 'link', 'Daniyar Seitkali').getAttribute('href')).to.equal(
        'https://participate.example.kz/people/u-2',
      );
      const image = table(element).querySelector('img')!;
      expect(image.getAttribute('alt')).to.equal('');
      expect(image.getAttribute('loading')).to.equal('lazy');
      const initials = table(element).querySelector('.initials')!;
      expect(initials.getAttribute('aria-hidden')).to.equal('true');
      expect(initials.textContent).to.equal('AN');
    });

    it('puts initials in place of an avatar that fails to load', async () => {
      // Avatar files of its own: the browser may have cached the other tests' avatars, which load.
      const page = leaderboardStates.month();
      const missing = {
        ...page,
        entries: page.entries.map((item) => ({
          ...item,
          participant: {
            ...item.participant,
            avatarUrl: item.participant.avatarUrl?.replace('/avatars/', '/avatars/missing-') ?? null,
          },
        })),
      };
      const element = await board(leaderboardHandlers(() => missing));
      const row = () => byRole(element, 'link', 'Daniyar Seitkali').closest('tr')!;
      row().scrollIntoView(); // avatars load lazily, when they come into view
      await waitUntil(() => !row().querySelector('img'), 'the broken avatar stayed');
      const initials = row().querySelector('.initials')!;
      expect(initials.getAttribute('aria-hidden')).to.equal('true');
      expect(initials.textContent).to.equal('DS');
    });

    it('shows the calendar range of the period', async () => {
      const element = await board(leaderboardScenarios.month);
      expect(visibleText(element)).to.contain('November 1, 2026 – November 30, 2026');
    });

    it('does not render the fallback link once upgraded', async () => {
      const element = await board(leaderboardScenarios.month);
      expect(element.querySelector('a')!.checkVisibility()).to.equal(false);
    });
  });

  describe('the points breakdown', () => {
    it('opens and closes with a disclosure button, listing actions by the backend’s labels', async () => {
      const element = await board(leaderboardScenarios.month);
      const button = byRole(element, 'button', `Points breakdown for ${isolate('Aigerim Nurlanovna')}`);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.checkVisibility()).to.equal(false);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.checkVisibility()).to.equal(true);
      expect(panel.textContent!.replace(/\s+/g, ' ')).to.contain(
        `${isolate('Idea accepted by the city')}: 8 times, 200 points`,
      );
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.checkVisibility()).to.equal(false);
    });
  });

  describe('the period tabs', () => {
    it('passes the axe audit', async () => {
      const element = await board(leaderboardScenarios.month);
      await click(tab(element, 'This week'));
      await waitUntil(() => visibleText(element).includes('November 23, 2026'));
      await expect(element).to.be.accessible();
    });

    it('are a tablist with month selected and only the selected tab in the tab order', async () => {
      const element = await board(leaderboardScenarios.month);
      const tabs = allByRole(element, 'tab');
      expect(tabs.map(accessibleName)).to.deep.equal([
        'This week',
        'This month',
        'This quarter',
        'This year',
        'All time',
      ]);
      expect(accessibleName(byRole(element, 'tablist'))).to.equal('Period');
      expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal([
        'false',
        'true',
        'false',
        'false',
        'false',
      ]);
      expect(tabs.map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
      const panel = byRole(element, 'tabpanel');
      expect(panel.getAttribute('aria-labelledby')).to.equal(tabs[1]!.id);
    });

    it('move with the arrow keys, Home and End, and load the chosen period', async () => {
      const requests: LeaderboardRequest[] = [];
      const element = await board(
        leaderboardHandlers(leaderboardStates.month, { onRequest: (r) => requests.push(r) }),
      );
      tab(element, 'This month').focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(activeElement(element)).to.equal(tab(element, 'This quarter'));
      expect(tab(element, 'This quarter').getAttribute('aria-selected')).to.equal('true');
      await waitUntil(() => visibleText(element).includes('October 1, 2026 – December 31, 2026'), 'quarter');
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(activeElement(element)).to.equal(tab(element, 'All time'));
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(activeElement(element)).to.equal(tab(element, 'This week'));
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(activeElement(element)).to.equal(tab(element, 'All time'));
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      expect(activeElement(element)).to.equal(tab(element, 'This week'));
      expect(element.period).to.equal('week');
      await waitUntil(() => visibleText(element).includes('November 23, 2026 – November 29, 2026'), 'week');
      expect(table(element).caption!.textContent!.trim()).to.equal(
        `${isolate('Top contributors')}: This week`,
      );
      expect(requests.map((r) => r.period)).to.include.members(['month', 'quarter', 'week']);
      expect(element.period).to.equal('week');
    });

    it('mark the selected tab in forced colours by more than its weight', async () => {
      const element = await board(leaderboardScenarios.month);
      await emulateForcedColors(true);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const selected = tabMarkers(tab(element, 'This month'));
        for (const name of ['This week', 'This quarter', 'This year', 'All time']) {
          expect(tabMarkers(tab(element, name)), name).not.to.deep.equal(selected);
        }
      } finally {
        await emulateForcedColors(false);
      }
    });

    it('fire `change` when the reader picks a period, not when the page sets one', async () => {
      const element = await board(leaderboardScenarios.month);
      let changes = 0;
      element.addEventListener('change', () => (changes += 1));
      element.period = 'year';
      await element.updateComplete;
      expect(changes).to.equal(0);
      await click(tab(element, 'All time'));
      expect(changes).to.equal(1);
      await waitUntil(() => visibleText(element).includes('All time'));
    });
  });

  describe('the category filter', () => {
    it('is a labelled select that reloads the ranking for the chosen category', async () => {
      const requests: LeaderboardRequest[] = [];
      const element = await board(
        leaderboardHandlers(leaderboardStates.month, { onRequest: (r) => requests.push(r) }),
      );
      const select = byRole(element, 'combobox', 'Category') as HTMLSelectElement;
      expect(Array.from(select.options).map((o) => o.textContent!.trim())).to.deep.equal([
        'All categories',
        isolate('Transport'),
        isolate('Parks and green spaces'),
        isolate('Schools'),
      ]);
      select.focus();
      select.value = 'parks';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => requests.some((r) => r.category === 'parks'), 'no request for the category');
      expect(element.category).to.equal('parks');
    });

    it('announces how many are shown of how many after the reader picks a category', async () => {
      let asked: string | null = null;
      const element = await board(
        leaderboardHandlers(() => leaderboard({ nextCursor: 'page-2', total: asked ? 44 : 83 }), {
          onRequest: (r) => (asked = r.category),
        }),
      );
      expect(visibleText(element)).to.contain('Showing 10 of 83 participants');
      expect(liveText(element)).to.equal('');
      const select = byRole(element, 'combobox', 'Category') as HTMLSelectElement;
      select.value = 'parks';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => visibleText(element).includes('Showing 10 of 44 participants'), 'no new page');
      await waitUntil(() => liveText(element) === 'Showing 10 of 44 participants', 'not announced');
    });
  });

  describe('the signed-in participant', () => {
    it('passes the axe audit', async () => {
      await expect(await board(leaderboardScenarios.meOutside)).to.be.accessible();
    });

    it('sees their own row pinned below the entries when outside them', async () => {
      const element = await board(leaderboardScenarios.meOutside);
      const pinned = table(element).querySelector('tbody.pinned')!;
      expect(pinned.querySelector('th[scope="rowgroup"]')!.textContent!.trim()).to.equal('Your position');
      const own = pinned.querySelector('tr.entry')!;
      expect(own.getAttribute('part')).to.equal('own-row');
      expect(own.textContent!.replace(/\s+/g, ' ')).to.contain('23');
      expect(own.textContent!.replace(/\s+/g, ' ')).to.contain('Gulnara Sadykova (You)');
      expect(rows(element)).to.have.length(11);
    });

    it('is marked in place, not pinned, when inside the entries', async () => {
      const element = await board(leaderboardScenarios.meInside);
      expect(table(element).querySelector('tbody.pinned')).to.equal(null);
      const second = table(element).querySelectorAll('tbody tr.entry')[1]!;
      expect(second.textContent!.replace(/\s+/g, ' ')).to.contain('Daniyar Seitkali (You)');
      expect(rows(element)).to.have.length(10);
    });
  });

  describe('pagination', () => {
    it('loads the next page with "Show more", appends it and announces it', async () => {
      const requests: LeaderboardRequest[] = [];
      const element = await board(
        leaderboardHandlers(leaderboardStates.paged, { onRequest: (r) => requests.push(r) }),
      );
      expect(visibleText(element)).to.contain('Showing 10 of 12 participants');
      await click(byRole(element, 'button', 'Show more'));
      await waitUntil(() => rows(element).length === 12, 'the second page did not arrive');
      expect(rows(element)[10]!.slice(0, 3)).to.deep.equal(['9', 'Madina Alieva', '88']);
      expect(requests.at(-1)).to.deep.include({ cursor: 'page-2', period: 'month' });
      expect(visibleText(element)).to.contain('Showing 12 of 12 participants');
      expect(() => byRole(element, 'button', 'Show more')).to.throw();
      await waitUntil(() => liveText(element) === 'Showing 12 of 12 participants', 'no announcement');
      expect(activeElement(element)?.textContent).to.equal('Madina Alieva');
    });

    it('keeps focus on "Show more" while loading, then moves it to the first new row (keyboard)', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const requests: LeaderboardRequest[] = [];
      const element = await board(
        leaderboardHandlers(() => leaderboard({ nextCursor: 'page-2', total: 14 }), {
          onRequest: (r) => requests.push(r),
          secondPageAnswer: async () => {
            await gate;
            return validJson(
              LeaderboardSchema,
              leaderboard({ entries: secondPage(), nextCursor: 'page-3', total: 14 }),
            );
          },
        }),
      );
      const more = byRole(element, 'button', 'Show more');
      try {
        more.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => requests.some((r) => r.cursor === 'page-2'), 'no request for the next page');
        await element.updateComplete;
        expect(focusName(element), 'focus while loading').to.equal('Show more');
        expect(more.hasAttribute('disabled')).to.equal(false);
        expect(more.getAttribute('aria-disabled')).to.equal('true');
        await sendKeys({ press: 'Enter' }); // ignored while the page is on its way
        await aTimeout(50);
        expect(requests.filter((r) => r.cursor === 'page-2')).to.have.length(1);
        expect(focusName(element), 'focus after a second press').to.equal('Show more');
      } finally {
        release(); // a page held back past the test's end would hang the browser
      }
      await waitUntil(() => rows(element).length === 12, 'the second page did not arrive');
      await element.updateComplete;
      expect(focusName(element), 'focus after loading').to.equal('Madina Alieva');
      expect(activeElement(element)).to.equal(byRole(element, 'link', 'Madina Alieva'));
      await waitUntil(() => liveText(element) === 'Showing 12 of 14 participants', 'no announcement');
      await sendKeys({ press: 'Tab' });
      expect(focusName(element), 'focus after Tab').to.equal(
        `Points breakdown for ${isolate('Madina Alieva')}`,
      );
      expect(byRole(element, 'button', 'Show more').getAttribute('aria-disabled')).to.equal('false');
    });

    it('says when the next page fails, keeps the loaded entries and tries again', async () => {
      let fail = true;
      const element = await board(
        leaderboardHandlers(leaderboardStates.paged, {
          secondPageAnswer: () => (fail ? problemResponse('server') : (undefined as never)),
        }),
      );
      await click(byRole(element, 'button', 'Show more'));
      await waitUntil(() => allByRole(element, 'alert').length === 1, 'no error');
      expect(byRole(element, 'alert').textContent).to.contain('We could not load more. Try again.');
      expect(rows(element)).to.have.length(10);
      fail = false;
      worker.resetHandlers(...leaderboardDiscovery(), ...leaderboardScenarios.paged);
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => rows(element).length === 12, 'the retry did not load');
    });
  });

  describe('how points are earned', () => {
    it('is a disclosure listing each action, its points, the daily cap and the staff rule', async () => {
      const element = await board(leaderboardScenarios.month);
      const details = element.shadowRoot!.querySelector('details')!;
      const summary = details.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('How points are earned');
      expect(details.open).to.equal(false);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      const text = details.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Idea accepted by the city +25 points');
      expect(text).to.contain('Post removed as spam -20 points');
      expect(text).to.contain('At most 40 points a day count.');
      expect(text).to.contain('Staff and officials are not ranked.');
      expect(text).to.contain('Points reward ideas and answers that help the city.');
    });
  });

  describe('when nobody has points yet', () => {
    it('passes the axe audit and says so, without a table', async () => {
      const element = await board(leaderboardScenarios.empty);
      expect(visibleText(element)).to.contain('Nobody has earned points in this period yet.');
      expect(allByRole(element, 'table')).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  });

  describe('in Russian and Kazakh', () => {
    it('passes the axe audit', async () => {
      await expect(await board(leaderboardScenarios.meOutside, { lang: 'kk' })).to.be.accessible();
    });

    it('speaks Russian, with Russian dates and plural forms', async () => {
      const element = await board(leaderboardScenarios.month, { lang: 'ru' });
      const text = visibleText(element);
      expect(accessibleName(byRole(element, 'tablist'))).to.equal('Период');
      expect(tab(element, 'Этот месяц').getAttribute('aria-selected')).to.equal('true');
      expect(text).to.contain('1 ноября 2026 г. – 30 ноября 2026 г.');
      expect(text).to.contain('Показано 10 из 10 участников');
      expect(
        table(element).querySelectorAll('tbody tr.entry')[2]!.querySelector('.visually-hidden')!.textContent,
      ).to.equal('3 (поровну)');
    });

    it('speaks Kazakh, with Kazakh dates where the browser lacks them', async () => {
      const element = await board(leaderboardScenarios.month, { lang: 'kk' });
      const text = visibleText(element);
      expect(tab(element, 'Осы ай').getAttribute('aria-selected')).to.equal('true');
      expect(text).to.contain('2026 ж. 1 қараша – 2026 ж. 30 қараша');
      expect(table(element).caption!.textContent!.trim()).to.equal(`${isolate('Top contributors')}: Осы ай`);
    });
  });

  describe('on a phone', () => {
    it('fits 320 px without scrolling sideways and keeps the table', async () => {
      worker.use(...leaderboardDiscovery(), ...leaderboardScenarios.meOutside);
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div style="width: 320px">
          <civic-expert-leaderboard board=${uniqueId('narrow')} api-base=${API}></civic-expert-leaderboard>
        </div>`,
      );
      const element = wrapper.querySelector('civic-expert-leaderboard')!;
      await loaded(element);
      await waitUntil(() => element.shadowRoot!.querySelector('table'));
      for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('[part="board"] *')) {
        if (!node.checkVisibility()) continue;
        expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(
          wrapper.getBoundingClientRect().right + 0.5,
        );
      }
      const button = byRole(element, 'button', `Points breakdown for ${isolate('Aigerim Nurlanovna')}`);
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      await expect(element).to.be.accessible();
    });
  });

  describe('with WCAG text spacing at 320 px', () => {
    /** The leaderboard in a 320 px column in `lang`, a breakdown and the rules open. */
    async function narrowBoard(lang: string): Promise<{ wrapper: HTMLElement; element: Element }> {
      worker.use(...leaderboardDiscovery(), ...leaderboardAvatars(), ...leaderboardScenarios.meOutside);
      const { column: wrapper, element } = widgetInColumn('civic-expert-leaderboard', 320, {
        board: uniqueId('spaced'),
        'api-base': API,
        lang,
      });
      await loaded(element);
      await waitUntil(() => element.shadowRoot!.querySelector('table'));
      await click(element.shadowRoot!.querySelector('.breakdown-toggle')!);
      element.shadowRoot!.querySelector('details')!.open = true;
      return { wrapper, element };
    }

    for (const lang of ['en', 'ru', 'kk']) {
      it(`fits without scrolling sideways, and no part overflows its box (${lang})`, async () => {
        const { wrapper, element } = await narrowBoard(lang);
        expect(await overflowWithTextSpacing(element, wrapper)).to.deep.equal([]);
      });
    }
  });

  describe('in the dark theme', () => {
    it('passes the axe audit', async () => {
      await expect(await board(leaderboardScenarios.meOutside, { theme: 'dark' })).to.be.accessible();
    });
  });

  describe('while loading', () => {
    it('passes the axe audit, says "Loading…" and reserves its height', async () => {
      worker.use(...leaderboardDiscovery(), ...leaderboardScenarios.loading);
      const element = await fixture<CivicExpertLeaderboard>(
        html`<civic-expert-leaderboard
          board=${uniqueId('loading')}
          api-base=${API}
        ></civic-expert-leaderboard>`,
      );
      expect(element.shadowRoot!.querySelector('[aria-busy="true"]')!.textContent).to.contain('Loading…');
      expect(element.getBoundingClientRect().height).to.be.at.least(350);
      await expect(element).to.be.accessible();
    });
  });

  describe('when loading fails', () => {
    it('explains in an alert, fires civic-load-error and loads again with "Try again"', async () => {
      worker.use(...leaderboardDiscovery(), ...leaderboardScenarios.error);
      const heard: CivicLoadErrorDetail[] = [];
      const element = await fixture<CivicExpertLeaderboard>(
        html`<civic-expert-leaderboard
          board=${uniqueId('error')}
          api-base=${API}
          @civic-load-error=${(event: CustomEvent<CivicLoadErrorDetail>) => heard.push(event.detail)}
        ></civic-expert-leaderboard>`,
      );
      await loaded(element);
      expect(byRole(element, 'alert').textContent).to.contain('Something went wrong on the server.');
      await expect(element).to.be.accessible();
      await waitUntil(() => heard.length === 1);
      expect(heard[0]).to.deep.equal({ kind: 'server', status: 500 });
      worker.resetHandlers(...leaderboardDiscovery(), ...leaderboardScenarios.month);
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => element.shadowRoot!.querySelector('table'), 'did not reload');
    });

    it('shows the error state for malformed data, without an uncaught exception, and retries', async () => {
      const uncaught = watchUncaught();
      try {
        worker.use(...leaderboardDiscovery(), ...leaderboardScenarios.malformed);
        const element = await fixture<CivicExpertLeaderboard>(
          html`<civic-expert-leaderboard
            board=${uniqueId('bad')}
            api-base=${API}
          ></civic-expert-leaderboard>`,
        );
        await loaded(element);
        expect(byRole(element, 'alert').textContent).to.contain('The server sent data we could not read');
        await aTimeout(50);
        expect(uncaught.errors).to.deep.equal([]);
        worker.resetHandlers(...leaderboardDiscovery(), ...leaderboardScenarios.month);
        await click(byRole(element, 'button', 'Try again'));
        await waitUntil(() => element.shadowRoot!.querySelector('table'), 'did not reload');
      } finally {
        uncaught.stop();
      }
    });
  });

  describe('with direction marks in the text from the backend', () => {
    const marks = Object.values(HOSTILE_NAMES);
    /** Each field's text: a name with direction marks (a different kind from field to field), then the field. */
    const FIELDS = Object.fromEntries(
      ['title', 'category', 'name', 'badge', 'rule', 'description'].map((field, i) => [
        field,
        `${marks[i % marks.length]!} ${field}`,
      ]),
    ) as Record<'title' | 'category' | 'name' | 'badge' | 'rule' | 'description', string>;
    const marked = () => {
      const page = leaderboard({ title: FIELDS.title });
      const [first, ...rest] = page.entries;
      return {
        ...page,
        categories: [{ id: 'marked', name: FIELDS.category }],
        entries: [
          {
            ...first!,
            participant: { ...first!.participant, displayName: FIELDS.name },
            badges: [{ id: 'b-marked', label: FIELDS.badge, level: 3 }],
          },
          ...rest,
        ],
        rules: {
          ...page.rules,
          description: FIELDS.description,
          actions: page.rules.actions.map((rule) =>
            rule.action === 'idea.accepted' ? { ...rule, label: FIELDS.rule } : rule,
          ),
        },
      };
    };

    it('isolates every text from the backend, so none can reorder what is around it', async () => {
      const element = await board(leaderboardHandlers(marked));
      await click(element.shadowRoot!.querySelector('.breakdown-toggle')!);
      element.shadowRoot!.querySelector('details')!.open = true;
      for (const [field, text] of Object.entries(FIELDS)) {
        const { found, bare } = isolation(element, text);
        expect(found, `${field} is shown`).to.be.greaterThan(0);
        expect(bare, `${field} shown without isolation`).to.equal(0);
      }
      const name = byRole(element, 'button', `Points breakdown for ${isolate(FIELDS.name)}`);
      expect(name.getAttribute('aria-controls')).to.match(/^breakdown-/);
    });

    it('turns no word after the title or a badge around', async () => {
      const element = await board(leaderboardHandlers(marked));
      const caption = table(element).caption!;
      expect(drawnAfter(caption, 'month', FIELDS.title), 'the caption’s period').to.equal(true);
      expect(drawnInOrder(caption, 'month')).to.equal(true);
      const badge = element.shadowRoot!.querySelector('.badge')!;
      expect(drawnAfter(badge, 'level', FIELDS.badge), 'the badge’s level').to.equal(true);
      expect(drawnInOrder(badge, 'level')).to.equal(true);
    });
  });

  describe('with hostile text from the backend', () => {
    it('shows markup as text and creates no element from it', async () => {
      const element = await board(leaderboardScenarios.hostile);
      const text = allText(element);
      for (const field of ['Title', 'Name', 'Badge']) expect(text, field).to.contain(`${HOSTILE} ${field}`);
      expect(element.shadowRoot!.querySelectorAll('img[src="x"]')).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  });
});
