import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { IDEA_SORTS } from '../src/protocol/ideas.js';
import type { IdeaSort } from '../src/protocol/ideas.js';
import { discoveryHandlers, MOCK_API_BASE } from '../test/mocks/handlers.js';
import { ideaDiscovery, ideaScenarios } from '../test/mocks/idea-scenarios.js';

interface IdeaBoardArgs {
  board: string;
  apiBase: string;
  sort: IdeaSort;
  status: string;
  category: string;
  pageSize: number;
  infinite: boolean;
  /** Shows "Download the data". */
  withDownload?: boolean;
  headingLevel: number;
  /** Whether the page has a signed-in citizen (a token for the widget). */
  signedIn: boolean;
}

/** The written accessibility criteria of the board; each one is a test in test/components/idea-board/. */
const CRITERIA = [
  'The board is a region named by its title, a real heading whose level the page sets (`heading-level`); each idea title is a heading one level below.',
  'Each idea says its status in words ("Planned", "Declined"), and "Waiting for moderation" or "Hidden by moderators" for its author, never by colour alone.',
  'Voting uses real toggle buttons with `aria-pressed`; their names start with the visible word and include the idea’s title and count ("Support: Bike lanes on Abai Avenue, 214 supporters"). A pressed button also shows a filled mark.',
  'A vote shows at once; if the server refuses it, it is rolled back and a polite message says so.',
  'Ideas that are implemented, declined or duplicates say "Voting closed" instead of offering a button.',
  'Search is a `search` landmark with a labelled field and its own button; sort and filters are labelled selects. After each change the number of results is announced through a polite live region.',
  '"Show more ideas" moves focus to the first idea it added (its title button, scrolled into view), so Tab goes on through the new ideas; how many were loaded and the new number shown are announced politely. Up to 300 ideas loaded are all in the DOM (browse mode, find in page); in longer lists only the items near the viewport are, and every item carries its position in the whole list (`aria-posinset`, `aria-setsize`).',
  'The idea and report dialogs are modal `<dialog>`s: focus moves in, Escape closes them, and focus returns to the button that opened them.',
  'The form follows GOV.UK: labels, hints, then errors in `aria-describedby`; an error summary that takes focus and links to each field; character counts in words, announced only when the limit comes near.',
  'Similar ideas appear after a pause in typing, in a labelled section below the title; their number is announced once.',
  'When voting, submitting or reporting needs a sign-in, a status message offers the page’s own sign-in (slot `sign-in`) or the backend’s sign-in link. A vote pressed before signing in is cast once the page calls `continueAfterSignIn()`, focus returns to its button and the result is announced.',
  'Text from the backend is always text: markup in a title, body or name is shown, never run; direction marks in it reorder nothing around it (each is isolated).',
  '"Download the data" (`with-download`, on backends that publish exports) lists each dataset with CSV and JSON links whose names say which dataset they download.',
  'Loading reserves the board’s height and says "Loading…"; a failed load is an alert with a "Try again" button, next to the link placed inside the element; one press loads again whatever failed.',
];

const ACCESSIBILITY = `
\`<civic-idea-board>\` lists a board's ideas with their status, author, category, comments and the
city's response; citizens support them (or vote for and against), sort, filter and search, submit
their own (similar ideas appear while they type the title) and report abuse. Put a link to the
board's page inside the element: it is what readers see before the script runs, and if it fails.

**Accessibility criteria**

${CRITERIA.map((criterion) => `- ${criterion}`).join('\n')}
`;

const token = () => 'story-citizen-token';

function renderBoard(args: IdeaBoardArgs): TemplateResult {
  return html`<civic-idea-board
    board=${args.board}
    api-base=${args.apiBase}
    sort=${args.sort}
    status=${args.status || nothing}
    category=${args.category || nothing}
    page-size=${args.pageSize}
    ?infinite=${args.infinite}
    ?with-download=${args.withDownload ?? false}
    heading-level=${args.headingLevel}
    .getToken=${args.signedIn ? token : undefined}
  >
    <a href="https://participate.example.kz/boards/greener-almaty">See the ideas on the city portal</a>
  </civic-idea-board>`;
}

const meta = {
  title: 'Components/Idea board',
  component: 'civic-idea-board',
  args: {
    board: 'greener-almaty',
    apiBase: MOCK_API_BASE,
    sort: 'trending',
    status: '',
    category: '',
    pageSize: 10,
    infinite: false,
    headingLevel: 2,
    signedIn: true,
  },
  argTypes: {
    board: { control: 'text' },
    apiBase: { name: 'api-base', control: 'text' },
    sort: { control: 'select', options: [...IDEA_SORTS] },
    status: { control: 'text' },
    category: { control: 'text' },
    pageSize: { name: 'page-size', control: { type: 'number', min: 1, max: 100 } },
    infinite: { control: 'boolean' },
    withDownload: { name: 'with-download', control: 'boolean' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    signedIn: { control: 'boolean' },
  },
  parameters: {
    msw: { handlers: { discovery: ideaDiscovery(), ideas: ideaScenarios.default } },
    docs: { description: { component: ACCESSIBILITY } },
  },
  render: (args) => renderBoard(args),
} satisfies Meta<IdeaBoardArgs>;

export default meta;
type Story = StoryObj<IdeaBoardArgs>;

function ideas(handlers: (typeof ideaScenarios)[keyof typeof ideaScenarios]) {
  return { msw: { handlers: { ideas: handlers } } };
}

/** Trending first (the default): recent votes and comments, decaying with age. */
export const Trending: Story = {};

/** "Download the data" (`with-download`): the board's ideas as CSV and JSON, on a backend that publishes exports. */
export const WithDownload: Story = {
  args: { withDownload: true },
  parameters: { msw: { handlers: { discovery: discoveryHandlers() } } },
};

/** Most votes first. */
export const Top: Story = { args: { sort: 'top' } };

/** Newest first. */
export const New: Story = { args: { sort: 'new' } };

/** Most comments first. */
export const Discussed: Story = { args: { sort: 'discussed' } };

/** A seeded shuffle, the same for every page, so every idea gets equal exposure while voting is open. */
export const Random: Story = { args: { sort: 'random' } };

/** Filtered by status and category. */
export const FiltersActive: Story = { args: { status: 'planned', category: 'parks' } };

/** Votes for and against. */
export const UpDownVoting: Story = { parameters: ideas(ideaScenarios.upDown) };

/** Supporting fails on the server: the vote rolls back and a message says so. */
export const VoteFails: Story = { parameters: ideas(ideaScenarios.voteFails) };

/** Nobody is signed in: pressing Support shows the sign-in message with the backend's sign-in link. */
export const SignedOut: Story = { args: { signedIn: false }, parameters: ideas(ideaScenarios.signedOut) };

/** The page's own sign-in content in the `sign-in` slot. */
export const SignedOutWithPageSignIn: Story = {
  args: { signedIn: false },
  parameters: ideas(ideaScenarios.signedOut),
  render: (args) =>
    html`<civic-idea-board board=${args.board} api-base=${args.apiBase} page-size="10">
      <a href="https://participate.example.kz/boards/greener-almaty">See the ideas on the city portal</a>
      <p slot="sign-in">
        <a href="https://participate.example.kz/sign-in">Sign in with eGov</a> to take part.
      </p>
    </civic-idea-board>`,
};

/** The form open with a title typed: similar ideas appear below it (the play function types it). */
export const SubmittingWithSimilarIdeas: Story = {
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector('civic-idea-board');
    await board?.updateComplete;
    const open = () => board?.shadowRoot?.querySelector<HTMLButtonElement>('#open-form');
    for (let i = 0; i < 50 && !open(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    open()?.click();
    await board?.updateComplete;
    const title = board?.shadowRoot?.querySelector<HTMLInputElement>('#f-title');
    if (!title) return;
    title.value = 'Bike lanes on Satpayev Street';
    title.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  },
};

/** A board that pre-moderates: the author's pending and hidden ideas are marked; new ideas wait. */
export const PendingModeration: Story = { parameters: ideas(ideaScenarios.preModeration) };

/** Submissions are closed. */
export const SubmissionsClosed: Story = { parameters: ideas(ideaScenarios.submissionsClosed) };

/** No ideas yet: an invitation to submit the first. */
export const Empty: Story = { parameters: ideas(ideaScenarios.empty) };

/** The backend never answers: the board keeps its height and says "Loading…". */
export const Loading: Story = { parameters: ideas(ideaScenarios.loading) };

/** The backend fails: an alert, a "Try again" button and the page's fallback link. */
export const LoadError: Story = { parameters: ideas(ideaScenarios.error) };

/** The list breaks the protocol: an error and a retry, nothing thrown. */
export const MalformedData: Story = { parameters: ideas(ideaScenarios.malformed) };

/** Markup in every text field stays text. */
export const HostileText: Story = { parameters: ideas(ideaScenarios.hostile) };

/** 10,000 ideas, loaded as the list scrolls (`infinite`) and rendered virtually. */
export const TenThousandIdeas: Story = {
  args: { pageSize: 100, infinite: true },
  parameters: ideas(ideaScenarios.thousands),
};

/** A Russian page with Russian ideas. */
export const Russian: Story = { globals: { locale: 'ru' }, parameters: ideas(ideaScenarios.russian) };

/** A Kazakh page with Kazakh ideas. */
export const Kazakh: Story = { globals: { locale: 'kk' }, parameters: ideas(ideaScenarios.kazakh) };

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** The written accessibility criteria, next to the board they describe. */
export const Accessibility: Story = {
  render: (args) =>
    html`<section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Accessibility criteria of the idea board</h2>
        <ul>
          ${CRITERIA.map((criterion) => html`<li>${criterion.replace(/`/g, '')}</li>`)}
        </ul>
      </section>
      ${renderBoard(args)}`,
};
