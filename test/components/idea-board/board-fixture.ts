/// <reference types="mocha" />
import { aTimeout, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { nothing } from 'lit';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { TokenGetter } from '../../../src/client/index.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { ideaDiscovery, ideaScenarios } from '../../mocks/idea-scenarios.js';
import { uniqueId } from '../support.js';

/*
 * What the idea board's tests share: a board on a mocked backend, waiting until it shows its first
 * page, and reading its list and its live region.
 */

export const API = '/api/v1';

/**
 * In a describe block: starts the msw worker, and after each test removes the board, puts the
 * default handlers back and runs `cleanUp` (for what the block changed besides).
 */
export function withIdeaBoardMocks(cleanUp?: () => unknown): void {
  before(() => startMockWorker());
  afterEach(async () => {
    fixtureCleanup();
    worker.resetHandlers(...ideaDiscovery(), ...ideaScenarios.default);
    await cleanUp?.();
  });
}
export const TOKEN = () => 'citizen-token';

export interface BoardOptions {
  sort?: string;
  pageSize?: number;
  lang?: string;
  theme?: 'light' | 'dark';
  /** Without a token getter, the widget knows nobody is signed in. */
  signedOut?: boolean;
  /** The page's token getter, instead of one that always gives a token. */
  getToken?: TokenGetter;
  signInSlot?: boolean;
}

/** A board on `scenario`, once it shows its first page of ideas (or an error). */
export async function ideaBoardElement(
  scenario: RequestHandler[],
  options: BoardOptions = {},
): Promise<CivicIdeaBoard> {
  worker.use(...ideaDiscovery(), ...scenario);
  const element = await fixture<CivicIdeaBoard>(html`
    <civic-idea-board
      board=${uniqueId('board')}
      api-base=${API}
      sort=${options.sort ?? nothing}
      page-size=${options.pageSize ?? nothing}
      lang=${options.lang ?? nothing}
      theme=${options.theme ?? nothing}
      .getToken=${options.signedOut ? undefined : (options.getToken ?? TOKEN)}
    >
      <a href="https://participate.example.kz/boards/greener-almaty">Ideas on the city portal</a>
      ${options.signInSlot ? html`<p slot="sign-in">Sign in with eGov to take part.</p>` : nothing}
    </civic-idea-board>
  `);
  await settled(element);
  return element;
}

/** Waits until the board and its first page of ideas (or an error, or the empty state) are shown. */
export async function settled(element: CivicIdeaBoard): Promise<void> {
  await waitUntil(
    () => {
      const root = element.shadowRoot;
      if (!root) return false;
      if (root.querySelector('.load-error')) return true;
      return (
        root.querySelector('.stage:not(.held) .board') !== null &&
        root.querySelector('.results .loading') === null
      );
    },
    'the board did not finish loading',
    { timeout: 5000 },
  );
  await element.updateComplete;
  await aTimeout(50);
}

/** What the board's polite live region says. */
export function liveText(element: CivicIdeaBoard): string {
  return element.shadowRoot!.querySelector('.root > [aria-live]')!.textContent!.trim();
}

/** The ideas in the DOM, in document order. */
export function ideaItems(element: CivicIdeaBoard): HTMLElement[] {
  return Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('li.idea'));
}

/** The position in the whole list (`aria-posinset`) of the idea holding `node`, or 0. */
export function positionOf(node: Element | null | undefined): number {
  return Number(node?.closest('li.idea')?.getAttribute('aria-posinset') ?? 0);
}
