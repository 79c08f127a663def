import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { MOCK_API_BASE } from '../test/mocks/handlers.js';
import { confirmScenarios, petitionDiscovery, petitionScenarios } from '../test/mocks/petition-scenarios.js';

interface SignatureConfirmArgs {
  token: string;
  apiBase: string;
  headingLevel: number;
}

const CRITERIA = [
  'Nothing is confirmed until the citizen presses the "Confirm my signature" button (mail scanners open every link in an email).',
  'After confirming, focus moves to the "Thank you" heading, which names the petition (a link) and its new count.',
  'An expired or unknown link says so in words, with what to do next.',
  'If the server cannot be reached, an alert says the signature has not been confirmed yet, and the button becomes "Try again".',
  'While confirming, the button says "Confirming…" and is marked unavailable.',
  'A link without a token explains how to open it again.',
];

const ACCESSIBILITY = `
\`<civic-signature-confirm>\` goes on the page the confirmation email links to. It reads the token
from the link (\`?token=…\`) or its \`token\` attribute, and confirms only when the citizen presses
the button. It fires \`civic-signature-confirmed\` with \`{petitionId}\`.

**Accessibility criteria**

${CRITERIA.map((criterion) => `- ${criterion}`).join('\n')}
`;

const TOKEN = 'kX9d2VqP0sLmN4bR7tYw1eZc';

const pressed = new WeakSet<Element>();

/** Story scripting: press the button once it is there, as the citizen would. */
function pressConfirm() {
  return ref((element) => {
    if (!element || pressed.has(element)) return;
    pressed.add(element);
    void (async () => {
      for (let tries = 0; tries < 200; tries++) {
        const button = element.shadowRoot?.querySelector('button');
        if (button) {
          button.click();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
  });
}

function renderConfirm(
  { token, apiBase, headingLevel }: SignatureConfirmArgs,
  press = false,
): TemplateResult {
  return html`<div style="max-width: 640px">
    <civic-signature-confirm
      token=${token || nothing}
      api-base=${apiBase}
      heading-level=${headingLevel}
      ${press ? pressConfirm() : nothing}
    ></civic-signature-confirm>
  </div>`;
}

const meta = {
  title: 'Components/Signature confirm',
  component: 'civic-signature-confirm',
  args: { token: TOKEN, apiBase: MOCK_API_BASE, headingLevel: 2 },
  argTypes: {
    token: { control: 'text' },
    apiBase: { name: 'api-base', control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
  },
  parameters: {
    msw: {
      handlers: {
        discovery: petitionDiscovery(),
        petitions: petitionScenarios.thresholdReached,
        confirmations: confirmScenarios.confirmed,
      },
    },
    docs: { description: { component: ACCESSIBILITY } },
  },
  render: (args) => renderConfirm(args),
} satisfies Meta<SignatureConfirmArgs>;

export default meta;
type Story = StoryObj<SignatureConfirmArgs>;

/** The landing page of the email link: one button, nothing sent yet. */
export const Ready: Story = {};

/** Confirmed: the petition and its new count. */
export const Confirmed: Story = { render: (args) => renderConfirm(args, true) };

/** The server is slow to confirm. */
export const Confirming: Story = {
  parameters: { msw: { handlers: { confirmations: confirmScenarios.slow } } },
  render: (args) => renderConfirm(args, true),
};

/** The link expired or was never valid (410). */
export const InvalidToken: Story = {
  parameters: { msw: { handlers: { confirmations: confirmScenarios.invalidToken } } },
  render: (args) => renderConfirm(args, true),
};

/** The petition closed before the signature was confirmed. */
export const PetitionClosed: Story = {
  parameters: { msw: { handlers: { confirmations: confirmScenarios.closed } } },
  render: (args) => renderConfirm(args, true),
};

/** The server cannot be reached: not confirmed yet, "Try again". */
export const NetworkFailure: Story = {
  parameters: { msw: { handlers: { confirmations: confirmScenarios.networkError } } },
  render: (args) => renderConfirm(args, true),
};

/** A link that lost its token on the way (a mail client cut it). */
export const MissingToken: Story = { args: { token: '' } };

/** Russian. */
export const Russian: Story = { globals: { locale: 'ru' }, render: (args) => renderConfirm(args, true) };

/** Kazakh. */
export const Kazakh: Story = { globals: { locale: 'kk' } };

/** The dark theme, confirmed. */
export const Dark: Story = { globals: { theme: 'dark' }, render: (args) => renderConfirm(args, true) };

/** The written accessibility criteria, next to the widget they describe. */
export const Accessibility: Story = {
  render: (args) =>
    html`<section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Accessibility criteria of the signature confirmation</h2>
        <ul>
          ${CRITERIA.map((criterion) => html`<li>${criterion}</li>`)}
        </ul>
      </section>
      ${renderConfirm(args)}`,
};
