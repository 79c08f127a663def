/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/index.js';
import { WHOLE_LIST_LIMIT } from '../../../src/components/idea-board/idea-list.js';
import { ENDPOINTS } from '../../../src/protocol/index.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { worker } from '../../mocks/browser.js';
import { generatedIdeas } from '../../mocks/fixtures/ideas.js';
import { mockPath } from '../../mocks/handlers.js';
import { ideaHandlers, ideaScenarios } from '../../mocks/idea-scenarios.js';
import { ideaBoardElement, liveText, positionOf, withIdeaBoardMocks } from './board-fixture.js';

/*
 * "Show more ideas" from the keyboard: focus goes to the first idea it added (the button has moved
 * a page's length down), that idea is on the screen, Tab goes on through the new ideas, and the
 * number loaded is announced politely.
 */

/** The element focused in the board's shadow root. */
function focused(element: CivicIdeaBoard): HTMLElement | null {
  return element.shadowRoot!.activeElement as HTMLElement | null;
}

function onScreen(node: Element): boolean {
  const rect = node.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
}

describe('<civic-idea-board> "Show more ideas"', function () {
  this.timeout(60_000);

  withIdeaBoardMocks(() => window.scrollTo(0, 0));

  it('moves focus to the first idea it added, on the screen, and Tab goes on through the new ideas', async () => {
    const element = await ideaBoardElement(ideaHandlers(), { pageSize: 10 });
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('#load-more')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => positionOf(focused(element)) === 11, 'focus did not move to the 11th idea', {
      timeout: 10_000,
    });
    const first = focused(element)!;
    expect(first.textContent!.trim()).to.equal(generatedIdeas(57)[10]!.title);
    expect(first.matches('.title-button'), 'the idea’s title button has focus').to.equal(true);
    await waitUntil(() => onScreen(first), 'the focused idea is not on the screen');
    await waitUntil(
      () => liveText(element) === '10 more ideas loaded. Showing 20 ideas of 57',
      `the number loaded was not announced: "${liveText(element)}"`,
    );
    // Tab goes forward from the first new idea to the next, never back to the button or off the board.
    const positions: number[] = [];
    for (let press = 0; press < 4; press += 1) {
      await sendKeys({ press: 'Tab' });
      positions.push(positionOf(focused(element)));
    }
    expect(positions.every((position) => position >= 11)).to.equal(true);
    expect(positions.at(-1)).to.equal(12);
  });

  it('moves focus to the first idea added also once the list is too long to keep whole', async () => {
    const element = await ideaBoardElement(ideaScenarios.thousands, { pageSize: 100 });
    let loaded = 100;
    for (; loaded <= WHOLE_LIST_LIMIT; loaded += 100) await element.loadMore();
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('#load-more')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const first = loaded + 1;
    await waitUntil(() => positionOf(focused(element)) === first, `focus did not move to idea ${first}`, {
      timeout: 10_000,
    });
    expect(focused(element)!.textContent!.trim()).to.equal(generatedIdeas(10_000)[first - 1]!.title);
    await waitUntil(() => onScreen(focused(element)!), 'the focused idea is not on the screen');
    await sendKeys({ press: 'Tab' });
    expect(positionOf(focused(element))).to.equal(first);
  });

  it('keeps focus on the button when the next page fails, and says that it failed', async () => {
    const element = await ideaBoardElement(ideaHandlers(), { pageSize: 10 });
    worker.use(http.get(mockPath(ENDPOINTS.listIdeas), () => HttpResponse.json({ broken: true })));
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('#load-more')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const failure = () => element.shadowRoot!.querySelector('p.error-message[role="alert"]');
    await waitUntil(failure, 'the failure was not shown', { timeout: 10_000 });
    expect(failure()!.textContent).to.contain('More ideas could not be loaded.');
    await element.updateComplete;
    expect(focused(element)).to.equal(button);
  });
});
