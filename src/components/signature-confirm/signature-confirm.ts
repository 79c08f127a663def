import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import {
  CivicApiError,
  CivicNetworkError,
  CivicTimeoutError,
  createIdempotencyKey,
  isOriginNotAllowed,
} from '../../client/index.js';
import { CivicSignatureConfirmedEvent } from '../../events/civic-signature-confirmed.js';
import type { TermKey } from '../../i18n/messages.js';
import { CivicElement } from '../../internal/civic-element.js';
import { define } from '../../internal/define.js';
import { warnIfOriginNotAllowed } from '../../internal/form/origin-warning.js';
import { failureMessage, rateLimitWait } from '../../internal/form/rate-limit.js';
import { ConfirmSignatureRequestSchema } from '../../protocol/petitions.js';
import type { Petition, SignatureConfirmed } from '../../protocol/petitions.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { userText } from '../../internal/user-text.js';
import { formStyles } from '../../styles/form.styles.js';
import { panelStyles } from '../../styles/frame.styles.js';
import { noticeStyles } from '../../styles/notice.styles.js';
import { styles } from './signature-confirm.styles.js';
import { confirmSignature, getPetition } from '../../protocol/endpoints/petitions.js';

/** Where confirming stands. */
type Phase = 'ready' | 'sending' | 'failed' | 'confirmed' | 'invalid' | 'closed';

type Failure = 'network' | 'server' | 'busy' | 'rateLimited' | 'originNotAllowed';

const FAILURE_MESSAGES: Readonly<Record<Failure, TermKey>> = {
  network: 'submit.network',
  server: 'submit.server',
  busy: 'submit.busy',
  rateLimited: 'submit.rateLimited',
  originNotAllowed: 'submit.originNotAllowed.confirm',
};

/**
 * The page a confirmation email links to. It reads the token from the link (`?token=…`, or the
 * `token` attribute) and confirms only when the citizen presses "Confirm my signature": mail
 * scanners that open every link in an email would otherwise use up the token. Then it shows the
 * petition and its new count.
 *
 * @summary Confirms a signature with the token from the email, after a button press.
 *
 * @csspart button - The "Confirm my signature" button.
 *
 * @event {CivicSignatureConfirmedEvent} civic-signature-confirmed - The signature is confirmed; detail `{petitionId}`.
 */
export class CivicSignatureConfirm extends CivicElement {
  static override styles = [CivicElement.styles, formStyles, panelStyles, noticeStyles, styles];

  @state() private phase: Phase = 'ready';
  @state() private failure: Failure | undefined;
  /** Seconds to wait before trying again, when a rate limit refused the last try and said. */
  @state() private failureWait: number | undefined;
  @state() private confirmed: SignatureConfirmed | undefined;
  @state() private petitionData: Petition | undefined;

  /** The token from the confirmation email; default: the page URL's `token` query parameter. */
  @property() token?: string;

  /** Level of the widget's heading (2–6), so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private key: string | undefined;
  private inFlight = false;
  private focusNext: 'heading' | 'failure' | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('token') && changed.get('token') !== undefined) {
      this.phase = 'ready';
      this.failure = undefined;
      this.confirmed = undefined;
      this.petitionData = undefined;
      this.key = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusNext;
    if (target === undefined) return;
    this.focusNext = undefined;
    this.renderRoot.querySelector<HTMLElement>(target === 'heading' ? '#confirm-title' : '.failure')?.focus();
  }

  private async handleConfirm(): Promise<void> {
    const token = this.currentToken();
    const client = this.client;
    if (this.inFlight || !token || !client) return;
    if (!v.is(ConfirmSignatureRequestSchema, { token })) {
      this.phase = 'invalid';
      this.focusNext = 'heading';
      return;
    }
    // One key for this confirmation, kept for "Try again" (confirming is idempotent on the server too).
    this.key ??= createIdempotencyKey();
    this.inFlight = true;
    this.phase = 'sending';
    this.failure = undefined;
    try {
      const confirmed = await client.request(
        confirmSignature,
        { body: { token } },
        { idempotencyKey: this.key },
      );
      // The title makes the thank-you concrete; the count alone still says it worked.
      this.petitionData = await client
        .request(getPetition, { path: { petitionId: confirmed.petitionId } })
        .catch(() => undefined);
      this.confirmed = confirmed;
      this.phase = 'confirmed';
      this.focusNext = 'heading';
      this.dispatchEvent(new CivicSignatureConfirmedEvent({ petitionId: confirmed.petitionId }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.inFlight = false;
    }
  }

  private fail(error: unknown): void {
    if (error instanceof CivicApiError && [400, 404, 410, 422].includes(error.status)) {
      this.phase = 'invalid';
      this.focusNext = 'heading';
      return;
    }
    if (error instanceof CivicApiError && error.status === 403) {
      this.phase = 'closed';
      this.focusNext = 'heading';
      return;
    }
    this.phase = 'failed';
    this.failureWait = rateLimitWait(error);
    warnIfOriginNotAllowed(error);
    this.failure = isOriginNotAllowed(error)
      ? 'originNotAllowed'
      : error instanceof CivicNetworkError || error instanceof CivicTimeoutError
        ? 'network'
        : error instanceof CivicApiError && error.status === 409
          ? 'busy'
          : error instanceof CivicApiError && error.status === 429
            ? 'rateLimited'
            : 'server';
    this.focusNext = 'failure';
  }

  private currentToken(): string | undefined {
    if (this.token) return this.token;
    return new URLSearchParams(location.search).get('token') || undefined;
  }

  override render(): TemplateResult {
    return html`<div class="root">
      <section class="panel" aria-labelledby="confirm-title">${this.renderContent()}</section>
    </div>`;
  }

  private renderContent(): unknown {
    const level = headingLevel(this.headingLevel);
    const title = (key: TermKey) =>
      heading(level, this.localize.term(key), {
        id: 'confirm-title',
        className: 'panel-title',
        focusTarget: true,
      });
    if (!this.currentToken()) {
      return [title('confirm.title'), html`<p class="notice">${this.localize.term('confirm.missing')}</p>`];
    }
    switch (this.phase) {
      case 'confirmed':
        return [title('confirm.done.title'), this.renderConfirmed()];
      case 'invalid':
        return [title('confirm.invalid.title'), html`<p>${this.localize.term('confirm.invalid.body')}</p>`];
      case 'closed':
        return [title('confirm.title'), html`<p class="notice">${this.localize.term('confirm.closed')}</p>`];
      default:
        return [title('confirm.title'), this.renderReady()];
    }
  }

  private renderReady(): TemplateResult {
    const sending = this.phase === 'sending';
    return html`${
        this.failure
          ? html`<div class="failure" role="alert" tabindex="-1">
              <p class="failure-title">
                <span class="visually-hidden">${this.localize.term('error.prefix')}</span>
                ${this.localize.term('confirm.failed.title')}
              </p>
              <p>${failureMessage(this.localize, FAILURE_MESSAGES, this.failure, this.failureWait)}</p>
            </div>`
          : nothing
      }
      <p>${this.localize.term('confirm.body')}</p>
      <button
        type="button"
        class="button"
        part="button"
        aria-disabled=${sending ? 'true' : 'false'}
        @click=${this.handleConfirm}
      >
        ${this.localize.term(sending ? 'confirm.sending' : this.failure ? 'error.retry' : 'confirm.button')}
      </button>`;
  }

  private renderConfirmed(): TemplateResult {
    const count = this.confirmed?.count;
    const petition = this.petitionData;
    const total = count ? count.signatureCount + count.offlineSignatureCount : undefined;
    return html`${
      petition
        ? html`<p class="signed">
            ${this.localize.term('confirm.done.petition')}
            ${
              petition.url
                ? html`<a href=${petition.url} referrerpolicy="no-referrer"
                    >${userText(petition.title, petition.locale)}</a
                  >`
                : html`<strong>${userText(petition.title, petition.locale)}</strong>`
            }
          </p>`
        : nothing
    }
    ${total !== undefined ? html`<p class="count">${this.localize.plural('confirm.done.count', total)}</p>` : nothing}`;
  }
}

define('civic-signature-confirm', CivicSignatureConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'civic-signature-confirm': CivicSignatureConfirm;
  }
}
