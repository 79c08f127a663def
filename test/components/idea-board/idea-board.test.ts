/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import '../../../src/index.js';
import { isolate } from '../../../src/internal/user-text.js';
import { ENDPOINTS } from '../../../src/protocol/index.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import {
  REHEARSAL_BOARD,
  REHEARSAL_CHECK_ROUNDS,
  rehearsalCheckPage,
} from '../../../src/components/idea-board/rehearsal.js';
import type { CivicAuthRequiredEvent } from '../../../src/events/civic-auth-required.js';
import type { CivicIdeaSubmittedEvent } from '../../../src/events/civic-idea-submitted.js';
import type { CivicVoteChangedEvent } from '../../../src/events/civic-vote-changed.js';
import { worker } from '../../mocks/browser.js';
import { discovery } from '../../mocks/fixtures/discovery.js';
import { generatedIdeas, ideaBoard, ideaFixture } from '../../mocks/fixtures/ideas.js';
import { mockPath, problemResponse } from '../../mocks/handlers.js';
import { ideaDiscovery, ideaHandlers, ideaScenarios } from '../../mocks/idea-scenarios.js';
import type { IdeaHandlerOptions } from '../../mocks/idea-scenarios.js';
import { click } from '../../internal/support.js';
import { WHOLE_LIST_LIMIT } from '../../../src/components/idea-board/idea-list.js';
import {
  API,
  ideaBoardElement,
  ideaItems,
  liveText,
  positionOf,
  settled,
  TOKEN,
  withIdeaBoardMocks,
} from './board-fixture.js';
import type { BoardOptions } from './board-fixture.js';
import {
  accessibleName,
  allByRole,
  allText,
  byRole,
  uniqueId,
  visibleText,
  watchUncaught,
} from '../support.js';

/** Counts the ideas `element` builds until `stop()`: building an idea reads its votes once. */
function countIdeaBuilds(element: CivicIdeaBoard): { built: number; stop(): void } {
  const votes = (element as unknown as { votes: { tally(idea: unknown): unknown } }).votes;
  const tally = votes.tally.bind(votes);
  const counter = {
    built: 0,
    stop: () => {
      votes.tally = tally;
    },
  };
  votes.tally = (idea) => {
    counter.built += 1;
    return tally(idea);
  };
  return counter;
}

function nextFrame(): Promise<unknown> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * A board of thousands of ideas with more loaded than a list keeps whole (so it keeps only the
 * ideas near the screen), once the ideas it keeps ready beyond the screen are built.
 */
async function boardReadyToScroll(): Promise<{ element: CivicIdeaBoard; list: Element }> {
  const element = await ideaBoardElement(ideaScenarios.thousands, { pageSize: 100 });
  while (ideaItemsLoaded(element) <= WHOLE_LIST_LIMIT) await element.loadMore();
  await waitUntil(() => ideaItems(element).length > 4, 'the ideas beyond the screen were not built');
  await aTimeout(100);
  return { element, list: element.shadowRoot!.querySelector('.idea-list')! };
}

/** How many ideas the board has loaded, by the size of the list its ideas give. */
function ideaItemsLoaded(element: CivicIdeaBoard): number {
  const count = element.shadowRoot!.querySelector('#shown-count')!.textContent!;
  return Number(/Showing ([\d,]+)/.exec(count)![1]!.replace(/,/g, ''));
}

function itemOf(element: CivicIdeaBoard, title: string): HTMLElement {
  const item = ideaItems(element).find(
    (li) => li.querySelector('.title-button')?.textContent?.trim() === title,
  );
  if (!item) throw new Error(`no idea titled ${title}`);
  return item;
}

async function press(target: HTMLElement, key: string): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
}

function select(element: CivicIdeaBoard, label: string): HTMLSelectElement {
  return byRole(element, 'combobox', label) as HTMLSelectElement;
}

const FIRST = ideaFixture(0).title;

describe('<civic-idea-board>', function () {
  this.timeout(20_000);

  withIdeaBoardMocks();

  it('passes the axe audit', async () => {
    const element = await ideaBoardElement(ideaScenarios.default);
    await expect(element).to.be.accessible();
  });

  describe('while it loads', () => {
    /** The board as shown, not held back while its ideas are on the way. */
    const board = (element: CivicIdeaBoard) => element.shadowRoot!.querySelector('.stage:not(.held) .board');
    const held = (element: CivicIdeaBoard) => element.shadowRoot!.querySelector('.stage.held .board');
    const busy = (element: CivicIdeaBoard) => element.shadowRoot!.querySelector('[aria-busy="true"]');

    it('shows the board and its first ideas together, in one layout', async () => {
      worker.use(...ideaDiscovery(), ...ideaHandlers({ listLatency: 350 }));
      const element = await fixture<CivicIdeaBoard>(
        html`<civic-idea-board board=${uniqueId('board')} api-base=${API}></civic-idea-board>`,
      );
      await aTimeout(100);
      expect(busy(element), 'no skeleton flashes while a quick answer may still come').to.equal(null);
      await waitUntil(() => busy(element) !== null, 'no loading state while the ideas took long');
      expect(board(element), 'the board waits for its ideas').to.equal(null);
      expect(allText(element)).to.contain('Loading…');
      await waitUntil(() => board(element) !== null, 'the board never showed');
      expect(ideaItems(element).length, 'the ideas come with the board').to.be.greaterThan(0);
      expect(element.shadowRoot!.querySelector('.results .loading')).to.equal(null);
    });

    /**
     * Adds a board whose ideas take a moment, calls `whileHeld` in the microtask after its held
     * board is first rendered (between the task that renders and lays it out and the one that
     * shows it with its ideas), then `whenShown` once it is shown.
     */
    async function holdBoardAndIdeas(
      whileHeld: (element: CivicIdeaBoard, heldBoard: Element) => void,
      whenShown: (element: CivicIdeaBoard) => void,
      latency: IdeaHandlerOptions = { listLatency: 100 },
    ): Promise<void> {
      worker.use(...ideaDiscovery(), ...ideaHandlers(latency));
      const element = document.createElement('civic-idea-board');
      element.setAttribute('board', uniqueId('board'));
      element.setAttribute('api-base', API);
      let seen = false;
      let failure: unknown;
      const observer = new MutationObserver(() => {
        const heldBoard = held(element);
        if (!heldBoard || seen) return;
        seen = true;
        try {
          whileHeld(element, heldBoard);
        } catch (error) {
          failure = error;
        }
      });
      document.body.append(element);
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      try {
        await settled(element);
        if (failure) throw failure;
        expect(seen, 'the board was never held').to.equal(true);
        whenShown(element);
      } finally {
        observer.disconnect();
        element.remove();
      }
    }

    it('renders the board unseen, in a task before it shows that same board with its ideas', async () => {
      let heldBoard: Element | undefined;
      let shownInThatTask: boolean | undefined;
      await holdBoardAndIdeas(
        (element, board) => {
          heldBoard = board;
          const stage = board.parentElement!;
          expect(stage.getBoundingClientRect().height, 'a held board takes no room').to.equal(0);
          expect(stage.getAttribute('aria-hidden')).to.equal('true');
          const title = board.querySelector('.board-title')!;
          expect(title.getBoundingClientRect().width, 'laid out in full, only clipped').to.be.greaterThan(0);
          expect(board.querySelector('.results')!.children.length, 'no ideas yet').to.equal(0);
          expect(busy(element), 'no skeleton').to.equal(null);
          void element.updateComplete.then(() => {
            shownInThatTask = held(element) === null;
          });
        },
        (element) => {
          expect(shownInThatTask, 'shown in a later task').to.equal(false);
          expect(board(element), 'the board shown is the one rendered while held').to.equal(heldBoard);
          expect(board(element)!.parentElement!.hasAttribute('aria-hidden')).to.equal(false);
          expect(ideaItems(element).length).to.be.greaterThan(0);
        },
      );
    });

    it('renders the board held first also when its ideas come before it', async () => {
      let shownInThatTask: boolean | undefined;
      await holdBoardAndIdeas(
        (element) => {
          void element.updateComplete.then(() => {
            shownInThatTask = held(element) === null;
          });
        },
        (element) => {
          expect(shownInThatTask, 'shown in a later task').to.equal(false);
          expect(ideaItems(element).length).to.be.greaterThan(0);
        },
        { latency: 150, listLatency: 0 },
      );
    });

    it('shows a held board at once when keyboard focus reaches it', async () => {
      let focused: HTMLElement | undefined;
      let shownInThatTask: boolean | undefined;
      await holdBoardAndIdeas(
        (element, heldBoard) => {
          focused = heldBoard.querySelector<HTMLElement>('#open-form')!;
          focused.focus();
          void element.updateComplete.then(() => {
            shownInThatTask = board(element) !== null;
          });
        },
        (element) => {
          expect(shownInThatTask, 'shown as focus arrived, not a task later').to.equal(true);
          expect(element.shadowRoot!.activeElement).to.equal(focused);
          expect(focused!.getBoundingClientRect().height).to.be.greaterThan(0);
        },
      );
    });

    it('shows no skeleton at all when the board loads quickly', async () => {
      worker.use(...ideaDiscovery(), ...ideaHandlers());
      const element = document.createElement('civic-idea-board');
      element.setAttribute('board', uniqueId('board'));
      element.setAttribute('api-base', API);
      let skeletons = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.querySelector('.skeleton, .loading')) skeletons += 1;
          }
        }
      });
      document.body.append(element);
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      try {
        await settled(element);
        expect(ideaItems(element).length).to.be.greaterThan(0);
        expect(skeletons).to.equal(0);
      } finally {
        observer.disconnect();
        element.remove();
      }
    });

    it('shows the board without its ideas when they take long, with their own loading state', async () => {
      worker.use(...ideaDiscovery(), ...ideaHandlers({ listLatency: 'infinite' }));
      const element = await fixture<CivicIdeaBoard>(
        html`<civic-idea-board board=${uniqueId('board')} api-base=${API}></civic-idea-board>`,
      );
      await waitUntil(() => board(element) !== null, 'the board waited for ever', { timeout: 3000 });
      expect(element.shadowRoot!.querySelector('.results .loading[aria-busy="true"]')).to.exist;
      expect(visibleText(element)).to.contain('Submit an idea');
    });
  });

  describe('rehearsal (the warm-up while the page is idle)', () => {
    it('renders a sample board with ideas in both voting modes offstage, with no request and nothing added to the page', async () => {
      const requests: string[] = [];
      const onRequest = ({ request }: { request: Request }) => requests.push(request.url);
      worker.events.on('request:start', onRequest);
      const page = document.body.innerHTML;
      try {
        const Board = customElements.get('civic-idea-board') as typeof CivicIdeaBoard;
        const stage = Board.rehearse();
        await aTimeout(100);
        expect(stage.isConnected).to.equal(false);
        expect(stage.querySelector('.board-title')?.textContent).to.equal(REHEARSAL_BOARD.title);
        expect(stage.querySelector('.toolbar select')).to.exist;
        expect(stage.querySelectorAll('[part~="idea"]').length, 'two ideas in each voting mode').to.equal(4);
        expect(stage.querySelectorAll('.vote-buttons').length, 'votes for and against').to.be.greaterThan(0);
        expect(stage.querySelector('.badge-response'), 'an official response').to.exist;
        expect(stage.querySelector('#shown-count'), 'the results block around the list').to.exist;
        expect(stage.querySelector('#load-more')).to.exist;
        // Its layout loads the fonts a board needs in each language the widgets speak.
        expect(stage.querySelector('[part~="idea"]')?.textContent, 'Cyrillic and Kazakh letters').to.match(
          /[а-я].*[әғқңөұүһі]/s,
        );
        // The warm-up connects the fragment for its layout: a nested widget would load its data.
        const widgets = [...stage.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
        expect(widgets, 'no custom elements').to.deep.equal([]);
        expect(requests).to.deep.equal([]);
        expect(document.body.innerHTML).to.equal(page);
      } finally {
        worker.events.removeListener('request:start', onRequest);
      }
    });
    it("checks a sample board and pages of ideas like real ones with the client's schemas, one page per job", async () => {
      const requests: string[] = [];
      const onRequest = ({ request }: { request: Request }) => requests.push(request.url);
      worker.events.on('request:start', onRequest);
      try {
        const Board = customElements.get('civic-idea-board') as typeof CivicIdeaBoard;
        const jobs = Board.warmUpJobs();
        expect(jobs.length).to.equal(REHEARSAL_CHECK_ROUNDS);
        // Each job throws if the sample no longer passes the schemas.
        for (const job of jobs) job();
        await aTimeout(50);
        expect(requests).to.deep.equal([]);
      } finally {
        worker.events.removeListener('request:start', onRequest);
      }
      const page = rehearsalCheckPage();
      expect(page.items.length).to.equal(50);
      expect(new Set(page.items.map((idea) => idea.id)).size, 'different ideas').to.equal(50);
      expect(
        page.items.every((idea) => idea.url !== null && idea.author.id !== undefined),
        "links and authors' ids, as real ideas have",
      ).to.equal(true);
      expect(
        page.items.some((idea) => idea.officialResponse !== null),
        'an official response',
      ).to.equal(true);
    });
  });

  describe('passes the axe audit in every state', () => {
    const states: Array<[string, () => RequestHandler[], BoardOptions]> = [
      ['dark', () => ideaScenarios.default, { theme: 'dark' }],
      ['up/down', () => ideaScenarios.upDown, {}],
      ['empty', () => ideaScenarios.empty, {}],
      ['pending moderation', () => ideaScenarios.preModeration, {}],
      ['error', () => ideaScenarios.error, {}],
      ['malformed', () => ideaScenarios.malformed, { theme: 'dark' }],
      ['russian', () => ideaScenarios.russian, { lang: 'ru' }],
      ['kazakh', () => ideaScenarios.kazakh, { lang: 'kk', theme: 'dark' }],
    ];
    for (const [name, scenario, options] of states) {
      it(name, async () => {
        const element = await ideaBoardElement(scenario(), options);
        await expect(element).to.be.accessible();
      });
    }

    it('loading', async () => {
      worker.use(...ideaDiscovery(), ...ideaScenarios.loading);
      const element = await fixture<CivicIdeaBoard>(
        html`<civic-idea-board board="b-1" api-base=${API}></civic-idea-board>`,
      );
      // The skeleton shows once loading has taken long enough to notice.
      await waitUntil(() => element.shadowRoot!.querySelector('[aria-busy="true"]'), 'no loading state');
      expect(allText(element)).to.contain('Loading…');
      await expect(element).to.be.accessible();
    });

    it('the form with similar ideas and errors, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const element = await ideaBoardElement(ideaScenarios.default, { theme });
        await click(byRole(element, 'button', 'Submit an idea'));
        const title = byRole(element, 'textbox', 'Title') as HTMLInputElement;
        title.focus();
        await sendKeys({ type: 'Bike lanes' });
        await waitUntil(() => element.shadowRoot!.querySelector('.similar'), 'no similar ideas', {
          timeout: 3000,
        });
        (byRole(element, 'textbox', /^Description/) as HTMLTextAreaElement).value = 'x'.repeat(5001);
        await click(byRole(element, 'button', 'Submit idea'));
        await waitUntil(() => element.shadowRoot!.querySelector('.error-summary'));
        await expect(element).to.be.accessible();
        fixtureCleanup();
      }
    });

    it('the idea and report dialogs', async () => {
      const element = await ideaBoardElement(ideaScenarios.default);
      await click(itemOf(element, FIRST).querySelector('.title-button')!);
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await click(byRole(element, 'button', `Report idea: ${isolate(FIRST)}`));
      await expect(element).to.be.accessible();
    });
  });

  describe('by default', () => {
    it('lists ideas with status, author, category, comments and the official response marker', async () => {
      const element = await ideaBoardElement(ideaScenarios.default);
      expect(byRole(element, 'heading', 'Ideas for a greener Almaty')).to.exist;
      const idea = ideaFixture(2); // planned, with an official response
      const item = itemOf(element, idea.title);
      const text = item.innerText.replace(/\s+/g, ' ');
      expect(text).to.contain('Planned');
      expect(text).to.contain(`by ${isolate(idea.author.displayName)}`);
      expect(text).to.contain(idea.category!.name);
      expect(text).to.contain(`${idea.commentCount} comments`);
      expect(text).to.contain('The city has responded');
      expect(text).to.match(/Posted .* ago/);
      expect(visibleText(element)).to.contain('Showing 20 ideas of 57');
    });

    it('asks for trending ideas unless the page sets `sort`', async () => {
      const sorts: string[] = [];
      const handlers = ideaHandlers({
        onRequest: (request) => {
          const url = new URL(request.url);
          if (url.pathname.endsWith('/ideas')) sorts.push(url.searchParams.get('sort') ?? '');
        },
      });
      await ideaBoardElement(handlers);
      fixtureCleanup();
      await ideaBoardElement(handlers, { sort: 'top' });
      expect(sorts).to.deep.equal(['trending', 'top']);
    });

    it('shows the whole idea and its official response in a dialog, and returns focus on Escape', async () => {
      const element = await ideaBoardElement(ideaScenarios.default);
      const idea = ideaFixture(2);
      const trigger = itemOf(element, idea.title).querySelector<HTMLElement>('.title-button')!;
      await press(trigger, 'Enter');
      const dialog = element.shadowRoot!.querySelector<HTMLDialogElement>('#idea-dialog')!;
      await waitUntil(() => dialog.open, 'the dialog did not open');
      expect(dialog.innerText).to.contain('neighbours are ready to help');
      expect(dialog.innerText).to.contain('Official response');
      expect(dialog.innerText).to.contain('Work starts in spring');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(element.shadowRoot!.activeElement).to.equal(trigger);
    });

    it('shows the fallback link next to the error when the board cannot be loaded', async () => {
      const element = await ideaBoardElement(ideaScenarios.error);
      expect(byRole(element, 'alert')).to.exist;
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('.fallback slot:not([name])')!;
      expect(slot.assignedElements()[0]?.textContent).to.equal('Ideas on the city portal');
    });

    it('loads the board and its ideas with one "Try again" when both failed', async () => {
      let failing = true;
      const broken = () => (failing ? HttpResponse.json({ broken: true }) : undefined);
      const element = await ideaBoardElement([
        http.get(mockPath(ENDPOINTS.getBoard), broken),
        http.get(mockPath(ENDPOINTS.listIdeas), broken),
        ...ideaScenarios.default,
      ]);
      expect(allByRole(element, 'alert')).to.have.length(1);
      failing = false;
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => ideaItems(element).length > 0, 'one press did not load the ideas', {
        timeout: 5000,
      });
      expect(byRole(element, 'heading', 'Ideas for a greener Almaty')).to.exist;
      expect(element.shadowRoot!.querySelector('.load-error')).to.equal(null);
      expect(allByRole(element, 'alert')).to.have.length(0);
    });

    it('invites the first idea when the board is empty', async () => {
      const element = await ideaBoardElement(ideaScenarios.empty);
      expect(visibleText(element)).to.contain('No ideas yet');
      expect(
        allByRole(element, 'button').filter((b) => accessibleName(b) === 'Submit an idea').length,
      ).to.be.greaterThan(0);
    });
  });

  describe('when a citizen sorts, filters and searches with the keyboard', () => {
    it('changes the list and announces the number of results each time', async () => {
      const requests: URL[] = [];
      const element = await ideaBoardElement(
        ideaHandlers({
          onRequest: (request) => {
            const url = new URL(request.url);
            if (url.pathname.endsWith('/ideas')) requests.push(url);
          },
        }),
      );
      await press(select(element, 'Status'), 'ArrowDown');
      await waitUntil(() => liveText(element).includes('found'), 'no result count announced');
      expect(requests.at(-1)!.searchParams.get('status')).to.equal('new');
      expect(liveText(element)).to.equal('9 ideas found');
      expect(visibleText(element)).to.contain('Showing 9 ideas of 9');

      const search = element.shadowRoot!.querySelector<HTMLInputElement>('#idea-search')!;
      expect(accessibleName(search)).to.equal('Search ideas');
      search.focus();
      await sendKeys({ type: 'night buses' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.at(-1)!.searchParams.get('q') === 'night buses');
      await waitUntil(() => liveText(element) === '1 idea found', 'search count not announced', {
        timeout: 3000,
      });

      await click(byRole(element, 'button', 'Clear search and filters'));
      await waitUntil(() => liveText(element) === '57 ideas found', 'clear count not announced', {
        timeout: 3000,
      });
      expect(element.shadowRoot!.activeElement?.id).to.equal('idea-search');
    });

    it('asks for a random order with a seed that stays the same across pages', async () => {
      const seeds: string[] = [];
      const element = await ideaBoardElement(
        ideaHandlers({
          onRequest: (request) => {
            const url = new URL(request.url);
            if (url.pathname.endsWith('/ideas') && url.searchParams.get('sort') === 'random')
              seeds.push(url.searchParams.get('seed') ?? '');
          },
        }),
        { sort: 'random' },
      );
      await element.loadMore();
      expect(seeds).to.have.length(2);
      expect(seeds[0]).to.match(/^\d+$/);
      expect(seeds[1]).to.equal(seeds[0]);
    });
  });

  describe('when a citizen votes', () => {
    it('toggles support with the keyboard, with the title and count in the button name', async () => {
      const bodies: unknown[] = [];
      const events: CivicVoteChangedEvent[] = [];
      const element = await ideaBoardElement(
        ideaHandlers({
          onRequest: (request) => {
            if (request.method === 'PUT') void request.json().then((body) => bodies.push(body));
          },
        }),
      );
      element.addEventListener('civic-vote-changed', (event) => events.push(event));
      const idea = ideaFixture(0);
      const button = itemOf(element, idea.title).querySelector<HTMLButtonElement>('.vote-button')!;
      expect(accessibleName(button)).to.equal(`Support: ${isolate(idea.title)}, ${idea.votesUp} supporters`);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      await press(button, 'Space');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(idea.votesUp).to.equal(0);
      expect(accessibleName(button)).to.equal(`Support: ${isolate(idea.title)}, 1 supporter`);
      await waitUntil(() => events.length === 1, 'no civic-vote-changed');
      expect(events[0]!.detail).to.deep.equal({ ideaId: idea.id, value: 1 });
      await press(button, 'Enter');
      await waitUntil(() => events.length === 2);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(bodies).to.deep.equal([{ value: 1 }, { value: 0 }]);
      expect(events[1]!.detail).to.deep.equal({ ideaId: idea.id, value: 0 });
    });

    it('rolls an optimistic vote back when the server fails, and says so politely', async () => {
      const element = await ideaBoardElement(ideaScenarios.voteFails);
      const idea = ideaFixture(0);
      const button = itemOf(element, idea.title).querySelector<HTMLButtonElement>('.vote-button')!;
      await press(button, 'Enter');
      // At once, before the server answers.
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(itemOf(element, idea.title).querySelector('.vote-count')!.textContent).to.contain(
        String(idea.votesUp + 1),
      );
      await waitUntil(() => button.getAttribute('aria-pressed') === 'false', 'the vote was not rolled back', {
        timeout: 10_000,
      });
      expect(itemOf(element, idea.title).querySelector('.vote-count')!.textContent!.trim()).to.equal(
        `${idea.votesUp} supporters`,
      );
      await waitUntil(() => liveText(element).includes('could not be saved'));
      expect(liveText(element)).to.equal(
        `Your vote on “${isolate(idea.title)}” could not be saved. Try again.`,
      );
    });

    it('offers For and Against on an up/down board', async () => {
      const element = await ideaBoardElement(ideaScenarios.upDown);
      const idea = ideaFixture(0);
      const buttons = Array.from(
        itemOf(element, idea.title).querySelectorAll<HTMLButtonElement>('.vote-button'),
      );
      expect(buttons.map(accessibleName)).to.deep.equal([
        `For: ${isolate(idea.title)}, ${idea.votesUp} votes for`,
        `Against: ${isolate(idea.title)}, 0 votes against`,
      ]);
      await press(buttons[1]!, 'Space');
      expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('false');
      expect(accessibleName(buttons[1]!)).to.equal(`Against: ${isolate(idea.title)}, 1 vote against`);
    });

    it('closes voting on implemented, declined and duplicate ideas', async () => {
      const element = await ideaBoardElement(ideaScenarios.default);
      for (const [status, open] of [
        ['in_progress', true],
        ['implemented', false],
        ['declined', false],
        ['duplicate', false],
      ] as const) {
        element.status = status;
        await waitUntil(
          () =>
            ideaItems(element)[0]?.innerText.includes(status === 'in_progress' ? 'In progress' : 'Voting') ||
            open,
        );
        await settled(element);
        const item = ideaItems(element)[0]!;
        expect(item.querySelector('.vote-button') !== null, status).to.equal(open);
        expect(item.innerText.includes('Voting closed'), status).to.equal(!open);
      }
    });
  });

  describe('when nobody is signed in', () => {
    it('asks the page for a sign-in instead of sending the vote, with a default sign-in link', async () => {
      const requests: string[] = [];
      const element = await ideaBoardElement(ideaHandlers({ onRequest: (r) => requests.push(r.method) }), {
        signedOut: true,
      });
      const reasons: string[] = [];
      const listener = (event: Event) => reasons.push((event as CivicAuthRequiredEvent).detail.reason);
      document.addEventListener('civic-auth-required', listener);
      after(() => document.removeEventListener('civic-auth-required', listener));
      const button = itemOf(element, FIRST).querySelector<HTMLButtonElement>('.vote-button')!;
      await press(button, 'Enter');
      await waitUntil(() => reasons.length > 0, 'no civic-auth-required reached the document');
      expect(reasons).to.deep.equal(['vote']);
      expect(requests).not.to.include('PUT');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      await waitUntil(() => element.shadowRoot!.querySelector('.sign-in a'), 'no default sign-in link');
      const anchor = element.shadowRoot!.querySelector<HTMLAnchorElement>('.sign-in a')!;
      expect(anchor.href).to.equal(discovery.auth!.signInUrl);
      expect(anchor.textContent!.trim()).to.equal('Sign in');
    });

    it('shows the page’s own sign-in content when the server answers 401', async () => {
      const element = await ideaBoardElement(ideaScenarios.signedOut, { signInSlot: true });
      let fired = 0;
      element.addEventListener('civic-auth-required', () => (fired += 1));
      await press(itemOf(element, FIRST).querySelector<HTMLButtonElement>('.vote-button')!, 'Enter');
      await waitUntil(() => fired === 1, 'no civic-auth-required');
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="sign-in"]')!;
      expect(slot.assignedElements()[0]?.textContent).to.equal('Sign in with eGov to take part.');
      expect(itemOf(element, FIRST).querySelector('.vote-button')!.getAttribute('aria-pressed')).to.equal(
        'false',
      );
    });
  });

  describe('when ideas come from a hostile or broken backend', () => {
    it('renders markup in titles and bodies as inert text', async () => {
      const uncaught = watchUncaught();
      const element = await ideaBoardElement(ideaScenarios.hostile);
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, svg, b')).to.equal(null);
      expect(visibleText(element)).to.contain('<img src=x onerror="window.__civicPwned=1"> Bike lanes');
      await click(root.querySelector<HTMLElement>('.title-button')!);
      expect(
        root.querySelector('#idea-dialog img, #idea-dialog script, #idea-dialog a[href^="javascript"]'),
      ).to.equal(null);
      expect(root.querySelector('#idea-dialog')!.textContent).to.contain(
        '<script>window.__civicPwned=1</script>',
      );
      expect((window as unknown as { __civicPwned?: number }).__civicPwned).to.equal(undefined);
      uncaught.stop();
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('shows an error with a retry that works when the list breaks the protocol', async () => {
      const uncaught = watchUncaught();
      const element = await ideaBoardElement(ideaScenarios.malformed);
      const alert = byRole(element, 'alert');
      expect(alert.textContent).to.contain('The server sent data we could not read');
      expect(byRole(element, 'heading', 'Ideas for a greener Almaty')).to.exist;
      worker.use(...ideaScenarios.default);
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => ideaItems(element).length > 0, 'the retry did not load the ideas');
      expect(allByRole(element, 'alert')).to.have.length(0);
      uncaught.stop();
      expect(uncaught.errors).to.deep.equal([]);
    });
  });

  describe('when there are more ideas than a page', () => {
    it('appends the next page with "Show more ideas" and announces how many are shown', async () => {
      const cursors: Array<string | null> = [];
      const element = await ideaBoardElement(
        ideaHandlers({
          onRequest: (request) => {
            const url = new URL(request.url);
            if (url.pathname.endsWith('/ideas')) cursors.push(url.searchParams.get('cursor'));
          },
        }),
        { pageSize: 10 },
      );
      expect(visibleText(element)).to.contain('Showing 10 ideas of 57');
      // The list is virtual: scrolled to its end, the last item in the DOM is the last one loaded.
      const lastShown = async (expected: number) => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const last = () =>
          Math.max(...ideaItems(element).map((li) => Number(li.getAttribute('aria-posinset'))));
        await waitUntil(() => last() === expected, `the last idea in the DOM is not number ${expected}`);
      };
      await lastShown(10);
      await click(byRole(element, 'button', 'Show more ideas'));
      await waitUntil(
        () => liveText(element) === '10 more ideas loaded. Showing 20 ideas of 57',
        'load more not announced',
      );
      expect(cursors).to.deep.equal([null, '10']);
      expect(visibleText(element)).to.contain('Showing 20 ideas of 57');
      expect(ideaItems(element)[0]!.getAttribute('aria-setsize')).to.equal('57');
      // Focus goes to the first idea added (more-ideas.test.ts follows it with the keyboard).
      await waitUntil(() => positionOf(element.shadowRoot!.activeElement) === 11, 'focus not on idea 11');
      await lastShown(20);
    });

    it('loads more again after the list was sorted while a page was on its way', async () => {
      const element = await ideaBoardElement(ideaHandlers({ listLatency: 600 }), { pageSize: 10 });
      await click(byRole(element, 'button', 'Show more ideas'));
      expect(visibleText(element)).to.contain('Loading more ideas');
      element.sort = 'new'; // the list loads again from its first page; the page on its way is dropped
      await waitUntil(
        () => element.shadowRoot!.querySelector('.results .loading'),
        'the list did not reload',
      );
      await settled(element);
      await aTimeout(700); // long enough for the dropped page to arrive
      expect(visibleText(element)).to.contain('Showing 10 ideas of 57');
      await click(byRole(element, 'button', 'Show more ideas'));
      await waitUntil(
        () => liveText(element) === '10 more ideas loaded. Showing 20 ideas of 57',
        'the next page did not load',
      );
    });

    it('loads the next page by itself when the end of the list scrolls into view with `infinite`', async () => {
      const cursors: Array<string | null> = [];
      worker.use(
        ...ideaDiscovery(),
        ...ideaHandlers({
          onRequest: (request) => {
            const url = new URL(request.url);
            if (url.pathname.endsWith('/ideas')) cursors.push(url.searchParams.get('cursor'));
          },
        }),
      );
      const element = await fixture<CivicIdeaBoard>(
        html`<civic-idea-board
          board=${uniqueId('board')}
          api-base=${API}
          page-size="10"
          infinite
        ></civic-idea-board>`,
      );
      await settled(element);
      expect(cursors[0]).to.equal(null);
      window.scrollTo(0, document.documentElement.scrollHeight);
      await waitUntil(() => cursors.includes('10'), 'scrolling did not load the next page', {
        timeout: 3000,
      });
      await waitUntil(() => visibleText(element).includes('Showing 20 ideas of 57'));
      expect(new Set(cursors).size).to.equal(cursors.length);
    });

    it('renders far fewer elements than ideas for a board of 10,000', async function () {
      this.timeout(90_000);
      const element = await ideaBoardElement(ideaScenarios.thousands, { pageSize: 100 });
      for (let page = 1; page < 100; page += 1) await element.loadMore();
      await element.updateComplete;
      await aTimeout(100);
      expect(visibleText(element)).to.contain('Showing 10,000 ideas of 10,000');
      const rendered = ideaItems(element).length;
      expect(rendered).to.be.greaterThan(0);
      expect(rendered).to.be.lessThan(200);
      expect(element.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(10_000);
    });

    it('builds only the ideas on screen first, and those just beyond it once the page is idle', async () => {
      worker.use(...ideaDiscovery(), ...ideaScenarios.thousands);
      const element = document.createElement('civic-idea-board');
      element.setAttribute('board', uniqueId('board'));
      element.setAttribute('api-base', API);
      element.style.cssText = 'display: block; margin-top: 0';
      document.body.append(element);
      try {
        // Checked at every frame, so the first render is seen before the page goes idle.
        await new Promise<void>((resolve) => {
          const check = () => (ideaItems(element).length > 0 ? resolve() : requestAnimationFrame(check));
          check();
        });
        const first = ideaItems(element);
        const onScreen = (item: HTMLElement) => item.getBoundingClientRect().top < window.innerHeight;
        expect(first.every(onScreen), 'an idea off screen was built for the first render').to.equal(true);
        await waitUntil(
          () => ideaItems(element).some((item) => !onScreen(item)),
          'no idea beyond the screen',
        );
        expect(ideaItems(element).length).to.be.greaterThan(first.length);
      } finally {
        element.remove();
      }
    });

    it('keeps its first ideas built while the whole list is below the screen', async () => {
      worker.use(...ideaDiscovery(), ...ideaScenarios.thousands);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style=${`height: ${window.innerHeight + 300}px`}></div>
          <civic-idea-board board=${uniqueId('board')} api-base=${API}></civic-idea-board>
        </div>`,
      );
      const element = wrapper.querySelector('civic-idea-board')!;
      await settled(element);
      const list = element.shadowRoot!.querySelector('.idea-list')!;
      expect(list.getBoundingClientRect().top, 'the list is below the screen').to.be.greaterThan(
        window.innerHeight,
      );
      await waitUntil(() => ideaItems(element).length > 0, 'no idea built below the screen');
      const first = ideaItems(element)[0]!;
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      expect(first.querySelector('.title-button')!.textContent!.trim()).to.equal(generatedIdeas(1)[0]!.title);
    });

    it('builds no ideas while the board is not displayed, a screenful once it is, then the rest of the page', async () => {
      worker.use(...ideaDiscovery(), ...ideaScenarios.thousands);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="display: none">
          <civic-idea-board board=${uniqueId('board')} api-base=${API} page-size="100"></civic-idea-board>
        </div>`,
      );
      const element = wrapper.querySelector('civic-idea-board')!;
      await settled(element);
      await aTimeout(500); // past the idle callback that widens the list's margin
      expect(ideaItems(element), 'ideas built in a board that is not displayed').to.have.length(0);
      wrapper.style.display = '';
      // Checked at every frame, so the first render is seen before the rest of the page is built.
      await new Promise<void>((resolve) => {
        const check = () => (ideaItems(element).length > 0 ? resolve() : requestAnimationFrame(check));
        check();
      });
      expect(ideaItems(element).length, 'ideas built in the first render').to.be.within(1, 20);
      // The page of 100 is then kept whole (idea-list.test.ts), a few ideas per idle period.
      await waitUntil(() => ideaItems(element).length === 100, 'the first page was not filled in', {
        timeout: 15_000,
      });
    });

    it('leaves nothing behind in the list while scrolling through hundreds of ideas', async function () {
      this.timeout(90_000);
      const element = await ideaBoardElement(ideaScenarios.thousands, { pageSize: 100 });
      for (let page = 1; page < 5; page += 1) await element.loadMore();
      await element.updateComplete;
      const list = element.shadowRoot!.querySelector('.idea-list')!;
      const listNodes: number[] = [];
      // Whole viewports at a time, so every step replaces the ideas in the DOM.
      for (let y = 0; y < list.getBoundingClientRect().height; y += window.innerHeight) {
        window.scrollTo(0, y);
        await nextFrame();
        await nextFrame();
        listNodes.push(list.childNodes.length);
      }
      await aTimeout(50);
      const passed = Math.max(...ideaItems(element).map((li) => Number(li.getAttribute('aria-posinset'))));
      expect(passed, 'the scroll reached deep into the list').to.be.greaterThan(300);
      // Each idea in the DOM brings its element and two markers; markers of removed ideas must go too
      // (lit-html 3.3.1–3.3.3 left one behind per removed idea, and every later change got slower).
      expect(list.childNodes.length).to.be.at.most(3 * ideaItems(element).length + 3);
      expect(Math.max(...listNodes)).to.be.lessThan(100);
      window.scrollTo(0, 0);
    });

    it('builds only the ideas that come into its range when the page scrolls', async function () {
      this.timeout(30_000);
      const { element, list } = await boardReadyToScroll();
      const positions = () => ideaItems(element).map((li) => li.getAttribute('aria-posinset'));
      // Ideas already built must not be built again.
      const builds = countIdeaBuilds(element);
      try {
        const seen = new Set(positions());
        const before = seen.size;
        for (let step = 1; step <= 6; step += 1) {
          window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + step * 300);
          await nextFrame();
          await nextFrame();
          for (const position of positions()) seen.add(position);
        }
        await aTimeout(100);
        const arrived = seen.size - before;
        expect(arrived, 'the scroll brought new ideas into the range').to.be.greaterThan(2);
        expect(builds.built, 'ideas built while scrolling').to.equal(arrived);
      } finally {
        builds.stop();
        window.scrollTo(0, 0);
      }
    });

    it('shows a screen scrolled to with the ideas kept ready, and builds the next ones after that frame', async function () {
      this.timeout(30_000);
      const { element, list } = await boardReadyToScroll();
      const builds = countIdeaBuilds(element);
      /** How far down the screen the ideas reach without a gap, from the top of the screen or the list. */
      const coveredTo = () => {
        let covered = Math.max(0, list.getBoundingClientRect().top);
        const rects = ideaItems(element)
          .map((li) => li.getBoundingClientRect())
          .sort((a, b) => a.top - b.top);
        for (const rect of rects) if (rect.top <= covered + 1 && rect.bottom > covered) covered = rect.bottom;
        return covered;
      };
      const lastPosition = () => ideaItems(element).at(-1)!.getAttribute('aria-posinset');
      try {
        // From the top of the list, a screen's scroll stays within the 1,000 px kept ready below it.
        const listTop = list.getBoundingClientRect().top + window.scrollY;
        const atTop = lastPosition();
        window.scrollTo(0, listTop);
        await waitUntil(() => lastPosition() !== atTop, 'the ideas below the list top were not built');
        await nextFrame();
        builds.built = 0;
        for (let step = 1; step <= 3; step += 1) {
          const before = lastPosition();
          window.scrollTo(0, listTop + step * window.innerHeight);
          // The scroll has been handled when the next frame's callbacks run.
          await nextFrame();
          expect(builds.built, `ideas built in the frame of scroll ${step}`).to.equal(0);
          expect(coveredTo(), `the screen is covered at scroll ${step}`).to.be.at.least(
            window.innerHeight - 1,
          );
          await waitUntil(() => lastPosition() !== before, `the ideas beyond scroll ${step} were not built`);
          expect(builds.built, `ideas built after scroll ${step}`).to.be.greaterThan(0);
          builds.built = 0;
          await nextFrame();
        }
      } finally {
        builds.stop();
        window.scrollTo(0, 0);
      }
    });
  });

  describe('when a citizen submits an idea', () => {
    it('suggests similar ideas after a pause in typing, with one request per pause', async () => {
      const titles: string[] = [];
      const element = await ideaBoardElement(
        ideaHandlers({
          onRequest: (request) => {
            const url = new URL(request.url);
            if (url.pathname.endsWith('/similar')) titles.push(url.searchParams.get('title') ?? '');
          },
        }),
      );
      await press(byRole(element, 'button', 'Submit an idea'), 'Enter');
      expect(element.shadowRoot!.activeElement?.id).to.equal('f-title');
      await sendKeys({ type: 'Bike lanes please' });
      await waitUntil(() => element.shadowRoot!.querySelector('.similar'), 'no similar ideas', {
        timeout: 3000,
      });
      expect(titles).to.deep.equal(['Bike lanes please']);
      const similar = element.shadowRoot!.querySelector('.similar')!;
      expect(similar.textContent).to.contain('Similar ideas already on the board');
      expect(similar.querySelector('a')!.textContent).to.contain('Bike lanes on Abai Avenue');
      await waitUntil(() => liveText(element).includes('similar ideas found'));
    });

    it('ignores the answer for a title that is no longer typed', async () => {
      const element = await ideaBoardElement(
        ideaHandlers({ similarLatency: (title) => (title === 'Bike lanes' ? 1500 : undefined) }),
      );
      await click(byRole(element, 'button', 'Submit an idea'));
      const title = byRole(element, 'textbox', 'Title') as HTMLInputElement;
      title.focus();
      await sendKeys({ type: 'Bike lanes' });
      await aTimeout(600); // the slow request for "Bike lanes" is on its way
      for (let i = 0; i < 'Bike lanes'.length; i += 1) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'night buses' });
      await waitUntil(() => element.shadowRoot!.querySelector('.similar'), 'no similar ideas', {
        timeout: 3000,
      });
      await aTimeout(1500); // long enough for the stale answer to arrive
      const links = Array.from(element.shadowRoot!.querySelectorAll('.similar a')).map((a) => a.textContent!);
      expect(links.length).to.be.greaterThan(0);
      expect(links.every((text) => text.includes('night buses'))).to.equal(true);
    });

    it('checks the answers with an error summary whose links move focus', async () => {
      const element = await ideaBoardElement(ideaScenarios.default);
      await click(byRole(element, 'button', 'Submit an idea'));
      await press(byRole(element, 'button', 'Submit idea'), 'Enter');
      await waitUntil(() => element.shadowRoot!.querySelector('.error-summary'), 'no error summary');
      const box = element.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
      expect(element.shadowRoot!.activeElement).to.equal(box);
      expect(box.textContent).to.contain('Enter a title for your idea');
      await click(box.querySelector('a')!);
      expect(element.shadowRoot!.activeElement?.id).to.equal('f-title');
      const title = byRole(element, 'textbox', 'Title');
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.getAttribute('aria-describedby')).to.equal('f-title-hint f-title-error f-title-count');
    });

    it('submits with the keyboard, shows it at the top of the list and tells the page', async () => {
      const keys: string[] = [];
      const element = await ideaBoardElement(
        ideaHandlers({
          onRequest: (request) => {
            if (request.method === 'POST') keys.push(request.headers.get('Idempotency-Key') ?? '');
          },
        }),
      );
      const submitted: CivicIdeaSubmittedEvent[] = [];
      element.addEventListener('civic-idea-submitted', (event) => submitted.push(event));
      await press(byRole(element, 'button', 'Submit an idea'), 'Enter');
      await sendKeys({ type: 'Water taps in Central Park' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Summers are hot.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => element.shadowRoot!.querySelector('#idea-done-title'), 'no confirmation');
      expect(element.shadowRoot!.activeElement?.id).to.equal('idea-done-title');
      expect(visibleText(element)).to.contain('Thank you, your idea is published');
      expect(keys).to.have.length(1);
      expect(keys[0]).to.match(/^[\w-]{16,}$/);
      expect(submitted).to.have.length(1);
      expect(submitted[0]!.detail).to.deep.equal({
        boardId: element.board,
        ideaId: 'idea-new-1',
        pendingModeration: false,
      });
      expect(ideaItems(element)[0]!.querySelector('.title-button')!.textContent!.trim()).to.equal(
        'Water taps in Central Park',
      );
    });

    it('tells the author when the idea waits for moderation, and marks pending and hidden ideas', async () => {
      const element = await ideaBoardElement(ideaScenarios.preModeration);
      const text = visibleText(element);
      expect(text).to.contain('Waiting for moderation: only you can see this idea');
      expect(text).to.contain('Hidden by moderators: only you can see this idea');
      await click(byRole(element, 'button', 'Submit an idea'));
      (byRole(element, 'textbox', 'Title') as HTMLInputElement).value = 'Quiet hours for leaf blowers';
      await click(byRole(element, 'button', 'Submit idea'));
      await waitUntil(() => element.shadowRoot!.querySelector('#idea-done-title'));
      expect(visibleText(element)).to.contain('Thank you, your idea is waiting for moderation');
    });

    it("shows the server's field errors by their code: a duplicate title is not called too long", async () => {
      const element = await ideaBoardElement(
        ideaHandlers({
          createAnswer: () =>
            problemResponse('validation', {
              errors: [
                { field: 'title', code: 'duplicate', message: 'an idea with this title exists' },
                { field: 'body', code: 'not_allowed', message: 'links are not allowed' },
              ],
            }),
        }),
      );
      await click(byRole(element, 'button', 'Submit an idea'));
      (byRole(element, 'textbox', 'Title') as HTMLInputElement).value = 'Bike lanes on Abai Avenue';
      await click(byRole(element, 'button', 'Submit idea'));
      await waitUntil(() => element.shadowRoot!.querySelector('.error-summary'), 'no error summary');
      const summary = element.shadowRoot!.querySelector('.error-summary')!.textContent!;
      expect(summary).to.contain('An idea with this title is already on the board');
      expect(summary).to.contain('Enter a description in plain words');
      expect(summary).not.to.contain('characters or fewer');
      expect(byRole(element, 'textbox', 'Title').getAttribute('aria-invalid')).to.equal('true');
    });

    it('keeps the Idempotency-Key when "Try again" repeats a failed submission', async () => {
      const keys: string[] = [];
      let failing = true;
      const element = await ideaBoardElement(
        ideaHandlers({
          createAnswer: () => (failing ? HttpResponse.error() : problemResponse('server')),
          onRequest: (request) => {
            if (request.method === 'POST') keys.push(request.headers.get('Idempotency-Key') ?? '');
          },
        }),
      );
      await click(byRole(element, 'button', 'Submit an idea'));
      (byRole(element, 'textbox', 'Title') as HTMLInputElement).value = 'Bus shelter on Satpayev';
      await click(byRole(element, 'button', 'Submit idea'));
      await waitUntil(() => element.shadowRoot!.querySelector('.failure'), 'no failure', { timeout: 10_000 });
      expect(element.shadowRoot!.querySelector('.failure')!.textContent).to.contain(
        'Your idea has not been submitted',
      );
      const before = keys.length;
      failing = false;
      await click(byRole(element, 'button', 'Try again'));
      await waitUntil(() => keys.length > before);
      expect(new Set(keys).size).to.equal(1);
    });

    it('announces the characters left only near the limit, not on every keystroke', async () => {
      const element = await ideaBoardElement(ideaScenarios.default);
      await click(byRole(element, 'button', 'Submit an idea'));
      const title = byRole(element, 'textbox', 'Title') as HTMLInputElement;
      expect(element.shadowRoot!.querySelector('#f-title-count')!.textContent).to.equal(
        'You have 140 characters remaining',
      );
      title.focus();
      await sendKeys({ type: 'Parks' });
      await aTimeout(1200);
      expect(element.shadowRoot!.querySelector('#f-title-count')!.textContent).to.equal(
        'You have 135 characters remaining',
      );
      expect(liveText(element)).not.to.contain('characters');
      title.value = 'x'.repeat(130);
      title.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => liveText(element) === 'You have 10 characters remaining', 'not announced', {
        timeout: 3000,
      });
    });
  });

  describe('when a citizen reports an idea', () => {
    it('asks the page for a sign-in, with the reason "report", when the server answers 401', async () => {
      const element = await ideaBoardElement(
        ideaHandlers({ flagAnswer: () => problemResponse('unauthorized', { detail: 'Sign in first.' }) }),
      );
      const reasons: string[] = [];
      element.addEventListener('civic-auth-required', (event) =>
        reasons.push((event as CivicAuthRequiredEvent).detail.reason),
      );
      await click(byRole(element, 'button', `Report idea: ${isolate(FIRST)}`));
      const dialog = element.shadowRoot!.querySelector<HTMLDialogElement>('#report-dialog')!;
      await waitUntil(() => dialog.open, 'the report dialog did not open');
      await click(dialog.querySelector<HTMLInputElement>('#report-spam')!);
      await click(byRole(element, 'button', 'Send report'));
      await waitUntil(() => reasons.length > 0, 'no civic-auth-required');
      expect(reasons).to.deep.equal(['report']);
    });

    it('opens a dialog from the keyboard, asks for a reason, sends it and returns focus', async () => {
      const bodies: unknown[] = [];
      const element = await ideaBoardElement(
        ideaHandlers({
          onRequest: (request) => {
            if (request.url.endsWith('/flags')) void request.json().then((body) => bodies.push(body));
          },
        }),
      );
      const trigger = byRole(element, 'button', `Report idea: ${isolate(FIRST)}`);
      await press(trigger, 'Enter');
      const dialog = element.shadowRoot!.querySelector<HTMLDialogElement>('#report-dialog')!;
      await waitUntil(() => dialog.open, 'the report dialog did not open');
      expect(dialog.contains(element.shadowRoot!.activeElement)).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(element.shadowRoot!.activeElement).to.equal(trigger);

      await press(trigger, 'Enter');
      await waitUntil(() => dialog.open);
      await click(byRole(element, 'button', 'Send report'));
      await waitUntil(() => dialog.textContent!.includes('Select why you are reporting this idea'));
      expect(bodies).to.have.length(0);
      await click(dialog.querySelector<HTMLInputElement>('#report-offensive')!);
      await click(byRole(element, 'button', 'Send report'));
      await waitUntil(() => !dialog.open, 'the dialog did not close after sending');
      expect(bodies).to.deep.equal([{ reason: 'offensive' }]);
      expect(element.shadowRoot!.activeElement).to.equal(trigger);
      await waitUntil(() => liveText(element).includes('Moderators will review'));
    });
  });

  describe('on a phone', () => {
    it('fits 320 px without scrolling sideways, with a category name wider than the screen', async () => {
      const category = { id: 'transport', name: 'Қоғамдық көлік, велосипед жолдары және жаяу жүргіншілер' };
      worker.use(
        ...ideaDiscovery(),
        ...ideaHandlers({ board: () => ideaBoard({ categories: [category] }, 'kk') }),
      );
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <civic-idea-board
            board=${uniqueId('narrow')}
            api-base=${API}
            lang="kk"
            .getToken=${TOKEN}
          ></civic-idea-board>
        </div>`,
      );
      const element = wrapper.querySelector('civic-idea-board')!;
      await settled(element);
      const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#idea-category')!;
      expect([...select.options].map((option) => option.text)).to.include(isolate(category.name));
      const right = wrapper.getBoundingClientRect().right + 0.5;
      for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('[part="board"] *')) {
        if (!node.checkVisibility()) continue;
        expect(node.getBoundingClientRect().right, node.id || node.className || node.localName).to.be.at.most(
          right,
        );
      }
    });
  });

  describe('in other languages', () => {
    it('speaks Russian and Kazakh', async () => {
      const ru = await ideaBoardElement(ideaScenarios.russian, { lang: 'ru' });
      expect(visibleText(ru)).to.contain('Поддержать');
      expect(visibleText(ru)).to.contain('Показано 20 идей из 24');
      fixtureCleanup();
      const kk = await ideaBoardElement(ideaScenarios.kazakh, { lang: 'kk' });
      expect(visibleText(kk)).to.contain('Қолдау');
      expect(visibleText(kk)).to.contain('Идея ұсыну');
      expect(generatedIdeas(1, 'kk')[0]!.title).to.contain('велосипед');
    });
  });
});
