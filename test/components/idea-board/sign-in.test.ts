/// <reference types="mocha" />
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import '../../../src/index.js';
import { isolate } from '../../../src/internal/user-text.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CivicAuthRequiredEvent } from '../../../src/events/civic-auth-required.js';
import { ENDPOINTS } from '../../../src/protocol/index.js';
import { generatedIdeas } from '../../mocks/fixtures/ideas.js';
import { mockPath, problemResponse } from '../../mocks/handlers.js';
import { ideaHandlers } from '../../mocks/idea-scenarios.js';
import { ideaBoardElement, liveText, withIdeaBoardMocks } from './board-fixture.js';

/*
 * A vote pressed before signing in waits for the sign-in: when the page says the citizen has
 * signed in, it is sent once, focus returns to its button (now pressed), and the result is read out.
 */

const FIRST = generatedIdeas(57)[0]!.title;

function supportButton(element: CivicIdeaBoard): HTMLButtonElement {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('li.idea .vote-button')!;
}

/**
 * Plays the page's part: on `civic-auth-required` it moves focus to its own sign-in (as the demo's
 * dialog does), then gives a token and tells the board. Returns the events seen.
 */
function signInOnRequest(element: CivicIdeaBoard, signIn: () => void): CivicAuthRequiredEvent[] {
  const seen: CivicAuthRequiredEvent[] = [];
  const pageField = document.createElement('input');
  pageField.setAttribute('aria-label', 'Your name');
  element.after(pageField);
  element.addEventListener('civic-auth-required', (event) => {
    seen.push(event);
    pageField.focus();
    setTimeout(() => {
      signIn();
      (event.target as CivicIdeaBoard).continueAfterSignIn();
      pageField.remove();
    }, 100);
  });
  return seen;
}

describe('<civic-idea-board> after signing in', function () {
  this.timeout(30_000);

  withIdeaBoardMocks();

  it('sends the vote pressed before signing in once, with focus back on its pressed button', async () => {
    let token: string | null = null;
    const votes: Request[] = [];
    const element = await ideaBoardElement(
      ideaHandlers({ onRequest: (request) => void (request.method === 'PUT' && votes.push(request)) }),
      { getToken: () => token },
    );
    const asked = signInOnRequest(element, () => {
      token = 'new-citizen-token';
    });
    supportButton(element).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => votes.length === 1, 'the vote was not sent after signing in', { timeout: 5000 });
    expect(asked.map((event) => event.detail.reason)).to.deep.equal(['vote']);
    expect(votes[0]!.headers.get('authorization')).to.equal('Bearer new-citizen-token');
    expect(await votes[0]!.json()).to.deep.equal({ value: 1 });
    await waitUntil(
      () => element.shadowRoot!.activeElement === supportButton(element),
      'focus did not return to the vote button',
    );
    await waitUntil(() => supportButton(element).getAttribute('aria-pressed') === 'true', 'not pressed');
    await waitUntil(
      () => liveText(element) === `You are signed in. Your vote on “${isolate(FIRST)}” has been saved.`,
      `the result was not announced: "${liveText(element)}"`,
    );
    // Told again, the board has nothing waiting: the vote is not sent twice.
    element.continueAfterSignIn();
    await aTimeout(300);
    expect(votes).to.have.length(1);
  });

  it('sends the vote again once after the backend answered 401', async () => {
    let signedIn = false;
    const votes: Request[] = [];
    const element = await ideaBoardElement([
      http.put(mockPath(ENDPOINTS.setVote), () => (signedIn ? undefined : problemResponse('unauthorized'))),
      ...ideaHandlers({ onRequest: (request) => void (request.method === 'PUT' && votes.push(request)) }),
    ]);
    signInOnRequest(element, () => {
      signedIn = true;
    });
    supportButton(element).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => votes.length === 1, 'the vote was not sent after signing in', { timeout: 5000 });
    await waitUntil(
      () =>
        element.shadowRoot!.activeElement === supportButton(element) &&
        supportButton(element).getAttribute('aria-pressed') === 'true',
      'focus is not on the pressed vote button',
    );
    await aTimeout(300);
    expect(votes).to.have.length(1);
  });
});
