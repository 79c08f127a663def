import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { MOCK_API_BASE, scenarios } from '../test/mocks/handlers.js';
import './support/context-probe.js';

interface ProviderArgs {
  apiBase: string;
  locale: '' | 'en' | 'ru' | 'kk';
}

const ACCESSIBILITY = `
\`<civic-provider>\` connects the widgets inside it to a backend (\`api-base\`) and gives them a
language (\`locale\`). It renders nothing of its own (\`display: contents\`, and no shadow root:
the page's CSS styles what it wraps as anywhere else), so it never changes the page's layout,
reading order or accessibility tree.

The example widget below reads what the provider gives: the language, numbers and plurals in
that language, and the backend's discovery document fetched with the provider's client (mocked
with msw). Switch the toolbar language to see the page language apply when \`locale\` is empty.

**Accessibility criteria**

- The provider adds no roles, names, focus stops or visible content; its children read as if it
  were not there.
- A widget's language is, in order: its own \`lang\`, the provider's \`locale\`, the closest
  \`lang\` on the page, \`<html lang>\`, English. Text in another language than the page is
  marked with \`lang\` so screen readers switch voice.
- Loading and failure are announced (a status message, an alert) and a failed load offers a
  real "Try again" button.
`;

const meta = {
  title: 'Components/Provider',
  component: 'civic-provider',
  args: { apiBase: MOCK_API_BASE, locale: 'kk' },
  argTypes: {
    apiBase: { name: 'api-base', control: 'text' },
    locale: { control: 'inline-radio', options: ['', 'en', 'ru', 'kk'] },
  },
  parameters: {
    msw: { handlers: { discovery: scenarios.discovery.default } },
    docs: { description: { component: ACCESSIBILITY } },
  },
  render: ({ apiBase, locale }) =>
    html`<civic-provider api-base=${apiBase} locale=${locale || nothing}>
      <p>Everything inside this provider talks to <code>${apiBase}</code>.</p>
      <civic-story-context></civic-story-context>
    </civic-provider>`,
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** A provider that sets Kazakh for the widgets inside it. */
export const Default: Story = {};

/** The same provider in Russian. */
export const Russian: Story = { args: { locale: 'ru' } };

/** Without `locale`, widgets follow the page's language (the toolbar's language here). */
export const FollowsPageLanguage: Story = { args: { locale: '' } };

/** A nested provider switches the language of one section and keeps the outer provider's backend. */
export const NestedSection: Story = {
  render: ({ apiBase }) =>
    html`<civic-provider api-base=${apiBase} locale="kk">
      <civic-story-context></civic-story-context>
      <section aria-label="Русская версия">
        <civic-provider locale="ru">
          <p lang="ru">Этот раздел на русском языке.</p>
          <civic-story-context></civic-story-context>
        </civic-provider>
      </section>
    </civic-provider>`,
};

/** The backend only supports petitions. */
export const PetitionsOnlyBackend: Story = {
  parameters: { msw: { handlers: { discovery: scenarios.discovery.petitionsOnly } } },
};

/** Discovery never answers: widgets stay in their loading state. */
export const Loading: Story = {
  parameters: { msw: { handlers: { discovery: scenarios.discovery.pending } } },
};

/** Discovery fails with a server error: widgets show a localized error and a retry button. */
export const BackendError: Story = {
  parameters: { msw: { handlers: { discovery: scenarios.discovery.error } } },
};

/** Discovery answers with a document that breaks the protocol: the client rejects it. */
export const MalformedAnswer: Story = {
  parameters: { msw: { handlers: { discovery: scenarios.discovery.malformed } } },
};
