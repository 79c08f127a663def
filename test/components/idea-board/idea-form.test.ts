/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { ideaDiscovery, ideaScenarios } from '../../mocks/idea-scenarios.js';
import { click } from '../../internal/support.js';
import { byRole, uniqueId } from '../support.js';

/** The idea board in the middle of a page taller than the screen, its form open. */
async function formInLongPage(): Promise<CivicIdeaBoard> {
  worker.use(...ideaDiscovery(), ...ideaScenarios.default);
  const page = await fixture(
    html`<div>
      <div class="article"></div>
      <civic-idea-board board=${uniqueId('board')} api-base="/api/v1" .getToken=${() => 'citizen-token'}
        ><a href="https://participate.example.kz/boards/greener-almaty"
          >Ideas on the city portal</a
        ></civic-idea-board
      >
      <div class="article"></div>
    </div>`,
  );
  for (const article of page.querySelectorAll<HTMLElement>('.article')) article.style.blockSize = '3000px';
  const element = page.querySelector('civic-idea-board')!;
  await waitUntil(() => element.shadowRoot?.querySelector('#open-form'), 'the board did not load', {
    timeout: 5000,
  });
  await click(byRole(element, 'button', 'Submit an idea'));
  await element.updateComplete;
  await aTimeout(0);
  return element;
}

describe('<civic-idea-board> idea form error summary', () => {
  before(() => startMockWorker());
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });

  it("scrolls the field's label to the top of the screen and focuses the field, the GOV.UK way", async () => {
    const element = await formInLongPage();
    await click(byRole(element, 'button', 'Submit idea'));
    await waitUntil(() => element.shadowRoot!.querySelector('.error-summary'), 'no error summary');

    await click(byRole(element, 'link', 'Enter a title for your idea'));
    const title = element.shadowRoot!.getElementById('f-title')!;
    expect(element.shadowRoot!.activeElement).to.equal(title);
    const label = element.shadowRoot!.querySelector('label[for="f-title"]')!;
    expect(Math.round(label.getBoundingClientRect().top)).to.equal(0);
    expect(title.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
  });
});
