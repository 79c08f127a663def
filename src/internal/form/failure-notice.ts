import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** What a form says when a submission did not go through. */
export interface FailureNotice {
  /** The "not sent" line above the message (with a hidden "Error:"), if the form shows one. */
  readonly title?: string;
  readonly message: string;
  /** Offered when the same submission can be sent again. */
  readonly retry?: {
    /** Says the answers are kept. */
    readonly kept: string;
    /** The button's words ("Try again", or "Sending…" while it is sent). */
    readonly label: string;
    readonly busy: boolean;
    readonly onRetry: () => void;
  };
}

/** An alert box the form focuses after a failed submission, with "Try again" when a retry may help. */
export function renderFailureNotice(localize: LocalizeController, notice: FailureNotice): TemplateResult {
  const { title, retry } = notice;
  return html`<div class="failure" role="alert" tabindex="-1">
    ${
      title === undefined
        ? nothing
        : html`<p class="failure-title">
            <span class="visually-hidden">${localize.term('error.prefix')}</span>
            ${title}
          </p>`
    }
    <p>${notice.message}</p>
    ${
      retry
        ? html`<p>${retry.kept}</p>
            <button
              type="button"
              class="button"
              aria-disabled=${retry.busy ? 'true' : 'false'}
              @click=${retry.onRetry}
            >
              ${retry.label}
            </button>`
        : nothing
    }
  </div>`;
}
