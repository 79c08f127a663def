import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { LEADERBOARD_PERIODS } from '../src/protocol/leaderboards.js';
import type { LeaderboardPeriod } from '../src/protocol/leaderboards.js';
import { discoveryHandlers, MOCK_API_BASE } from '../test/mocks/handlers.js';
import {
  leaderboardAvatars,
  leaderboardDiscovery,
  leaderboardScenarios,
} from '../test/mocks/leaderboard-scenarios.js';

interface LeaderboardArgs {
  board: string;
  apiBase: string;
  period: LeaderboardPeriod;
  category: string;
  /** Shows "Download the data". */
  withDownload?: boolean;
  headingLevel: number;
  /** Width of the column the widget sits in, to see its container queries at work. */
  width: number;
}

/** The written accessibility criteria; each one is a test in test/components/expert-leaderboard/. */
const CRITERIA = [
  'The leaderboard is a section named by its title; entries are a real `table` with a `caption`, column headers and the participant as each row’s header.',
  'Ties show "=3" on screen and read "3 (tie)".',
  'Avatars are decorative (`alt=""`, `loading="lazy"`); without one, initials hidden from assistive technology take their place.',
  'Periods are an ARIA `tablist`: only the selected tab is in the tab order; arrow keys, Home and End move between tabs and load that period. In forced colours the selected tab alone keeps its underline (Highlight), not just its weight.',
  'The period’s calendar range is given in words.',
  'The category filter is a labelled `select`; after a change of category or period, "Showing 20 of 44 participants" is announced politely.',
  'Each points breakdown opens with a real button named after the participant that says whether it is expanded (`aria-expanded`).',
  'The signed-in participant’s own row says "(You)" in words, and is pinned under "Your position" when outside the shown entries.',
  '"Show more" is never disabled while it loads (`aria-disabled`, presses ignored), so focus stays on it; then focus moves to the first new row and "Showing 40 of 83 participants" is announced. A failed page is an alert and the button retries.',
  '"How points are earned" is a native disclosure listing each action, its points, the daily cap and whether staff are ranked.',
  'At 320 px the table keeps its semantics, also with WCAG text spacing (names and labels wrap); breakdown buttons keep a 24 px target and their names.',
  'Text from the backend is always text, isolated for bidirectional display (direction marks in a name reorder nothing around it).',
  '"Download the data" (`with-download`, on backends that publish exports) lists each dataset with CSV and JSON links whose names say which dataset they download.',
  'Loading reserves the widget’s height and says "Loading…"; a failed load is an alert with a "Try again" button.',
];

const ACCESSIBILITY = `
\`<civic-expert-leaderboard>\` ranks the participants who earned the most points in a calendar
period, optionally for one category of topic experts, with the rules for earning points.

**Accessibility criteria**

${CRITERIA.map((criterion) => `- ${criterion}`).join('\n')}
`;

function render({
  board,
  apiBase,
  period,
  category,
  withDownload,
  headingLevel,
  width,
}: LeaderboardArgs): TemplateResult {
  return html`<div style="max-width: ${width}px">
    <civic-expert-leaderboard
      board=${board}
      api-base=${apiBase}
      period=${period}
      category=${category || nothing}
      ?with-download=${withDownload ?? false}
      heading-level=${headingLevel || nothing}
    >
      <a href="https://participate.example.kz/leaderboards/${board}">Top contributors on the city portal</a>
    </civic-expert-leaderboard>
  </div>`;
}

const meta = {
  title: 'Components/Expert leaderboard',
  component: 'civic-expert-leaderboard',
  args: {
    board: 'experts',
    apiBase: MOCK_API_BASE,
    period: 'month',
    category: '',
    headingLevel: 2,
    width: 720,
  },
  argTypes: {
    board: { control: 'text' },
    apiBase: { name: 'api-base', control: 'text' },
    period: { control: 'inline-radio', options: [...LEADERBOARD_PERIODS] },
    withDownload: { name: 'with-download', control: 'boolean' },
    category: { control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    width: { control: { type: 'range', min: 320, max: 900, step: 10 } },
  },
  parameters: {
    msw: {
      handlers: {
        discovery: leaderboardDiscovery(),
        avatars: leaderboardAvatars(),
        leaderboards: leaderboardScenarios.month,
      },
    },
    docs: { description: { component: ACCESSIBILITY } },
  },
  render,
} satisfies Meta<LeaderboardArgs>;

export default meta;
type Story = StoryObj<LeaderboardArgs>;

function boards(handlers: (typeof leaderboardScenarios)[keyof typeof leaderboardScenarios]) {
  return { msw: { handlers: { leaderboards: handlers } } };
}

/** This month's ranking, with ties at 3rd and 5th place. */
export const Month: Story = {};

/** "Download the data" (`with-download`): the ranks and scores (never who) as CSV and JSON, on a backend that publishes exports. */
export const WithDownload: Story = {
  args: { withDownload: true },
  parameters: { msw: { handlers: { discovery: discoveryHandlers() } } },
};

/** This week. */
export const Week: Story = { args: { period: 'week' } };

/** This quarter. */
export const Quarter: Story = { args: { period: 'quarter' } };

/** This year. */
export const Year: Story = { args: { period: 'year' } };

/** All time: no calendar range. */
export const AllTime: Story = { args: { period: 'all' } };

/** Topic experts in one category. */
export const Category: Story = { args: { category: 'transport' } };

/** The signed-in participant is 23rd: their row is pinned below. */
export const OwnRowPinned: Story = { parameters: boards(leaderboardScenarios.meOutside) };

/** The signed-in participant is 2nd: their row is marked in place. */
export const OwnRowInPlace: Story = { parameters: boards(leaderboardScenarios.meInside) };

/** More entries than one page: "Show more". */
export const Paged: Story = { parameters: boards(leaderboardScenarios.paged) };

/** Nobody has points yet. */
export const Empty: Story = { parameters: boards(leaderboardScenarios.empty) };

/** On a 320 px phone. */
export const Phone: Story = { args: { width: 320 }, parameters: boards(leaderboardScenarios.meOutside) };

/** The backend never answers. */
export const Loading: Story = { parameters: boards(leaderboardScenarios.loading) };

/** The backend fails: an alert and a "Try again" button. */
export const LoadError: Story = { parameters: boards(leaderboardScenarios.error) };

/** The backend answers with data that breaks the protocol. */
export const MalformedData: Story = { parameters: boards(leaderboardScenarios.malformed) };

/** Markup in every text field stays text. */
export const HostileText: Story = { parameters: boards(leaderboardScenarios.hostile) };

/** A Russian page. */
export const Russian: Story = {
  globals: { locale: 'ru' },
  parameters: boards(leaderboardScenarios.meOutside),
};

/** A Kazakh page. */
export const Kazakh: Story = {
  globals: { locale: 'kk' },
  parameters: boards(leaderboardScenarios.meOutside),
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, parameters: boards(leaderboardScenarios.meOutside) };

/** The written accessibility criteria, next to the widget they describe. */
export const Accessibility: Story = {
  render: (args) =>
    html`<section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Accessibility criteria of the expert leaderboard</h2>
        <ul>
          ${CRITERIA.map((criterion) => html`<li>${criterion.replace(/`/g, '')}</li>`)}
        </ul>
      </section>
      ${render({ ...args, headingLevel: 3 })}`,
};
