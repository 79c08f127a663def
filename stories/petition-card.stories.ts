import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { PETITION_CARD_VARIANTS } from '../src/components/petition-card/petition-card.types.js';
import type { PetitionCardVariant } from '../src/components/petition-card/petition-card.types.js';
import { discoveryHandlers, MOCK_API_BASE } from '../test/mocks/handlers.js';
import { historyDiscovery, historyScenarios } from '../test/mocks/petition-history-scenarios.js';
import {
  petitionDiscovery,
  petitionScenarios,
  signatureScenarios,
} from '../test/mocks/petition-scenarios.js';

interface PetitionCardArgs {
  petition: string;
  apiBase: string;
  variant: PetitionCardVariant;
  withForm: boolean;
  withDownload: boolean;
  headingLevel: number;
  embedScript: string;
  /** Width of the column the card sits in, to see its container queries at work. */
  width: number;
}

/** The written accessibility criteria of the card; each one is a test in test/components/petition-card/. */
const CRITERIA = [
  'The card is an `article` named by its title, a real heading whose level the page sets (`heading-level`).',
  'The state is a word ("Open", "Closed", "Rejected"), never a colour alone.',
  'The full text, the full response and the embed code open with real buttons that say whether they are expanded (`aria-expanded`).',
  'Progress is a `progressbar` whose `aria-valuetext` reads the whole sentence: signatures, the goal, the percentage and how many more are needed. A non-zero count never reads "0 %".',
  'Every goal is listed in words with whether it is reached; the marks on the bar only repeat it. At 320 px with WCAG text spacing the goal rows and the regions table wrap (inside a long word if they must) instead of overflowing.',
  'Paper signatures are included in the total and said so.',
  'A changing count is announced through a polite live region, at most once every 5 seconds, with the petition’s title. The number rolls to the new figure unless the reader prefers reduced motion.',
  'Signatures by region are a real table with row and column headers; its bars are hidden from assistive technology. "Show all" is a button that says whether the full list is shown.',
  '"Signatures over time" (when the backend keeps count history) is a button in a heading that says whether it is expanded; nothing is requested until it opens, and focus stays on it. The chart is an image named by its first and last counts and dates; "Show as a table" gives the count at the end of each day in a real table. Loading, a failed load (an alert with "Try again", which returns focus to the button) and an empty history are said in words. It fits 320 px with WCAG text spacing and uses system colours in forced-colours mode.',
  '"Download the data" (`with-download`, on backends that publish exports) lists each dataset with CSV and JSON links whose names say which dataset they download.',
  '"Link copied" and "Code copied" are announced through a status region.',
  'Petition text in another language than the page is marked with `lang`.',
  'Text from the backend is always text: markup in a title or a name is shown, never run.',
  'Loading reserves the card’s height and says "Loading…"; a failed load is an alert with a "Try again" button; a petition that no longer exists says so.',
  'Before the element upgrades (or if scripts fail), the link placed inside it is what readers get.',
];

const ACCESSIBILITY = `
\`<civic-petition-card>\` shows one petition: what it asks, who started it, its signatures counting up
live towards the next goal, its deadline, and the authority's response or debate. Put a link to
the petition page inside the element: it is what readers see before the script runs, and if it fails.

It fits any column from 280 to 900 pixels (container queries), and \`variant="compact"\` makes a
short card for a sidebar. Add \`with-form\` (or a \`<civic-signature-form slot="form">\`) to sign in place.

**Accessibility criteria**

${CRITERIA.map((criterion) => `- ${criterion}`).join('\n')}
`;

const EMBED_SCRIPT = 'https://cdn.example.kz/civic-widgets/0.1.0/civic-widgets.js';

function column(width: number, content: TemplateResult): TemplateResult {
  return html`<div style="max-width: ${width}px">${content}</div>`;
}

function renderCard({
  petition,
  apiBase,
  variant,
  withForm,
  withDownload,
  headingLevel,
  embedScript,
  width,
}: PetitionCardArgs): TemplateResult {
  return column(
    width,
    html`<civic-petition-card
      petition=${petition}
      api-base=${apiBase}
      variant=${variant}
      ?with-form=${withForm}
      ?with-download=${withDownload}
      heading-level=${headingLevel}
      embed-script=${embedScript || nothing}
    >
      <a href="https://participate.example.kz/petitions/${petition}">Read the petition on the city portal</a>
    </civic-petition-card>`,
  );
}

const meta = {
  title: 'Components/Petition card',
  component: 'civic-petition-card',
  args: {
    petition: '241584',
    apiBase: MOCK_API_BASE,
    variant: 'full',
    withForm: false,
    withDownload: false,
    headingLevel: 2,
    embedScript: EMBED_SCRIPT,
    width: 900,
  },
  argTypes: {
    petition: { control: 'text' },
    apiBase: { name: 'api-base', control: 'text' },
    variant: { control: 'inline-radio', options: [...PETITION_CARD_VARIANTS] },
    withForm: { name: 'with-form', control: 'boolean' },
    withDownload: { name: 'with-download', control: 'boolean' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    embedScript: { name: 'embed-script', control: 'text' },
    width: { control: { type: 'range', min: 280, max: 900, step: 10 } },
  },
  parameters: {
    msw: {
      handlers: {
        discovery: petitionDiscovery(),
        petitions: petitionScenarios.open,
        signatures: signatureScenarios.accepted,
      },
    },
    docs: { description: { component: ACCESSIBILITY } },
  },
  render: (args) => renderCard(args),
} satisfies Meta<PetitionCardArgs>;

export default meta;
type Story = StoryObj<PetitionCardArgs>;

function petitions(handlers: (typeof petitionScenarios)[keyof typeof petitionScenarios]) {
  return { msw: { handlers: { petitions: handlers } } };
}

/** An open petition collecting signatures towards an official response at 10,000. */
export const Open: Story = {};

/** 126 signatures short of the first goal. */
export const NearThreshold: Story = { parameters: petitions(petitionScenarios.nearThreshold) };

/** Past 10,000: the official response is awaited, and the bar now heads for the debate at 100,000. */
export const ThresholdReached: Story = { parameters: petitions(petitionScenarios.thresholdReached) };

/** The akimat has answered: summary, full response behind a button, date and links. */
export const Responded: Story = { parameters: petitions(petitionScenarios.responded) };

/** Both goals reached and a debate in the maslikhat scheduled. */
export const DebateScheduled: Story = { parameters: petitions(petitionScenarios.debateScheduled) };

/** Closed after the debate, with the transcript and the video. */
export const Debated: Story = { parameters: petitions(petitionScenarios.debated) };

/** Closed at its deadline without reaching a goal. */
export const Closed: Story = { parameters: petitions(petitionScenarios.closed) };

/** Rejected by the moderators, with the reason in the reader's language. */
export const Rejected: Story = { parameters: petitions(petitionScenarios.rejected) };

/** Still collecting its first supporters: not open for signatures yet. */
export const NotYetOpen: Story = { parameters: petitions(petitionScenarios.notYetOpen) };

/** The US ladder: 150 signatures to be published, then 100,000 for a response. */
export const UsThresholds: Story = { parameters: petitions(petitionScenarios.usThresholds) };

/** One signature of 10,000: the bar shows 1 %, never "0 %". */
export const FirstSignature: Story = { parameters: petitions(petitionScenarios.firstSignature) };

/** A backend without thresholds: the count, no bar. */
export const NoThresholds: Story = { parameters: petitions(petitionScenarios.noThresholds) };

/** The short card for a 280 px sidebar. */
export const Compact: Story = { args: { variant: 'compact', width: 280 } };

/** The short card of a petition past its first goal. */
export const CompactThresholdReached: Story = {
  args: { variant: 'compact', width: 280 },
  parameters: petitions(petitionScenarios.thresholdReached),
};

/** The full card squeezed into 280 px: everything stacks. */
export const FullNarrow: Story = { args: { width: 280 } };

/** With `with-form`, the card renders the signature form below the petition. */
export const WithForm: Story = { args: { withForm: true } };

/** The page's own `<civic-signature-form slot="form">` inside the card. */
export const FormInSlot: Story = {
  render: ({ petition, apiBase, width }) =>
    column(
      width,
      html`<civic-petition-card petition=${petition} api-base=${apiBase} embed-script=${EMBED_SCRIPT}>
        <a href="https://participate.example.kz/petitions/${petition}"
          >Read the petition on the city portal</a
        >
        <civic-signature-form slot="form" petition=${petition} api-base=${apiBase} heading-level="3">
        </civic-signature-form>
      </civic-petition-card>`,
    ),
};

/** The backend never answers: the card keeps its height and says "Loading…". */
export const Loading: Story = { parameters: petitions(petitionScenarios.loading) };

/** The backend fails: an alert and a "Try again" button. */
export const LoadError: Story = { parameters: petitions(petitionScenarios.error) };

/** The petition no longer exists (404). */
export const NotFound: Story = { parameters: petitions(petitionScenarios.notFound) };

/** The petition was removed (410). */
export const Gone: Story = { parameters: petitions(petitionScenarios.gone) };

/** The backend answers with data that breaks the protocol: an error and a retry, nothing thrown. */
export const MalformedData: Story = { parameters: petitions(petitionScenarios.malformed) };

/** Markup in every text field stays text. */
export const HostileText: Story = { parameters: petitions(petitionScenarios.hostile) };

/** A Russian page with a petition written in Russian. */
export const Russian: Story = {
  globals: { locale: 'ru' },
  parameters: petitions(petitionScenarios.russian),
};

/** A Kazakh page with a petition written in Kazakh. */
export const Kazakh: Story = {
  globals: { locale: 'kk' },
  parameters: petitions(petitionScenarios.kazakh),
};

/** An English petition on a Kazakh page: the interface is Kazakh, the petition text is marked `lang="en"`. */
export const KazakhPageEnglishPetition: Story = {
  globals: { locale: 'kk' },
  parameters: petitions(petitionScenarios.responded),
};

function historyDiscoveryWithExports() {
  return discoveryHandlers({
    features: ['petitions', 'petitions.history', 'exports'],
    pollIntervalSeconds: 30,
  });
}

function withHistory(handlers: (typeof historyScenarios)[keyof typeof historyScenarios]) {
  return { msw: { handlers: { discovery: historyDiscovery(), history: handlers } } };
}

/** A backend that keeps count history: "Signatures over time" loads the chart when opened. */
export const SignaturesOverTime: Story = { parameters: withHistory(historyScenarios.default) };

/** A history of three days: its table has three rows. */
export const SignaturesOverTimeShort: Story = { parameters: withHistory(historyScenarios.short) };

/** No signature counted yet: the history says so. */
export const SignaturesOverTimeEmpty: Story = { parameters: withHistory(historyScenarios.empty) };

/** The history cannot be read: an error with "Try again" once opened. */
export const SignaturesOverTimeError: Story = { parameters: withHistory(historyScenarios.malformed) };

/** Signatures over time in the dark theme. */
export const SignaturesOverTimeDark: Story = {
  globals: { theme: 'dark' },
  parameters: withHistory(historyScenarios.default),
};

/** "Download the data": the petition's CSV and JSON exports, on a backend that publishes them. */
export const WithDownload: Story = {
  args: { withDownload: true },
  parameters: { msw: { handlers: { discovery: historyDiscoveryWithExports() } } },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: petitions(petitionScenarios.responded),
};

/** The compact card in the dark theme. */
export const CompactDark: Story = {
  args: { variant: 'compact', width: 280 },
  globals: { theme: 'dark' },
};

/** The written accessibility criteria, next to the card they describe. */
export const Accessibility: Story = {
  render: (args) =>
    html`<section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Accessibility criteria of the petition card</h2>
        <ul>
          ${CRITERIA.map((criterion) => html`<li>${criterion.replace(/`/g, '')}</li>`)}
        </ul>
      </section>
      ${renderCard(args)}`,
};
