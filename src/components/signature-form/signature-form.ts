import { initialState } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CivicApiError,
  CivicNetworkError,
  CivicTimeoutError,
  createIdempotencyKey,
  isAuthRequired,
} from '../../client/index.js';
import { CivicAuthRequiredEvent } from '../../events/civic-auth-required.js';
import { CivicSignedEvent } from '../../events/civic-signed.js';
import type { TermKey } from '../../i18n/messages.js';
import { CivicElement } from '../../internal/civic-element.js';
import { define } from '../../internal/define.js';
import { PROBLEM_TYPES } from '../../protocol/problem.js';
import type {
  Petition,
  SignatureForm,
  SignatureFormField,
  SignatureRequest,
} from '../../protocol/petitions.js';
import { heading, headingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import {
  AUTOCOMPLETE,
  checkField,
  errorMessage,
  formFields,
  isAnswerName,
  LABELS,
  MAX_LENGTH,
  problemOfCode,
} from './fields.js';
import type { AnswerError, AnswerName } from './fields.js';
import { formStyles } from '../../styles/form.styles.js';
import { maskEmail } from './mask-email.js';
import { styles } from './signature-form.styles.js';
import { loadPetition } from '../../internal/load-petition.js';
import type { PetitionLoad } from '../../internal/load-petition.js';
import { resourceTask } from '../../internal/resource-task.js';

/** Why a submission did not go through. The first four are worth retrying with the same key. */
type Failure = 'network' | 'server' | 'busy' | 'rateLimited' | 'closed' | 'forbidden' | 'auth';

const RETRYABLE: ReadonlySet<Failure> = new Set(['network', 'server', 'busy', 'rateLimited']);

const FAILURE_MESSAGES: Readonly<Record<Failure, TermKey>> = {
  network: 'submit.network',
  server: 'submit.server',
  busy: 'submit.busy',
  rateLimited: 'submit.rateLimited',
  closed: 'sign.closed',
  forbidden: 'sign.forbidden',
  auth: 'sign.authRequired',
};

/** One submission: its body and the Idempotency-Key every try of it carries. */
interface Attempt {
  readonly key: string;
  readonly body: SignatureRequest;
  readonly json: string;
}

/** Where to put focus after the next render. */
type FocusTarget = 'summary' | 'failure' | 'sent';

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
  static override styles = [CivicElement.styles, formStyles, styles];

  private readonly petitionTask = resourceTask(
    this,
    // The language is an argument: a language switch loads the petition's text in the new language.
    () => [this.client, this.petition, this.localize.lang] as const,
    ([client, petitionId, lang], signal) =>
      client && petitionId
        ? loadPetition(this, client, petitionId, lang, signal)
        : Promise.resolve(initialState),
  );

  @state() private errors: readonly AnswerError[] = [];
  @state() private submitting = false;
  @state() private failure: Failure | undefined;
  @state() private sentTo: string | undefined;
  @state() private resendReady = false;
  @state() private resending = false;
  @state() private resendStatus: 'sent' | 'failed' | undefined;

  /** Identifier of the petition to sign. */
  @property() petition?: string;

  /** Level of the form's heading (2–6), so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Seconds before "Send the email again" becomes available. */
  @property({ type: Number, attribute: 'resend-delay' }) resendDelay = 30;

  private attempt: Attempt | undefined;
  private inFlight = false;
  private sentBody: SignatureRequest | undefined;
  private resendTimer: ReturnType<typeof setTimeout> | undefined;
  private focusTarget: FocusTarget | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The resend wait starts again on return to the page (the petition reloads by itself).
    if (this.sentTo !== undefined && !this.resendReady && this.resendTimer === undefined)
      this.startResendTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resendTimer);
    this.resendTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('petition') && changed.get('petition') !== undefined) this.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusTarget;
    if (target === undefined) return;
    this.focusTarget = undefined;
    const selector = { summary: '.error-summary', failure: '.failure', sent: '#sent-title' }[target];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.inFlight) return;
    const petition = this.loadedPetition();
    if (!petition) return;
    const form = event.currentTarget as HTMLFormElement;
    const body = this.readAnswers(form, petition.signatureForm);
    this.errors = this.check(body, petition.signatureForm);
    this.failure = undefined;
    if (this.errors.length > 0) {
      this.focusTarget = 'summary';
      return;
    }
    const json = JSON.stringify(body);
    // The same answers after an unanswered try are the same submission: keep its key.
    if (this.attempt?.json !== json) this.attempt = { key: createIdempotencyKey(), body, json };
    void this.send();
  }

  private handleRetry(): void {
    if (!this.inFlight && this.attempt) void this.send();
  }

  private handleErrorLink(event: Event, name: AnswerName): void {
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#f-${name}`);
    if (!control) return;
    (control.closest('.field') ?? control).scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }

  private async handleResend(): Promise<void> {
    const client = this.client;
    const petitionId = this.petition;
    if (!this.resendReady || this.resending || !this.sentBody || !client || !petitionId) return;
    this.resending = true;
    this.resendStatus = undefined;
    try {
      // A new email is a new request: a new key, or the server would replay the first answer.
      await client.call(
        'createSignature',
        { path: { petitionId }, body: this.sentBody },
        { idempotencyKey: createIdempotencyKey() },
      );
      this.resendStatus = 'sent';
      this.startResendTimer();
    } catch (error) {
      if (isAuthRequired(error)) this.dispatchEvent(new CivicAuthRequiredEvent({ reason: 'sign' }));
      this.resendStatus = 'failed';
    } finally {
      this.resending = false;
    }
  }

  private async send(): Promise<void> {
    const attempt = this.attempt;
    const client = this.client;
    const petitionId = this.petition;
    if (!attempt || !client || !petitionId || this.inFlight) return;
    this.inFlight = true;
    this.submitting = true;
    this.failure = undefined;
    try {
      await client.call(
        'createSignature',
        { path: { petitionId }, body: attempt.body },
        { idempotencyKey: attempt.key },
      );
      this.attempt = undefined;
      this.sentBody = attempt.body;
      this.sentTo = maskEmail(attempt.body.email);
      this.errors = [];
      this.focusTarget = 'sent';
      this.startResendTimer();
      this.dispatchEvent(new CivicSignedEvent({ petitionId }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.inFlight = false;
      this.submitting = false;
    }
  }

  private fail(error: unknown): void {
    if (error instanceof CivicNetworkError || error instanceof CivicTimeoutError) {
      this.failure = 'network';
    } else if (isAuthRequired(error)) {
      this.attempt = undefined;
      this.failure = 'auth';
      this.dispatchEvent(new CivicAuthRequiredEvent({ reason: 'sign' }));
    } else if (error instanceof CivicApiError && error.status === 422 && error.problem?.errors?.length) {
      this.attempt = undefined;
      this.errors = this.serverErrors(error);
      this.focusTarget = 'summary';
      return;
    } else if (error instanceof CivicApiError && error.status === 403) {
      this.attempt = undefined;
      this.failure = error.problem?.type === PROBLEM_TYPES.closed ? 'closed' : 'forbidden';
    } else if (error instanceof CivicApiError && (error.status === 404 || error.status === 410)) {
      this.attempt = undefined;
      this.failure = 'closed';
    } else if (error instanceof CivicApiError && error.status === 409) {
      this.failure = 'busy';
    } else if (error instanceof CivicApiError && error.status === 429) {
      this.failure = 'rateLimited';
    } else {
      // 5xx or an unreadable answer: nothing says the signature was stored, and the same key makes a retry safe.
      if (error instanceof CivicApiError && error.problem?.type === PROBLEM_TYPES.idempotencyKeyReused) {
        this.attempt = undefined;
      }
      this.failure = 'server';
    }
    this.focusTarget = 'failure';
  }

  private serverErrors(error: CivicApiError): AnswerError[] {
    const errors: AnswerError[] = [];
    for (const { field, code } of error.problem?.errors ?? []) {
      const name = field.split('.')[0] ?? field;
      const known = isAnswerName(name) && this.renderRoot.querySelector(`#f-${name}`) !== null;
      if (known && errors.some((e) => e.name === name)) continue;
      errors.push(
        known
          ? { name, message: errorMessage(name, problemOfCode(code)) }
          : { name: undefined, message: 'sign.error.other' },
      );
    }
    return errors;
  }

  private readAnswers(form: HTMLFormElement, signatureForm: SignatureForm): SignatureRequest {
    const data = new FormData(form);
    const text = (name: string): string => String(data.get(name) ?? '').trim();
    const body: SignatureRequest = {
      name: text('name'),
      email: text('email'),
      eligible: signatureForm.eligibilityStatement !== null && data.has('eligible'),
      locale: this.localize.lang,
      website: String(data.get('website') ?? ''),
    };
    for (const field of formFields(signatureForm)) {
      if (field.name === 'name' || field.name === 'email') continue;
      const value = text(field.name);
      if (value !== '') body[field.name as Exclude<typeof field.name, 'name' | 'email'>] = value;
    }
    if (signatureForm.minimumAge !== null) body.ageConfirmed = data.has('ageConfirmed');
    if (signatureForm.notifyOptIn) body.notify = data.has('notify');
    return body;
  }

  private check(body: SignatureRequest, signatureForm: SignatureForm): AnswerError[] {
    const errors: AnswerError[] = [];
    for (const field of formFields(signatureForm)) {
      const problem = checkField(field, body[field.name] ?? '');
      if (problem) errors.push({ name: field.name, message: errorMessage(field.name, problem) });
    }
    if (signatureForm.eligibilityStatement !== null && !body.eligible) {
      errors.push({ name: 'eligible', message: errorMessage('eligible', 'missing') });
    }
    if (signatureForm.minimumAge !== null && !body.ageConfirmed) {
      errors.push({ name: 'ageConfirmed', message: errorMessage('ageConfirmed', 'missing') });
    }
    return errors;
  }

  private startResendTimer(): void {
    clearTimeout(this.resendTimer);
    this.resendReady = false;
    this.resendTimer = setTimeout(
      () => {
        this.resendTimer = undefined;
        this.resendReady = true;
      },
      Math.max(0, this.resendDelay) * 1000,
    );
  }

  private reset(): void {
    this.errors = [];
    this.failure = undefined;
    this.sentTo = undefined;
    this.sentBody = undefined;
    this.attempt = undefined;
    this.resendStatus = undefined;
    clearTimeout(this.resendTimer);
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
    if (this.sentTo !== undefined) return this.renderSent(level);
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
    const signatureForm = p.signatureForm;
    return html`${
        signatureForm.signInRequired
          ? html`<p class="notice">${this.localize.term('sign.signInRequired')}</p>`
          : nothing
      }
      ${this.renderErrorSummary(sub)} ${this.renderFailure()}
      <form class="form" part="form" novalidate @submit=${this.handleSubmit}>
        ${formFields(signatureForm).map((field) => this.renderField(field, p))}
        ${
          signatureForm.eligibilityStatement !== null
            ? this.renderCheckbox(
                'eligible',
                html`<span lang=${p.locale ?? nothing}>${signatureForm.eligibilityStatement}</span>`,
              )
            : nothing
        }
        ${
          signatureForm.minimumAge !== null
            ? this.renderCheckbox('ageConfirmed', this.localize.plural('sign.age', signatureForm.minimumAge))
            : nothing
        }
        ${
          signatureForm.notifyOptIn
            ? this.renderCheckbox(
                'notify',
                this.localize.term('sign.notify'),
                this.localize.term('sign.notifyHint'),
              )
            : nothing
        }
        <div class="honeypot" aria-hidden="true">
          <label for="f-website">${this.localize.term('sign.website')}</label>
          <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <button
          type="submit"
          class="button submit"
          part="submit"
          aria-disabled=${this.submitting ? 'true' : 'false'}
        >
          ${this.localize.term(this.submitting ? 'sign.sending' : 'sign.submit')}
        </button>
        ${
          signatureForm.privacyNoticeUrl
            ? html`<p class="privacy">
                <a href=${signatureForm.privacyNoticeUrl}>${this.localize.term('sign.privacy')}</a>
              </p>`
            : nothing
        }
      </form>`;
  }

  private renderErrorSummary(level: HeadingLevel): unknown {
    if (this.errors.length === 0) return nothing;
    return html`<div
      class="error-summary"
      part="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="error-summary-title"
    >
      ${heading(level, this.localize.term('sign.error.summary'), {
        id: 'error-summary-title',
        className: 'error-summary-title',
      })}
      <ul class="error-list">
        ${this.errors.map(
          (error) =>
            html`<li>
              ${
                error.name === undefined
                  ? this.localize.term(error.message)
                  : this.renderErrorLink(error.name, error.message)
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderFailure(): unknown {
    const failure = this.failure;
    if (failure === undefined) return nothing;
    const retryable = RETRYABLE.has(failure) && this.attempt !== undefined;
    return html`<div class="failure" role="alert" tabindex="-1">
      ${
        retryable
          ? html`<p class="failure-title">
              <span class="visually-hidden">${this.localize.term('error.prefix')}</span>
              ${this.localize.term('sign.notSent.title')}
            </p>`
          : nothing
      }
      <p>${this.localize.term(FAILURE_MESSAGES[failure])}</p>
      ${
        retryable
          ? html`<p>${this.localize.term('sign.notSent.kept')}</p>
              <button
                type="button"
                class="button"
                aria-disabled=${this.submitting ? 'true' : 'false'}
                @click=${this.handleRetry}
              >
                ${this.localize.term(this.submitting ? 'sign.sending' : 'error.retry')}
              </button>`
          : nothing
      }
    </div>`;
  }

  private renderErrorLink(name: AnswerName, message: TermKey): TemplateResult {
    return html`<a href="#f-${name}" @click=${(event: Event) => this.handleErrorLink(event, name)}
      >${this.localize.term(message)}</a
    >`;
  }

  private errorOf(name: AnswerName): AnswerError | undefined {
    return this.errors.find((error) => error.name === name);
  }

  private renderErrorMessage(id: string, error: AnswerError): TemplateResult {
    return html`<p class="error-message" id=${id}>
      <span class="visually-hidden">${this.localize.term('error.prefix')}</span>
      ${this.localize.term(error.message)}
    </p>`;
  }

  private renderField(field: SignatureFormField, p: Petition): TemplateResult {
    const id = `f-${field.name}`;
    const error = this.errorOf(field.name);
    const hint = field.name === 'email' ? this.localize.term('sign.emailHint') : undefined;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const label = this.localize.term(LABELS[field.name]);
    return html`<div class=${error ? 'field field-error' : 'field'}>
      <label class="label" for=${id}
        >${label}${field.required ? nothing : html` <span class="optional">${this.localize.term('sign.optional')}</span>`}</label
      >
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? this.renderErrorMessage(`${id}-error`, error) : nothing}
      ${this.renderControl(field, id, describedBy, error !== undefined, p)}
    </div>`;
  }

  private renderControl(
    field: SignatureFormField,
    id: string,
    describedBy: string,
    invalid: boolean,
    p: Petition,
  ): TemplateResult {
    const described = describedBy || nothing;
    const ariaInvalid = invalid ? 'true' : nothing;
    if (field.options) {
      return html`<select
        id=${id}
        name=${field.name}
        class="input select"
        autocomplete=${AUTOCOMPLETE[field.name].select}
        aria-describedby=${described}
        aria-invalid=${ariaInvalid}
      >
        <option value="">${this.localize.term('sign.choose')}</option>
        ${field.options.map((option) => html`<option value=${option.value} lang=${p.locale ?? nothing}>${option.label}</option>`)}
      </select>`;
    }
    if (field.name === 'address') {
      return html`<textarea
        id=${id}
        name=${field.name}
        class="input"
        rows="3"
        maxlength=${MAX_LENGTH.address}
        autocomplete=${AUTOCOMPLETE.address.text}
        aria-describedby=${described}
        aria-invalid=${ariaInvalid}
      ></textarea>`;
    }
    const type = field.name === 'email' ? 'email' : 'text';
    return html`<input
      id=${id}
      name=${field.name}
      class="input width-${field.name}"
      type=${type}
      maxlength=${MAX_LENGTH[field.name]}
      autocomplete=${AUTOCOMPLETE[field.name].text}
      spellcheck="false"
      autocapitalize=${field.name === 'postcode' ? 'characters' : field.name === 'name' ? 'words' : 'off'}
      aria-describedby=${described}
      aria-invalid=${ariaInvalid}
    />`;
  }

  private renderCheckbox(
    name: 'eligible' | 'ageConfirmed' | 'notify',
    label: unknown,
    hint?: string,
  ): TemplateResult {
    const id = `f-${name}`;
    const error = this.errorOf(name);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class=${error ? 'field field-error' : 'field'}>
      ${error ? this.renderErrorMessage(`${id}-error`, error) : nothing}
      <div class="checkbox">
        <input
          id=${id}
          name=${name}
          type="checkbox"
          class="checkbox-input"
          aria-describedby=${describedBy || nothing}
          aria-invalid=${error ? 'true' : nothing}
        />
        <label class="checkbox-label" for=${id}>${label}</label>
      </div>
      ${hint ? html`<p class="hint checkbox-hint" id="${id}-hint">${hint}</p>` : nothing}
    </div>`;
  }

  private renderSent(level: HeadingLevel): TemplateResult {
    return html`<section class="panel sent" aria-labelledby="sent-title">
      ${heading(level, this.localize.term('sign.success.title'), {
        id: 'sent-title',
        className: 'panel-title',
        focusTarget: true,
      })}
      <p>${this.localize.term('sign.success.sent', { email: this.sentTo ?? '' })}</p>
      <p>${this.localize.term('sign.success.confirm')}</p>
      <p class="hint">${this.localize.term('sign.success.spam')}</p>
      ${
        this.resendReady
          ? nothing
          : html`<p class="hint" id="resend-hint">
              ${this.localize.plural('sign.resendWait', Math.max(0, Math.ceil(this.resendDelay)))}
            </p>`
      }
      <button
        type="button"
        class="button secondary"
        aria-disabled=${this.resendReady && !this.resending ? 'false' : 'true'}
        aria-describedby=${this.resendReady ? nothing : 'resend-hint'}
        @click=${this.handleResend}
      >
        ${this.localize.term('sign.resend')}
      </button>
      <div class="status" role="status">
        ${
          this.resendStatus
            ? html`<p>
                ${this.localize.term(this.resendStatus === 'sent' ? 'sign.resent' : 'sign.resendFailed')}
              </p>`
            : nothing
        }
      </div>
    </section>`;
  }
}

define('civic-signature-form', CivicSignatureForm);

declare global {
  interface HTMLElementTagNameMap {
    'civic-signature-form': CivicSignatureForm;
  }
}
