import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import {
  CivicApiError,
  createIdempotencyKey,
  isAuthRequired,
  isOriginNotAllowed,
} from '../../client/index.js';
import { warnIfOriginNotAllowed } from '../../internal/form/origin-warning.js';
import { rateLimitWait } from '../../internal/form/rate-limit.js';
import type { CivicClient } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { FLAG_REASONS } from '../../protocol/ideas.js';
import type { FlagReason, Idea } from '../../protocol/ideas.js';
import { ModalDialogController } from './modal-dialog.js';
import { flagIdea } from '../../protocol/endpoints/ideas.js';
import { isolate, userText } from '../../internal/user-text.js';

export interface ReportDialogOptions {
  readonly localize: LocalizeController;
  readonly client: () => CivicClient | undefined;
  readonly announce: (text: string) => void;
  readonly onAuthRequired: () => void;
  readonly root: () => ParentNode;
}

function isFlagReason(value: unknown): value is FlagReason {
  return (FLAG_REASONS as readonly unknown[]).includes(value);
}

/**
 * "Report this idea" in a modal `<dialog>`: a reason (spam, offensive, off-topic), then the report.
 * The browser's modal dialog keeps focus inside and closes on Escape; focus returns to the button
 * that opened it. One Idempotency-Key per idea and reason, so sending twice reports once.
 */
export class ReportDialogController extends ModalDialogController<Idea> {
  private readonly options: ReportDialogOptions;
  private missingReason = false;
  /** Why the last report was not sent: the backend refuses this page's origin, a limit on reports, or anything else. */
  private failed: 'originNotAllowed' | 'rateLimited' | 'other' | undefined;
  /** Seconds to wait before reporting again, when the limit on reports refused the last one and said. */
  private wait: number | undefined;
  private sending = false;
  private attempt: { readonly ideaId: string; readonly reason: FlagReason; readonly key: string } | undefined;

  constructor(host: ReactiveControllerHost, options: ReportDialogOptions) {
    super(host, options.root, 'report-dialog');
    this.options = options;
  }

  /** Opens the dialog for an idea; focus goes back to `trigger` when it closes. */
  override open(idea: Idea, trigger: HTMLElement): void {
    this.missingReason = false;
    this.failed = undefined;
    super.open(idea, trigger);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const idea = this.subject;
    const client = this.options.client();
    if (!idea || !client || this.sending) return;
    const reason = new FormData(event.currentTarget as HTMLFormElement).get('reason');
    this.failed = undefined;
    if (!isFlagReason(reason)) {
      this.missingReason = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.options.root().querySelector<HTMLInputElement>('#report-dialog input[name="reason"]')?.focus();
      return;
    }
    this.missingReason = false;
    if (this.attempt?.ideaId !== idea.id || this.attempt.reason !== reason) {
      this.attempt = { ideaId: idea.id, reason, key: createIdempotencyKey() };
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      await client.request(
        flagIdea,
        { path: { ideaId: idea.id }, body: { reason } },
        { idempotencyKey: this.attempt.key },
      );
      this.attempt = undefined;
      this.close();
      this.options.announce(
        this.options.localize.term('ideaBoard.report.sent', { title: isolate(idea.title) }),
      );
    } catch (error) {
      warnIfOriginNotAllowed(error);
      if (isAuthRequired(error)) {
        this.close();
        this.options.onAuthRequired();
      } else {
        this.wait = rateLimitWait(error);
        this.failed = isOriginNotAllowed(error)
          ? 'originNotAllowed'
          : error instanceof CivicApiError && error.status === 429
            ? 'rateLimited'
            : 'other';
      }
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private failureMessage(): string {
    const { localize } = this.options;
    if (this.failed === 'originNotAllowed') return localize.term('submit.originNotAllowed.report');
    if (this.failed !== 'rateLimited') return localize.term('ideaBoard.report.failed');
    return this.wait === undefined
      ? localize.term('ideaBoard.report.rateLimitedLater')
      : localize.term('ideaBoard.report.rateLimited', { when: localize.wait(this.wait) });
  }

  render(): TemplateResult {
    const { localize } = this.options;
    return this.renderDialog(
      'report-title',
      (idea) =>
        html`<form
          class="dialog-body"
          novalidate
          @submit=${(event: SubmitEvent) => void this.handleSubmit(event)}
        >
          <h2 id="report-title" class="dialog-title">${localize.term('ideaBoard.report.title')}</h2>
          <p class="dialog-subject">${userText(idea.title)}</p>
          ${
            this.failed
              ? html`<p class="error-message" role="alert">
                  <span class="visually-hidden">${localize.term('error.prefix')}</span>
                  ${this.failureMessage()}
                </p>`
              : nothing
          }
          <fieldset
            class=${this.missingReason ? 'fieldset field-error' : 'fieldset'}
            aria-describedby=${this.missingReason ? 'report-reason-error' : nothing}
          >
            <legend class="label">${localize.term('ideaBoard.report.reason')}</legend>
            ${
              this.missingReason
                ? html`<p class="error-message" id="report-reason-error" role="alert">
                    <span class="visually-hidden">${localize.term('error.prefix')}</span>
                    ${localize.term('ideaBoard.report.reasonMissing')}
                  </p>`
                : nothing
            }
            ${FLAG_REASONS.map(
              (reason) =>
                html`<div class="radio">
                  <input
                    class="radio-input"
                    type="radio"
                    id="report-${reason}"
                    name="reason"
                    value=${reason}
                  />
                  <label class="radio-label" for="report-${reason}"
                    >${localize.term(`ideaBoard.report.${reason}`)}</label
                  >
                </div>`,
            )}
          </fieldset>
          <div class="form-actions">
            <button type="submit" class="button" aria-disabled=${this.sending ? 'true' : 'false'}>
              ${localize.term(this.sending ? 'ideaBoard.report.sending' : 'ideaBoard.report.submit')}
            </button>
            <button type="button" class="button secondary" @click=${() => this.close()}>
              ${localize.term('ideaBoard.form.cancel')}
            </button>
          </div>
        </form>`,
    );
  }
}
