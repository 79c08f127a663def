/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { isolate } from '../../../src/internal/user-text.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { ideaFixture } from '../../mocks/fixtures/ideas.js';
import { problemResponse } from '../../mocks/handlers.js';
import { ideaDiscovery, ideaHandlers, ideaScenarios } from '../../mocks/idea-scenarios.js';
import { captureWarnings, click } from '../../internal/support.js';
import { byRole, uniqueId } from '../support.js';

/*
 * A board on a page whose origin the backend does not allow for writes: a vote or a report says
 * that it is not available on this page (never "try again", never "check your connection"), and
 * the webmaster's console says which setting to change.
 */

const API = '/api/v1';
const FIRST = ideaFixture(0).title;

async function board(options: Parameters<typeof ideaHandlers>[0]): Promise<CivicIdeaBoard> {
  worker.use(...ideaDiscovery(), ...ideaHandlers(options));
  const element = await fixture<CivicIdeaBoard>(html`
    <civic-idea-board board=${uniqueId('board')} api-base=${API} .getToken=${() => 'citizen-token'}>
      <a href="https://participate.example.kz/boards/greener-almaty">Ideas on the city portal</a>
    </civic-idea-board>
  `);
  await waitUntil(
    () => element.shadowRoot?.querySelector('.stage:not(.held) .board .vote-button') != null,
    'the board did not load',
    { timeout: 5000 },
  );
  await aTimeout(50);
  return element;
}

const liveText = (element: CivicIdeaBoard) =>
  element.shadowRoot!.querySelector('.root > [aria-live]')!.textContent!.trim();

describe('<civic-idea-board> when the backend does not allow this page’s origin', function () {
  this.timeout(20_000);
  let warnings: ReturnType<typeof captureWarnings>;

  before(() => startMockWorker());
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    fixtureCleanup();
    worker.resetHandlers(...ideaDiscovery(), ...ideaScenarios.default);
  });

  it('rolls a vote back and says voting is not available on this page', async () => {
    const element = await board({ voteAnswer: () => problemResponse('originNotAllowed') });
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('.vote-button')!;
    await click(button);
    await waitUntil(() => liveText(element).length > 0, 'nothing announced', { timeout: 10_000 });
    expect(liveText(element)).to.equal(
      'Voting is not available on this page yet. Your vote has not been saved.',
    );
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(warnings.messages.some((text) => text.includes('--allowed-origins'))).to.equal(true);
  });

  it('says in the report dialog that reporting is not available on this page', async () => {
    const element = await board({ flagAnswer: () => problemResponse('originNotAllowed') });
    await click(byRole(element, 'button', `Report idea: ${isolate(FIRST)}`));
    const dialog = element.shadowRoot!.querySelector<HTMLDialogElement>('#report-dialog')!;
    await waitUntil(() => dialog.open, 'the report dialog did not open');
    await click(dialog.querySelector<HTMLInputElement>('#report-spam')!);
    await click(byRole(element, 'button', 'Send report'));
    await waitUntil(() => dialog.querySelector('[role="alert"]') !== null, 'no error shown', {
      timeout: 10_000,
    });
    expect(dialog.querySelector('[role="alert"]')!.textContent).to.contain(
      'Reporting ideas is not available on this page yet.',
    );
    // The webmaster is warned once per backend and page: the vote above already was.
  });
});
