import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { Idea, IdeaPage, Leaderboard } from '../../src/protocol/index.js';
import { startDemoSite } from './support.js';
import type { DemoSite } from './support.js';

/*
 * Issue 5, end to end: the demo's "Ideas for our city" page in Chromium against the real reference
 * server on SQLite (no msw). Sign in when the board asks, vote and withdraw the vote, submit an idea
 * after seeing similar ones suggested, report an idea; the server's numbers follow each step.
 */

const BOARD = 'zh-ideas';

/** A title as the board puts it into names and sentences: isolated for bidirectional display (FSI…PDI). */
const isolated = (text: string) => `\u2068${text}\u2069`;

async function ideasFromApi(origin: string, query: string): Promise<IdeaPage> {
  const response = await fetch(`${origin}/api/v1/boards/${BOARD}/ideas?${query}`, {
    headers: { 'accept-language': 'en' },
  });
  assert.equal(response.status, 200);
  return (await response.json()) as IdeaPage;
}

async function votesOf(origin: string, idea: Idea): Promise<number> {
  const page = await ideasFromApi(origin, `q=${encodeURIComponent(idea.title)}&limit=100`);
  const found = page.items.find((item) => item.id === idea.id);
  assert.ok(found, `the API lists ${idea.id}`);
  return found.votesUp;
}

function board(page: Page): Locator {
  return page.locator(`civic-idea-board[board="${BOARD}"]`);
}

async function signIn(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Sign in to the demo' });
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${name}`).waitFor();
}

describe('the idea board on the demo page', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(() => site?.close());

  it('asks a signed-out visitor to sign in, then votes, withdraws, submits and reports', async () => {
    const { origin } = site;
    const [first] = (await ideasFromApi(origin, 'sort=trending&limit=1')).items;
    assert.ok(first, 'the demo board has ideas');
    const before = await votesOf(origin, first);

    // A signed-out vote is refused by the server (401), and the page is asked to sign the person in.
    const page = await site.open('/ideas.html', {
      allowStatus: (status, url) => status === 401 && url.pathname === `/api/v1/ideas/${first.id}/vote`,
    });
    const widget = board(page);
    const support = (count: number) =>
      widget.getByRole('button', {
        name: `Support: ${isolated(first.title)}, ${count} supporter${count === 1 ? '' : 's'}`,
      });
    // The tally changes at once (optimistically); the server's count is read once it has answered.
    const voteAnswered = () =>
      page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === `/api/v1/ideas/${first.id}/vote` &&
          response.request().method() !== 'OPTIONS' &&
          response.status() !== 401,
      );
    await support(before).click();
    // Signed in, the vote pressed before is cast once, and focus is back on its button, now pressed.
    let answered = voteAnswered();
    await signIn(page, 'Dana Test');
    const pressed = support(before + 1).and(widget.locator('[aria-pressed="true"]'));
    await pressed.waitFor();
    assert.ok((await answered).ok(), 'the vote is accepted');
    assert.equal(await votesOf(origin, first), before + 1);
    await page.waitForFunction(
      () =>
        document
          .querySelector('civic-idea-board')
          ?.shadowRoot?.activeElement?.getAttribute('aria-pressed') === 'true',
    );
    answered = voteAnswered();
    await support(before + 1).click();
    await support(before).and(widget.locator('[aria-pressed="false"]')).waitFor();
    assert.ok((await answered).ok(), 'the withdrawal is accepted');
    assert.equal(await votesOf(origin, first), before);

    // Typing a title suggests similar ideas before a duplicate exists.
    await widget.getByRole('button', { name: 'Submit an idea' }).click();
    const title = widget.getByRole('textbox', { name: /^Title/ });
    await title.pressSequentially('Bike lanes', { delay: 20 });
    const similar = widget.getByRole('region', { name: 'Similar ideas already on the board' });
    await similar.getByRole('link').first().waitFor();
    assert.ok((await similar.getByRole('link').count()) >= 1);

    const marker = randomBytes(4).toString('hex');
    await title.fill(`Bike lanes to School No. 7, ${marker}`);
    await widget
      .getByRole('textbox', { name: /^Description/ })
      .fill('Children cycle to school along the avenue.');
    await widget.getByRole('button', { name: 'Submit idea' }).click();
    await widget.getByText('Thank you, your idea is published').waitFor();
    const submitted = await ideasFromApi(origin, `q=${marker}`);
    assert.equal(submitted.items.length, 1, 'the new idea is on the board');
    assert.equal(submitted.items[0]!.author.displayName, 'Dana Test');
    assert.equal(submitted.items[0]!.votesUp, 1, "the author's own support");

    // Reporting an idea is acknowledged; the moderators see the report.
    await widget.getByRole('button', { name: `Report idea: ${isolated(first.title)}` }).click();
    const report = page.getByRole('dialog', { name: 'Report this idea' });
    await report.getByRole('radio', { name: 'Spam or advertising' }).check();
    await report.getByRole('button', { name: 'Send report' }).click();
    await widget.getByText(`Thank you. Moderators will review “${isolated(first.title)}”.`).waitFor();

    // The submission counts on the leaderboard for the participant who made it.
    const leaderboard = (await (
      await fetch(`${origin}/api/v1/leaderboards/zh-contributors?period=week&limit=100`)
    ).json()) as Leaderboard;
    const entry = leaderboard.entries.find((e) => e.participant.displayName === 'Dana Test');
    assert.ok(entry, 'Dana Test is ranked this week');
    assert.ok(entry.breakdown.some((item) => item.action === 'idea.submitted' && item.count === 1));

    assert.deepEqual(site.problems, []);
  });
});
