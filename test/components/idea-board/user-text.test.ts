/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { isolate } from '../../../src/internal/user-text.js';
import { generatedIdeas, ideaBoard, ideaFixture } from '../../mocks/fixtures/ideas.js';
import { ideaHandlers } from '../../mocks/idea-scenarios.js';
import { click } from '../../internal/support.js';
import { drawnAfter, HOSTILE_NAMES, isolation } from '../../internal/bidi-support.js';
import { byRole } from '../support.js';
import { ideaBoardElement, withIdeaBoardMocks } from './board-fixture.js';

/*
 * Issue 23.8: text people and the backend wrote (titles, bodies, names, categories, responses) is
 * isolated for bidirectional display, so direction marks in it ("Zed\u202Egnp.exe") reorder nothing
 * around it, in what the board shows and in the names and announcements it builds from it.
 */

const marks = Object.values(HOSTILE_NAMES);
/** Each field's text: a name with direction marks (a different kind from field to field), then the field. */
const FIELDS = Object.fromEntries(
  ['board', 'description', 'title', 'body', 'author', 'category', 'response', 'responder', 'similar'].map(
    (field, i) => [field, `${marks[i % marks.length]!} ${field}`],
  ),
) as Record<string, string>;

const marked = () =>
  ideaHandlers({
    board: () => ideaBoard({ title: FIELDS['board']!, description: FIELDS['description']! }),
    ideas: () => [
      {
        ...ideaFixture(0),
        title: FIELDS['title']!,
        body: FIELDS['body']!,
        author: { displayName: FIELDS['author']! },
        category: { id: 'transport', name: FIELDS['category']! },
        officialResponse: {
          body: FIELDS['response']!,
          author: { displayName: FIELDS['responder']! },
          respondedAt: '2025-05-01T09:00:00Z',
        },
      },
      { ...ideaFixture(1), title: FIELDS['similar']! },
      ...generatedIdeas(3).slice(2),
    ],
  });

describe('<civic-idea-board> with direction marks in text from people and the backend', function () {
  this.timeout(30_000);

  withIdeaBoardMocks();

  it('isolates every such text in the list and the idea dialog', async () => {
    const element = await ideaBoardElement(marked());
    for (const field of ['board', 'description', 'title', 'body', 'author', 'category']) {
      const { found, bare } = isolation(element, FIELDS[field]!);
      expect(found, `${field} is shown`).to.be.greaterThan(0);
      expect(bare, `${field} shown without isolation`).to.equal(0);
    }
    const title = FIELDS['title']!;
    expect(byRole(element, 'button', `Support: ${isolate(title)}, 0 supporters`)).to.exist;
    expect(byRole(element, 'button', `Report idea: ${isolate(title)}`)).to.exist;
    await click(element.shadowRoot!.querySelector<HTMLElement>('.title-button')!);
    const dialog = element.shadowRoot!.querySelector<HTMLDialogElement>('#idea-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open');
    for (const field of ['title', 'body', 'response', 'responder']) {
      const { found, bare } = isolation(dialog, FIELDS[field]!);
      expect(found, `${field} is shown in the dialog`).to.be.greaterThan(0);
      expect(bare, `${field} shown without isolation in the dialog`).to.equal(0);
    }
    // "Responded by <name>, <when>": the words after the name stay after it.
    expect(drawnAfter(dialog, 'ago', FIELDS['responder']!), 'the sentence goes on after the name').to.be.true;
  });

  it('isolates titles in the report dialog and among similar ideas', async () => {
    const element = await ideaBoardElement(marked());
    await click(byRole(element, 'button', `Report idea: ${isolate(FIELDS['title']!)}`));
    const report = element.shadowRoot!.querySelector<HTMLDialogElement>('#report-dialog')!;
    await waitUntil(() => report.open, 'the report dialog did not open');
    expect(isolation(report, FIELDS['title']!)).to.deep.equal({ found: 1, bare: 0 });
    await sendKeys({ press: 'Escape' });
    await click(byRole(element, 'button', 'Submit an idea'));
    const field = element.shadowRoot!.querySelector<HTMLInputElement>('#f-title')!;
    field.focus();
    await sendKeys({ type: 'similar ones' });
    const similar = () => element.shadowRoot!.querySelector('.similar');
    await waitUntil(() => similar()?.textContent?.includes('similar'), 'no similar ideas', {
      timeout: 5000,
    });
    expect(isolation(similar()!, FIELDS['similar']!)).to.deep.equal({ found: 1, bare: 0 });
  });
});
