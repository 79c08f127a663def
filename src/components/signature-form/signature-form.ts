import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicAuthRequiredEvent } from '../../events/civic-auth-required.js';
import { CivicSignedEvent } from '../../events/civic-signed.js';
import type { TermKey } from '../../i18n/messages.js';
import { CivicElement } from '../../internal/civic-element.js';
import { define } from '../../internal/define.js';
import { renderErrorSummary } from '../../internal/form/error-summary.js';
import { renderFailureNotice } from '../../internal/form/failure-notice.js';
import { PendingFocusController } from '../../internal/form/pending-focus.js';
import { failureMessage } from '../../internal/form/rate-limit.js';
import { FormSubmission } from '../../internal/form/submission.js';
import type { SubmitFailure } from '../../internal/form/submit-failure.js';
import { heading, headingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import type { Petition, SignatureRequest } from '../../protocol/petitions.js';
import { signatureFormFields } from '../../protocol/signature-rules.js';
import { formStyles } from '../../styles/form.styles.js';
import { panelStyles } from '../../styles/frame.styles.js';
import { noticeStyles } from '../../styles/notice.styles.js';
import { renderAnswerField, renderCheckbox } from './answer-fields.js';
import { readAnswers } from './answers.js';
import { answerErrors, serverAnswerErrors } from './fields.js';
import type { AnswerError, AnswerName } from './fields.js';
import { styles } from './signature-form.styles.js';
import { SignatureSentController } from './signature-sent.js';
import { petitionTask } from '../../internal/load-petition.js';
import type { PetitionLoad } from '../../internal/load-petition.js';
import { userText } from '../../internal/user-text.js';
import { createSignature } from '../../protocol/endpoints/petitions.js';

const FAILURE_MESSAGES: Readonly<Record<SubmitFailure, TermKey>> = {
  network: 'submit.network',
  server: 'submit.server',
  busy: 'submit.busy',
  rateLimited: 'submit.rateLimited',
  closed: 'sign.closed',
  forbidden: 'sign.forbidden',
  auth: 'sign.authRequired',
  originNotAllowed: 'submit.originNotAllowed.sign',
};

/**
 * The form to sign a petition, built from what the backend asks for (name and email, then postcode,
 * region, country or address, an eligibility statement, a minimum age, an email opt-in).
 * Answers are checked when the form is sent, the GOV.UK way: an error summary that takes focus and
 * links to each field, and a message above each field in error. The backend's own field errors
 * land in the same places. No CAPTCHA: a hidden honeypot field and the backend's rate limits
 * keep bots out.
 *
 * Each submission carries one Idempotency-Key, reused on automatic retries and on "Try again"
 * after a network failure, so a signature is never sent twice. After sending, the signer is asked
 * to confirm by email (the same screen whether or not the address had signed before).
 *
 * @summary A GOV.UK-style form to sign a petition, with email confirmation.
 *
 * @csspart form - The `<form>` element.
 * @csspart submit - The "Sign this petition" button.
 * @csspart error-summary - The "There is a problem" box.
 *
 * @event {CivicSignedEvent} civic-signed - The backend accepted a signature; detail `{petitionId}`, no personal data.
 * @event {CivicAuthRequiredEvent} civic-auth-required - The backend wants a signed-in citizen (`reason: 'sign'`).
 * @event {CivicLoadErrorEvent} civic-load-error - The petition failed to load, or no longer exists.
 */
export class CivicSignatureForm extends CivicElement {
  static override styles = [CivicElement.styles, formStyles, panelStyles, noticeStyles, styles];

  private readonly petitionTask = petitionTask(this, () => [this.client, this.petition, this.localize.lang]);

  private readonly pendingFocus = new PendingFocusController(this, () => this.renderRoot);

  private readonly submission = new FormSubmission<SignatureRequest, string, AnswerError>(this, {
    send: (body, idempotencyKey) => {
      const client = this.client;
      const petitionId = this.petition;
      if (!client || !petitionId) return undefined;
      return client
        .request(createSignature, { path: { petitionId }, body }, { idempotencyKey })
        .then(() => petitionId);
    },
    onSent: (petitionId, body) => {
      this.sent.show(body);
      this.pendingFocus.focusAfterUpdate('#sent-title');
      this.dispatchEvent(new CivicSignedEvent({ petitionId }));
    },
    fieldErrors: (errors) =>
      serverAnswerErrors(errors, (name) => this.renderRoot.querySelector(`#f-${name}`) !== null),
    onAuthRequired: () => this.dispatchEvent(new CivicAuthRequiredEvent({ reason: 'sign' })),
    focus: this.pendingFocus,
  });

  private readonly sent = new SignatureSentController(this, {
    localize: this.localize,
    client: () => this.client,
    petitionId: () => this.petition,
    resendDelay: () => this.resendDelay,
    onAuthRequired: () => this.dispatchEvent(new CivicAuthRequiredEvent({ reason: 'sign' })),
  });

  /** Identifier of the petition to sign. */
  @property() petition?: string;

  /** Level of the form's heading (2–6), so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Seconds before "Send the email again" becomes available. */
  @property({ type: Number, attribute: 'resend-delay' }) resendDelay = 30;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('petition') && changed.get('petition') !== undefined) {
      this.submission.reset();
      this.sent.reset();
    }
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const petition = this.loadedPetition();
    if (!petition || this.submission.submitting) return;
    const form = petition.signatureForm;
    const body = readAnswers(event.currentTarget as HTMLFormElement, form, this.localize.lang);
    this.submission.submit(body, answerErrors(form, body));
  }

  private loadedPetition(): Petition | undefined {
    const value = this.petitionTask.value;
    return value?.kind === 'found' ? value.petition : undefined;
  }

  override render(): TemplateResult {
    return html`<div class="root">
      ${this.renderTask(this.petitionTask, (result) => this.renderResult(result), {
        skeleton: { lines: 6, height: '22rem' },
      })}
    </div>`;
  }

  private renderResult(result: PetitionLoad): TemplateResult {
    const level = headingLevel(this.headingLevel);
    if (result.kind === 'gone') {
      return this.renderPanel(
        level,
        html`<p class="notice">${this.localize.term('petition.unavailable.title')}</p>`,
      );
    }
    const p = result.petition;
    if (this.sent.isSent) return this.sent.render(level);
    if (p.state !== 'open')
      return this.renderPanel(level, html`<p class="notice">${this.notOpenMessage(p)}</p>`);
    return this.renderPanel(level, this.renderForm(p, headingLevel(this.headingLevel, 1)));
  }

  private renderPanel(level: HeadingLevel, content: unknown): TemplateResult {
    return html`<section class="panel" aria-labelledby="sign-title">
      ${heading(level, this.localize.term('sign.title'), { id: 'sign-title', className: 'panel-title' })}
      ${content}
    </section>`;
  }

  private notOpenMessage(p: Petition): string {
    switch (p.state) {
      case 'closed': {
        const date = p.closedAt ?? p.closesAt;
        return date
          ? this.localize.term('petition.closed', { date: this.localize.date(date) })
          : this.localize.term('petition.closedUndated');
      }
      case 'rejected':
        return this.localize.term('sign.rejected');
      case 'hidden':
        return this.localize.term('petition.removed');
      default:
        return this.localize.term('petition.notOpenYet');
    }
  }

  private renderForm(p: Petition, sub: HeadingLevel): TemplateResult {
    const { localize } = this;
    const signatureForm = p.signatureForm;
    const submitting = this.submission.submitting;
    const errorOf = (name: AnswerName) => this.submission.errorOf(name);
    return html`${
        signatureForm.signInRequired
          ? html`<p class="notice">${localize.term('sign.signInRequired')}</p>`
          : nothing
      }
      ${this.renderErrorSummary(sub)} ${this.renderFailure()}
      <form class="form" part="form" novalidate @submit=${this.handleSubmit}>
        ${signatureFormFields(signatureForm).map((field) => renderAnswerField(localize, field, p, errorOf(field.name)))}
        ${
          signatureForm.eligibilityStatement !== null
            ? renderCheckbox(
                localize,
                'eligible',
                userText(signatureForm.eligibilityStatement, p.locale),
                errorOf('eligible'),
              )
            : nothing
        }
        ${
          signatureForm.minimumAge !== null
            ? renderCheckbox(
                localize,
                'ageConfirmed',
                localize.plural('sign.age', signatureForm.minimumAge),
                errorOf('ageConfirmed'),
              )
            : nothing
        }
        ${
          signatureForm.notifyOptIn
            ? renderCheckbox(
                localize,
                'notify',
                localize.term('sign.notify'),
                errorOf('notify'),
                localize.term('sign.notifyHint'),
              )
            : nothing
        }
        <div class="honeypot" aria-hidden="true">
          <label for="f-website">${localize.term('sign.website')}</label>
          <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <button
          type="submit"
          class="button submit"
          part="submit"
          aria-disabled=${submitting ? 'true' : 'false'}
        >
          ${localize.term(submitting ? 'sign.sending' : 'sign.submit')}
        </button>
        ${
          signatureForm.privacyNoticeUrl
            ? html`<p class="privacy">
                <a href=${signatureForm.privacyNoticeUrl}>${localize.term('sign.privacy')}</a>
              </p>`
            : nothing
        }
      </form>`;
  }

  private renderErrorSummary(level: HeadingLevel): unknown {
    return renderErrorSummary(
      this.localize,
      level,
      this.submission.errors.map((error) => ({
        fieldId: error.name === undefined ? undefined : `f-${error.name}`,
        text: this.localize.term(error.message),
      })),
    );
  }

  private renderFailure(): unknown {
    const failure = this.submission.failure;
    // The notice goes while a try is on its way: it only ever says how the last one ended.
    if (failure === undefined || this.submission.submitting) return nothing;
    const retryable = this.submission.retryable;
    return renderFailureNotice(this.localize, {
      title: retryable ? this.localize.term('sign.notSent.title') : undefined,
      message: failureMessage(this.localize, FAILURE_MESSAGES, failure, this.submission.retryAfter),
      retry: retryable
        ? {
            kept: this.localize.term('sign.notSent.kept'),
            label: this.localize.term('error.retry'),
            busy: false,
            onRetry: () => this.submission.retry(),
          }
        : undefined,
    });
  }
}

define('civic-signature-form', CivicSignatureForm);

declare global {
  interface HTMLElementTagNameMap {
    'civic-signature-form': CivicSignatureForm;
  }
}
