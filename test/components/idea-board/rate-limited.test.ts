/// <reference types="mocha" />
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { isolate } from '../../../src/internal/user-text.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { ideaFixture } from '../../mocks/fixtures/ideas.js';
import { problemResponse } from '../../mocks/handlers.js';
import { ideaDiscovery, ideaHandlers, ideaScenarios } from '../../mocks/idea-scenarios.js';
import { click } from '../../internal/support.js';
import { byRole } from '../support.js';
import { ideaBoardElement } from './board-fixture.js';

/*
 * Writes on the board refused by a rate limit (new ideas per hour, reports per day): when the backend
 * says how long to wait (Retry-After), the board says when to try again, in the board's language;
 * without it, the words stay as before. Where each message goes (the form's focused alert, the
 * polite live region, the report dialog's alert) does not change.
 */

const FIRST = ideaFixture(0).title;
/** Retry-After the backend sends: 20 hours. */
const TWENTY_HOURS = '72000';

function rateLimited(retryAfter?: string): () => Response {
  return () =>
    problemResponse(
      'rateLimited',
      retryAfter === undefined ? {} : { headers: { 'Retry-After': retryAfter } },
    );
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

const liveText = (element: CivicIdeaBoard) => text(element.shadowRoot!.querySelector('.root > [aria-live]')!);

async function submitIdea(element: CivicIdeaBoard): Promise<Element> {
  await click(byRole(element, 'button', 'Submit an idea'));
  (byRole(element, 'textbox', 'Title') as HTMLInputElement).value = 'Bus shelter on Satpayev';
  await click(byRole(element, 'button', 'Submit idea'));
  await waitUntil(() => element.shadowRoot!.querySelector('.failure'), 'no failure', { timeout: 10_000 });
  await element.updateComplete;
  return element.shadowRoot!.querySelector('.failure')!;
}

/** Reports the first idea as spam; resolves to the dialog's alert. */
async function report(element: CivicIdeaBoard): Promise<Element> {
  await click(element.shadowRoot!.querySelector<HTMLElement>('.idea .link-button')!);
  const dialog = element.shadowRoot!.querySelector<HTMLDialogElement>('#report-dialog')!;
  await waitUntil(() => dialog.open, 'the report dialog did not open');
  await click(dialog.querySelector<HTMLInputElement>('#report-spam')!);
  await click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
  await waitUntil(() => dialog.querySelector('[role="alert"]') !== null, 'no error shown', {
    timeout: 10_000,
  });
  return dialog.querySelector('[role="alert"]')!;
}

describe('<civic-idea-board> when a rate limit refuses a write', function () {
  this.timeout(30_000);

  before(() => startMockWorker());
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...ideaDiscovery(), ...ideaScenarios.default);
  });

  describe('submitting an idea', () => {
    it('says when to try again, in the alert that takes focus', async () => {
      const element = await ideaBoardElement(ideaHandlers({ createAnswer: rateLimited(TWENTY_HOURS) }));
      const failure = await submitIdea(element);
      expect(text(failure)).to.contain('There have been too many attempts. Try again in 20 hours.');
      expect(element.shadowRoot!.activeElement).to.equal(failure);
    });

    it('keeps the old words without Retry-After', async () => {
      const element = await ideaBoardElement(ideaHandlers({ createAnswer: rateLimited() }));
      const failure = await submitIdea(element);
      expect(text(failure)).to.contain(
        'There have been too many attempts. Wait a few minutes, then try again.',
      );
      expect(element.shadowRoot!.activeElement).to.equal(failure);
    });
  });

  describe('voting', () => {
    it('announces when to try again, and rolls the vote back', async () => {
      const element = await ideaBoardElement(ideaHandlers({ voteAnswer: rateLimited(TWENTY_HOURS) }));
      const button = element.shadowRoot!.querySelector<HTMLButtonElement>('.vote-button')!;
      await click(button);
      await waitUntil(() => liveText(element).length > 0, 'nothing announced', { timeout: 10_000 });
      expect(liveText(element)).to.equal(
        `Your vote on “${isolate(FIRST)}” could not be saved: there have been too many attempts. Try again in 20 hours.`,
      );
      expect(button.getAttribute('aria-pressed')).to.equal('false');
    });

    it('announces the old words without Retry-After', async () => {
      const element = await ideaBoardElement(ideaHandlers({ voteAnswer: rateLimited() }));
      await click(element.shadowRoot!.querySelector<HTMLButtonElement>('.vote-button')!);
      await waitUntil(() => liveText(element).length > 0, 'nothing announced', { timeout: 10_000 });
      expect(liveText(element)).to.equal(`Your vote on “${isolate(FIRST)}” could not be saved. Try again.`);
    });
  });

  describe('reporting', () => {
    it('says the limit on reports was reached and when to try again', async () => {
      const element = await ideaBoardElement(ideaHandlers({ flagAnswer: rateLimited(TWENTY_HOURS) }));
      expect(text(await report(element))).to.equal(
        'Error: You have sent as many reports as allowed for now, so this one was not sent. Try again in 20 hours.',
      );
    });

    it('says the limit was reached without Retry-After, not "try again" at once', async () => {
      const element = await ideaBoardElement(ideaHandlers({ flagAnswer: rateLimited() }));
      expect(text(await report(element))).to.equal(
        'Error: You have sent as many reports as allowed for now, so this one was not sent. Try again later.',
      );
    });

    it('says it in Russian and Kazakh', async () => {
      for (const [lang, expected] of [
        [
          'ru',
          'Вы уже отправили столько жалоб, сколько можно за это время, поэтому эта жалоба не отправлена. Попробуйте снова через 20 часов.',
        ],
        [
          'kk',
          'Осы уақытқа рұқсат етілген шағымның бәрін жібердіңіз, сондықтан бұл шағым жіберілмеді. 20 сағаттан кейін қайталап көріңіз.',
        ],
      ] as const) {
        const element = await ideaBoardElement(ideaHandlers({ flagAnswer: rateLimited(TWENTY_HOURS) }), {
          lang,
        });
        expect(text(await report(element))).to.contain(expected);
        fixtureCleanup();
      }
    });

    it('still says "could not be sent" for other failures', async () => {
      const element = await ideaBoardElement(ideaHandlers({ flagAnswer: () => problemResponse('server') }));
      expect(text(await report(element))).to.equal('Error: Your report could not be sent. Try again.');
    });
  });
});
