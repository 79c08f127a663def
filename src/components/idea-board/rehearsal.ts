import type { Board, Idea, IdeaPage } from '../../protocol/ideas.js';

/*
 * A sample board and ideas for the board's rehearsal (`CivicIdeaBoard.rehearse`): rendered into a
 * detached fragment while the page is idle, never shown, never sent. Together they take every
 * branch of the templates a first render takes, so the sample strings need no translation.
 */

export const REHEARSAL_BOARD: Board = {
  id: 'rehearsal',
  title: 'Board',
  description: 'What the board is for.',
  categories: [{ id: 'streets', name: 'Streets' }],
  statuses: ['new', 'implemented'],
  votingMode: 'up_down',
  submissionsOpen: true,
  preModeration: false,
  url: null,
};

const idea: Idea = {
  id: 'rehearsal-open',
  boardId: 'rehearsal',
  title: 'An idea',
  // Longer than an excerpt, so the rehearsal cuts it as the list cuts most ideas.
  body:
    'What the idea is about, and why the city would be better with it: where it would be, who it ' +
    'would help, what it might cost, and what neighbours said about it when it was first discussed.',
  author: { displayName: 'A citizen' },
  category: { id: 'streets', name: 'Streets' },
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
      officialResponse: { body: 'The answer.', respondedAt: '2026-02-01T00:00:00Z' },
    },
  ],
  nextCursor: 'next',
  total: 2,
};
