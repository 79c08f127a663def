import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { FUNDING_PROGRESS_VARIANTS } from '../src/components/funding-progress/funding-progress.types.js';
import type { FundingProgressVariant } from '../src/components/funding-progress/funding-progress.types.js';
import { discoveryHandlers, MOCK_API_BASE } from '../test/mocks/handlers.js';
import { campaignDiscovery, campaignScenarios } from '../test/mocks/campaign-scenarios.js';

interface FundingProgressArgs {
  campaign: string;
  apiBase: string;
  variant: FundingProgressVariant;
  withBackers: boolean;
  /** Shows "Download the data". */
  withDownload?: boolean;
  headingLevel: number;
  /** Width of the column the widget sits in, to see its container queries at work. */
  width: number;
}

/** The written accessibility criteria; each one is a test in test/components/funding-progress/. */
const CRITERIA = [
  'The campaign is an `article` named by its title, a real heading whose level the page sets (`heading-level`).',
  'The state ("Open", "Funded", "Ended", "Not funded") and the kind of campaign are words, never a colour alone.',
  'Progress is a `progressbar` whose `aria-valuetext` reads the whole sentence: amount raised of the goal, the percentage, what is still needed or by how much the goal was exceeded, the next stretch goal, the backers, the minimum and the time left.',
  'Percentages are rounded down and never read "0 %" for a non-zero amount; past the goal they keep counting ("134 % funded").',
  'Money is formatted for the reader’s language from integer minor units, in the campaign’s currency.',
  'Stretch goals are listed in words with whether each is reached; the marks on the bar only repeat them. At 320 px with WCAG text spacing their rows wrap instead of overflowing.',
  'Changed totals are announced through a polite live region, at most once every 5 seconds.',
  '"Support this project" is a real link to the backend’s page; the widget takes no payments.',
  'Recent supporters (`with-backers`) are shown by display name only.',
  'Text from the backend is always text: markup in a title or a name is shown, never run; direction marks in it reorder nothing around it (bidi isolation).',
  '"Download the data" (`with-download`, on backends that publish exports) lists each dataset with CSV and JSON links whose names say which dataset they download.',
  'Loading reserves the widget’s height and says "Loading…"; a failed load is an alert with a "Try again" button.',
  'Before the element upgrades (or if scripts fail), the link placed inside it is what readers get.',
];

const ACCESSIBILITY = `
\`<civic-funding-progress>\` shows a crowdfunding campaign's progress: raised of the goal, backers,
time left, the minimum and stretch goals, updated live. \`variant="compact"\` shows the bar alone.

**Accessibility criteria**

${CRITERIA.map((criterion) => `- ${criterion}`).join('\n')}
`;

function render({
  campaign,
  apiBase,
  variant,
  withBackers,
  withDownload,
  headingLevel,
  width,
}: FundingProgressArgs): TemplateResult {
  return html`<div style="max-width: ${width}px">
    <civic-funding-progress
      campaign=${campaign}
      api-base=${apiBase}
      variant=${variant}
      ?with-backers=${withBackers}
      ?with-download=${withDownload ?? false}
      heading-level=${headingLevel || nothing}
    >
      <a href="https://participate.example.kz/campaigns/${campaign}"
        >Support the campaign on the city portal</a
      >
    </civic-funding-progress>
  </div>`;
}

const meta = {
  title: 'Components/Funding progress',
  component: 'civic-funding-progress',
  args: {
    campaign: 'c-301',
    apiBase: MOCK_API_BASE,
    variant: 'full',
    withBackers: false,
    headingLevel: 2,
    width: 640,
  },
  argTypes: {
    campaign: { control: 'text' },
    apiBase: { name: 'api-base', control: 'text' },
    variant: { control: 'inline-radio', options: [...FUNDING_PROGRESS_VARIANTS] },
    withBackers: { name: 'with-backers', control: 'boolean' },
    withDownload: { name: 'with-download', control: 'boolean' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    width: { control: { type: 'range', min: 280, max: 900, step: 10 } },
  },
  parameters: {
    msw: { handlers: { discovery: campaignDiscovery(), campaigns: campaignScenarios.open } },
    docs: { description: { component: ACCESSIBILITY } },
  },
  render,
} satisfies Meta<FundingProgressArgs>;

export default meta;
type Story = StoryObj<FundingProgressArgs>;

function campaigns(handlers: (typeof campaignScenarios)[keyof typeof campaignScenarios]) {
  return { msw: { handlers: { campaigns: handlers } } };
}

/** A donation campaign at 42 % of its goal, 12 days left. */
export const Open: Story = {};

/** With its most recent supporters, by display name only. */
export const WithBackers: Story = { args: { withBackers: true } };

/** "Download the data" (`with-download`): the campaign, its stretch goals and its history as CSV and JSON, on a backend that publishes exports. */
export const WithDownload: Story = {
  args: { withDownload: true },
  parameters: { msw: { handlers: { discovery: discoveryHandlers() } } },
};

/** One tiyn of ten million tenge: 1 %, never "0 %". */
export const FirstTiyn: Story = { parameters: campaigns(campaignScenarios.firstTiyn) };

/** All-or-nothing: the minimum is marked on the bar and said in words. */
export const Minimum: Story = { parameters: campaigns(campaignScenarios.withMinimum) };

/** Funded at 134 %: the overshoot, a reached stretch goal, and the bar heading for the next one. */
export const FundedWithStretchGoals: Story = { parameters: campaigns(campaignScenarios.funded) };

/** Past every stretch goal. */
export const AllStretchGoalsReached: Story = { parameters: campaigns(campaignScenarios.allStretchReached) };

/** Ended after reaching its goal. */
export const Closed: Story = { parameters: campaigns(campaignScenarios.closed) };

/** Ended below its minimum. */
export const Failed: Story = { parameters: campaigns(campaignScenarios.failed) };

/** Rewards for backers, in US dollars, without an end date. */
export const RewardKind: Story = { parameters: campaigns(campaignScenarios.reward) };

/** A community loan in euros, to be repaid. */
export const LendingKind: Story = { parameters: campaigns(campaignScenarios.lending) };

/** Shares in a cooperative, in roubles. */
export const EquityKind: Story = { parameters: campaigns(campaignScenarios.equity) };

/** The bar alone, for a sidebar. */
export const Compact: Story = { args: { variant: 'compact', width: 280 } };

/** The bar alone, past the goal. */
export const CompactFunded: Story = {
  args: { variant: 'compact', width: 280 },
  parameters: campaigns(campaignScenarios.funded),
};

/** The full widget squeezed into 280 px. */
export const Narrow: Story = {
  args: { width: 280, withBackers: true },
  parameters: campaigns(campaignScenarios.funded),
};

/** The backend never answers: the widget keeps its height and says "Loading…". */
export const Loading: Story = { parameters: campaigns(campaignScenarios.loading) };

/** The backend fails: an alert and a "Try again" button. */
export const LoadError: Story = { parameters: campaigns(campaignScenarios.error) };

/** The backend answers with data that breaks the protocol: an error and a retry, nothing thrown. */
export const MalformedData: Story = { parameters: campaigns(campaignScenarios.malformed) };

/** Markup in every text field stays text. */
export const HostileText: Story = {
  args: { withBackers: true },
  parameters: campaigns(campaignScenarios.hostile),
};

/** A Russian page. */
export const Russian: Story = { globals: { locale: 'ru' }, parameters: campaigns(campaignScenarios.russian) };

/** A Kazakh page, with Kazakh money and dates even where the browser lacks them. */
export const Kazakh: Story = { globals: { locale: 'kk' }, parameters: campaigns(campaignScenarios.kazakh) };

/** A Russian page, a loan in euros. */
export const RussianLending: Story = {
  globals: { locale: 'ru' },
  parameters: campaigns(campaignScenarios.lending),
};

/** The dark theme. */
export const Dark: Story = {
  args: { withBackers: true },
  globals: { theme: 'dark' },
  parameters: campaigns(campaignScenarios.funded),
};

/** The written accessibility criteria, next to the widget they describe. */
export const Accessibility: Story = {
  render: (args) =>
    html`<section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Accessibility criteria of the funding progress</h2>
        <ul>
          ${CRITERIA.map((criterion) => html`<li>${criterion.replace(/`/g, '')}</li>`)}
        </ul>
      </section>
      ${render({ ...args, headingLevel: 3 })}`,
};
