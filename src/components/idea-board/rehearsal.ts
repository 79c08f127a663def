import * as v from 'valibot';
import { BoardSchema, IdeaPageSchema } from '../../protocol/ideas.js';
import type { Board, Idea, IdeaPage } from '../../protocol/ideas.js';

/*
 * A sample board and ideas for the board's rehearsal (`CivicIdeaBoard.rehearse`): rendered into a
 * detached fragment while the page is idle, then laid out offstage, never shown, never sent.
 * Together they take every branch of the templates a first render takes. The strings are never
 * read, so they need no translation; each carries English, Russian and Kazakh letters, so the
 * offstage layout loads the fonts and glyphs a board in any of these languages needs.
 */

export const REHEARSAL_BOARD: Board = {
  id: 'rehearsal',
  title: 'Board · Доска · Тақта',
  description: 'What the board is for. Для чего она. Ол не үшін қажет.',
  categories: [{ id: 'streets', name: 'Streets · Улицы · Көшелер' }],
  statuses: ['new', 'implemented'],
  votingMode: 'up_down',
  submissionsOpen: true,
  preModeration: false,
  url: null,
};

const idea: Idea = {
  id: 'rehearsal-open',
  boardId: 'rehearsal',
  title: 'An idea · Идея · Ұсыныс',
  // Longer than an excerpt, so the rehearsal cuts it as the list cuts most ideas.
  body:
    'What the idea is about, and why the city would be better with it, where it would be and whom ' +
    'it would help. Жители поддерживают идею. Әкімдік ұсынысты қарап, жауап береді: ғимарат, ' +
    'өңір, ұлы, үй, һәм, іс.',
  author: { displayName: 'A citizen · Житель · Тұрғын' },
  category: { id: 'streets', name: 'Streets · Улицы · Көшелер' },
  status: 'new',
  duplicateOf: null,
  votesUp: 3,
  votesDown: 1,
  myVote: null,
  commentCount: 2,
  officialResponse: null,
  pendingModeration: false,
  hidden: false,
  createdAt: '2026-01-01T00:00:00Z',
  url: null,
};

/** One idea open for votes, one closed with an official response. */
export const REHEARSAL_PAGE: IdeaPage = {
  items: [
    idea,
    {
      ...idea,
      id: 'rehearsal-done',
      status: 'implemented',
      officialResponse: { body: 'The answer. Ответ. Жауап.', respondedAt: '2026-02-01T00:00:00Z' },
    },
  ],
  nextCursor: 'next',
  total: 2,
};

/**
 * How many pages of ideas the warm-up checks (`CivicIdeaBoard.warmUpJobs`), one per idle job. Code
 * V8 has run often is optimized: checking a first page of 100 ideas took 10–20 ms on a throttled
 * phone with the checks cold, and after about 300 sample ideas the first render was about 25 ms
 * sooner (median of 12 pages each, `npm run bench` conditions).
 */
export const REHEARSAL_CHECK_ROUNDS = 6;

/**
 * A page of 50 sample ideas for the warm-up's checks. Like real ideas they have links and their
 * authors ids, so the checks take the branches a real page takes.
 */
export function rehearsalCheckPage(): IdeaPage {
  const items = Array.from({ length: 50 }, (_, index) => ({
    ...REHEARSAL_PAGE.items[index % REHEARSAL_PAGE.items.length]!,
    id: `rehearsal-${index}`,
    author: { id: 'rehearsal-author', displayName: 'A citizen' },
    url: `https://example.org/ideas/${index}`,
  }));
  return { items, nextCursor: 'next', total: items.length * REHEARSAL_CHECK_ROUNDS };
}

/**
 * The warm-up's checks (`CivicIdeaBoard.warmUpJobs`): a sample board and a page of sample ideas,
 * checked as the client checks responses, one round per job.
 */
export function rehearsalCheckJobs(): Array<() => void> {
  const board = JSON.stringify(REHEARSAL_BOARD);
  const page = JSON.stringify(rehearsalCheckPage());
  return Array.from({ length: REHEARSAL_CHECK_ROUNDS }, () => () => {
    v.parse(BoardSchema, JSON.parse(board));
    v.parse(IdeaPageSchema, JSON.parse(page));
  });
}
