import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { MOCK_API_BASE } from '../test/mocks/handlers.js';
import {
  petitionDiscovery,
  petitionScenarios,
  signatureScenarios,
} from '../test/mocks/petition-scenarios.js';

interface SignatureFormArgs {
  petition: string;
  apiBase: string;
  headingLevel: number;
  resendDelay: number;
}

/** What a story types into the form before sending it. */
interface Answers {
  readonly [name: string]: string | boolean;
}

const CRITERIA = [
  'Every field has a visible label; optional fields say "(optional)". Fields ask for what the backend lists, with the right `autocomplete` token (name, email, postal-code, address-level1, country, street-address).',
  'Hints come before the field, and `aria-describedby` lists the hint, then the error.',
  'Answers are checked when the form is sent. An error summary titled "There is a problem" appears at the top as an alert and takes focus; each of its links moves focus to its field.',
  'Each field in error shows its message above the field, starting with a visually hidden "Error:", and has `aria-invalid="true"`. Errors from the server land on the same fields.',
  'Nothing relies on colour alone: errors have words and a thick bar, the checkboxes are large.',
  'No CAPTCHA. The honeypot field is off screen, hidden from assistive technology and out of the tab order.',
  'While sending, the button says "Sending…" and is marked unavailable; a second press sends nothing.',
  'If the server cannot be reached, an alert says plainly that the signature has NOT been sent and offers "Try again", which resends the same submission (the same Idempotency-Key).',
  'After sending, focus moves to the "Check your email" heading; the address is shown partly masked. "Send the email again" becomes available after a short wait, and its result is announced.',
  'A petition that cannot be signed says why instead of showing the form.',
  'The whole form works with the keyboard alone.',
];

const ACCESSIBILITY = `
\`<civic-signature-form>\` asks for what the backend's \`signatureForm\` lists and sends the signature.
The signer then confirms by email (\`<civic-signature-confirm>\` on the page the email links to).
It fires \`civic-signed\` with \`{petitionId}\` only: the page never learns who signed.

**Accessibility criteria**

${CRITERIA.map((criterion) => `- ${criterion}`).join('\n')}
`;

const VALID: Answers = {
  name: 'Dana Seitkali',
  email: 'dana@example.kz',
  postcode: 'A05E3X4',
  region: 'ALM-MED',
  eligible: true,
  ageConfirmed: true,
};

const scripted = new WeakSet<Element>();

/**
 * Story scripting: once the form has loaded, type `answers` in and send it, as a citizen would, so
 * the error, failure and success states can be seen (and audited) without clicking.
 */
function fillAndSend(answers: Answers) {
  return ref((element) => {
    if (!element || scripted.has(element)) return;
    scripted.add(element);
    void (async () => {
      for (let tries = 0; tries < 200; tries++) {
        const form = element.shadowRoot?.querySelector('form');
        if (form) {
          for (const [name, value] of Object.entries(answers)) {
            const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
            if (control instanceof HTMLInputElement && control.type === 'checkbox')
              control.checked = value === true;
            else if (control) control.value = String(value);
          }
          form.requestSubmit();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
  });
}

function renderForm(
  { petition, apiBase, headingLevel, resendDelay }: SignatureFormArgs,
  answers?: Answers,
): TemplateResult {
  return html`<div style="max-width: 640px">
    <civic-signature-form
      petition=${petition}
      api-base=${apiBase}
      heading-level=${headingLevel}
      resend-delay=${resendDelay}
      ${answers ? fillAndSend(answers) : nothing}
    ></civic-signature-form>
  </div>`;
}

const meta = {
  title: 'Components/Signature form',
  component: 'civic-signature-form',
  args: { petition: '241584', apiBase: MOCK_API_BASE, headingLevel: 2, resendDelay: 30 },
  argTypes: {
    petition: { control: 'text' },
    apiBase: { name: 'api-base', control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    resendDelay: { name: 'resend-delay', control: { type: 'number', min: 0, max: 120 } },
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
  render: (args) => renderForm(args),
} satisfies Meta<SignatureFormArgs>;

export default meta;
type Story = StoryObj<SignatureFormArgs>;

/** The empty form of a city petition: name, email, postcode, district, residence, age, opt-in. */
export const Empty: Story = {};

/** Sent empty: the error summary takes focus and every field says what to fix. */
export const ErrorsShown: Story = { render: (args) => renderForm(args, {}) };

/** Some answers are wrong: only those fields are in error. */
export const SomeErrors: Story = {
  render: (args) =>
    renderForm(args, { ...VALID, email: 'dana@example', postcode: '050000', ageConfirmed: false }),
};

/** The server refuses the email and the postcode (422): its errors land on the same fields. */
export const ServerFieldErrors: Story = {
  parameters: { msw: { handlers: { signatures: signatureScenarios.fieldErrors } } },
  render: (args) => renderForm(args, VALID),
};

/** The connection drops on every try: the signature has NOT been sent, and "Try again" resends it. */
export const NetworkFailure: Story = {
  parameters: { msw: { handlers: { signatures: signatureScenarios.networkError } } },
  render: (args) => renderForm(args, VALID),
};

/** The server is slow: "Sending…", and the button does nothing more until it answers. */
export const Sending: Story = {
  parameters: { msw: { handlers: { signatures: signatureScenarios.slow } } },
  render: (args) => renderForm(args, VALID),
};

/** Sent: "Check your email", with the address partly masked. */
export const Success: Story = { render: (args) => renderForm(args, VALID) };

/** The backend wants a signed-in citizen (401): the page is told through `civic-auth-required`. */
export const SignInNeeded: Story = {
  parameters: { msw: { handlers: { signatures: signatureScenarios.authRequired } } },
  render: (args) => renderForm(args, VALID),
};

/** The US manner: name, email, an optional ZIP code, 13 or older. */
export const UsForm: Story = {
  parameters: { msw: { handlers: { petitions: petitionScenarios.usThresholds } } },
};

/** A closed petition: the form explains instead of asking. */
export const PetitionClosed: Story = {
  parameters: { msw: { handlers: { petitions: petitionScenarios.closed } } },
};

/** A rejected petition cannot be signed. */
export const PetitionRejected: Story = {
  parameters: { msw: { handlers: { petitions: petitionScenarios.rejected } } },
};

/** The petition is still loading. */
export const Loading: Story = { parameters: { msw: { handlers: { petitions: petitionScenarios.loading } } } };

/** The petition failed to load. */
export const LoadError: Story = { parameters: { msw: { handlers: { petitions: petitionScenarios.error } } } };

/** Russian. */
export const Russian: Story = {
  globals: { locale: 'ru' },
  parameters: { msw: { handlers: { petitions: petitionScenarios.russian } } },
  render: (args) => renderForm(args, {}),
};

/** Kazakh. */
export const Kazakh: Story = {
  globals: { locale: 'kk' },
  parameters: { msw: { handlers: { petitions: petitionScenarios.kazakh } } },
  render: (args) => renderForm(args, {}),
};

/** The dark theme, with errors. */
export const Dark: Story = { globals: { theme: 'dark' }, render: (args) => renderForm(args, {}) };

/** The dark theme, sent. */
export const DarkSuccess: Story = { globals: { theme: 'dark' }, render: (args) => renderForm(args, VALID) };

/** The written accessibility criteria, next to the form they describe. */
export const Accessibility: Story = {
  render: (args) =>
    html`<section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Accessibility criteria of the signature form</h2>
        <ul>
          ${CRITERIA.map((criterion) => html`<li>${criterion.replace(/`/g, '')}</li>`)}
        </ul>
      </section>
      ${renderForm(args)}`,
};
