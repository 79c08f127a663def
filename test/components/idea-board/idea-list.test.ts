/// <reference types="mocha" />
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { generatedIdeas } from '../../mocks/fixtures/ideas.js';
import { ideaScenarios } from '../../mocks/idea-scenarios.js';
import { ideaBoardElement, ideaItems, withIdeaBoardMocks } from './board-fixture.js';

/*
 * The list keeps the ideas loaded whole in the DOM, for a screen reader's browse mode and
 * find-in-page, until it is long; a list of thousands still keeps only the ideas near the screen.
 */

/** Whether a screen reader can reach `item`: in the document, not hidden by aria-hidden, display, visibility or content-visibility. */
function reachable(item: HTMLElement): boolean {
  for (let node: Node | null = item; node;) {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return false;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return (
    item.isConnected &&
    item.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: false })
  );
}

/** The titles of the ideas in the DOM, in document order, and whether each is reachable. */
function titlesInDom(element: CivicIdeaBoard): string[] {
  return ideaItems(element)
    .filter(reachable)
    .map((li) => li.querySelector('.title-button')!.textContent!.trim());
}

describe('<civic-idea-board> list', function () {
  this.timeout(60_000);

  withIdeaBoardMocks(() => setViewport({ width: 800, height: 600 }));

  for (const [name, width] of [
    ['a 375 px phone', 375],
    ['a desktop', 1280],
  ] as const) {
    it(`keeps every idea of the first page in the DOM and reachable on ${name}, with the page at the top`, async () => {
      await setViewport({ width, height: 800 });
      const element = await ideaBoardElement(ideaScenarios.default);
      window.scrollTo(0, 0);
      const firstPage = generatedIdeas(57)
        .slice(0, 20)
        .map((idea) => idea.title);
      await waitUntil(
        () => titlesInDom(element).length === firstPage.length,
        `not every idea of the first page is in the DOM (${titlesInDom(element).length} are)`,
        { timeout: 5000 },
      );
      expect(titlesInDom(element)).to.deep.equal(firstPage);
      expect(window.scrollY, 'the page stayed at the top').to.equal(0);
    });
  }

  it('keeps everything loaded in the DOM while the list holds a few hundred ideas', async () => {
    const element = await ideaBoardElement(ideaScenarios.thousands, { pageSize: 100 });
    await element.loadMore();
    await element.loadMore();
    await waitUntil(() => ideaItems(element).length === 300, 'not every idea loaded is in the DOM', {
      timeout: 40_000,
    });
    const positions = ideaItems(element).map((li) => Number(li.getAttribute('aria-posinset')));
    expect(positions).to.deep.equal(Array.from({ length: 300 }, (_, index) => index + 1));
  });

  it('keeps only the ideas near the screen of a list of 5,000', async () => {
    const element = await ideaBoardElement(ideaScenarios.thousands, { pageSize: 100 });
    for (let page = 1; page < 50; page += 1) await element.loadMore();
    await element.updateComplete;
    await aTimeout(1000); // past the idle callbacks that build beyond the screen
    const rendered = ideaItems(element).length;
    expect(rendered).to.be.within(1, 40);
    expect(element.shadowRoot!.querySelector('#shown-count')!.textContent).to.contain('5,000');
  });
});
