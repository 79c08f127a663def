/// <reference types="mocha" />
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { Idea } from '../../../src/protocol/index.js';
import type { CivicIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { ideaFixture } from '../../mocks/fixtures/ideas.js';
import { ideaDiscovery, ideaHandlers, ideaScenarios } from '../../mocks/idea-scenarios.js';
import { click } from '../../internal/support.js';
import { languageOf } from '../language.js';
import { uniqueId } from '../support.js';

/*
 * Language of parts (WCAG 3.1.2): an idea written in another language than the widget's carries
 * `lang` (the protocol's `locale` on the idea) on its title and text, in the list and in its
 * dialog, so a screen reader reads an English title inside a Kazakh board in English.
 */

const ENGLISH: Idea = { ...ideaFixture(0, 'en'), id: 'idea-en', locale: 'en' };
const KAZAKH: Idea = { ...ideaFixture(1, 'kk'), id: 'idea-kk', locale: 'kk' };

async function kazakhBoard(): Promise<CivicIdeaBoard> {
  worker.use(...ideaDiscovery(), ...ideaHandlers({ ideas: () => [ENGLISH, KAZAKH] }));
  const element = await fixture<CivicIdeaBoard>(
    html`<civic-idea-board board=${uniqueId('board')} api-base="/api/v1" lang="kk"></civic-idea-board>`,
  );
  await waitUntil(
    () => element.shadowRoot?.querySelectorAll('.title-button').length === 2,
    'the ideas did not show',
  );
  return element;
}

function titleButton(element: CivicIdeaBoard, title: string): HTMLElement {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.title-button')].find(
    (button) => button.textContent!.trim() === title,
  )!;
}

describe('<civic-idea-board> language of parts', function () {
  this.timeout(15_000);

  before(() => startMockWorker());

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...ideaDiscovery(), ...ideaScenarios.default);
  });

  it('marks an English idea in a Kazakh board as English, title and excerpt', async () => {
    const element = await kazakhBoard();
    const english = titleButton(element, ENGLISH.title);
    expect(languageOf(english)).to.equal('en');
    const item = english.closest('.idea-main')!;
    expect(languageOf(item.querySelector('.excerpt')!)).to.equal('en');
    expect(languageOf(titleButton(element, KAZAKH.title))).to.equal('kk');
  });

  it('marks the idea as English in its dialog too', async () => {
    const element = await kazakhBoard();
    await click(titleButton(element, ENGLISH.title));
    const dialog = element.shadowRoot!.querySelector<HTMLDialogElement>('#idea-dialog')!;
    await waitUntil(() => dialog.open && dialog.querySelector('.dialog-title') !== null, 'no dialog');
    expect(languageOf(dialog.querySelector('.dialog-title')!)).to.equal('en');
    expect(languageOf(dialog.querySelector('.idea-text')!)).to.equal('en');
  });
});
