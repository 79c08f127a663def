import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { createIdempotencyKey, isAuthRequired } from '../../client/index.js';
import type { CivicClient } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { rateLimitWait } from '../../internal/form/rate-limit.js';
import { heading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import type { SignatureRequest } from '../../protocol/petitions.js';
import { maskEmail } from './mask-email.js';
import { createSignature } from '../../protocol/endpoints/petitions.js';

export interface SignatureSentOptions {
  readonly localize: LocalizeController;
  readonly client: () => CivicClient | undefined;
  readonly petitionId: () => string | undefined;
  /** Seconds before "Send the email again" becomes available. */
  readonly resendDelay: () => number;
  readonly onAuthRequired: () => void;
}

/**
 * After signing: "check your email", with the address partly masked, and "Send the email again"
 * once a delay has passed (again after each resend, and on return to the page).
 */
export class SignatureSentController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: SignatureSentOptions;
  private sentBody: SignatureRequest | undefined;
  private sentTo: string | undefined;
  private resendReady = false;
  private resending = false;
  private resendStatus: 'sent' | 'failed' | undefined;
  /** Seconds to wait before sending again, when a rate limit refused the resend and said. */
  private resendWait: number | undefined;
  private resendTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: SignatureSentOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether a signature was sent and the form gave way to this panel. */
  get isSent(): boolean {
    return this.sentTo !== undefined;
  }

  hostConnected(): void {
    // The resend wait starts again on return to the page (the petition reloads by itself).
    if (this.sentTo !== undefined && !this.resendReady && this.resendTimer === undefined)
      this.startResendTimer();
  }

  hostDisconnected(): void {
    clearTimeout(this.resendTimer);
    this.resendTimer = undefined;
  }

  /** The signature `body` was accepted: its email is on its way. */
  show(body: SignatureRequest): void {
    this.sentBody = body;
    this.sentTo = maskEmail(body.email);
    this.startResendTimer();
  }

  /** Back to no signature sent (another petition). */
  reset(): void {
    this.sentTo = undefined;
    this.sentBody = undefined;
    this.resendStatus = undefined;
    clearTimeout(this.resendTimer);
    this.host.requestUpdate();
  }

  private async handleResend(): Promise<void> {
    const client = this.options.client();
    const petitionId = this.options.petitionId();
    if (!this.resendReady || this.resending || !this.sentBody || !client || !petitionId) return;
    this.resending = true;
    this.resendStatus = undefined;
    this.host.requestUpdate();
    try {
      // A new email is a new request: a new key, or the server would replay the first answer.
      await client.request(
        createSignature,
        { path: { petitionId }, body: this.sentBody },
        { idempotencyKey: createIdempotencyKey() },
      );
      this.resendStatus = 'sent';
      this.startResendTimer();
    } catch (error) {
      if (isAuthRequired(error)) this.options.onAuthRequired();
      this.resendStatus = 'failed';
      this.resendWait = rateLimitWait(error);
    } finally {
      this.resending = false;
      this.host.requestUpdate();
    }
  }

  private startResendTimer(): void {
    clearTimeout(this.resendTimer);
    this.resendReady = false;
    this.resendTimer = setTimeout(
      () => {
        this.resendTimer = undefined;
        this.resendReady = true;
        this.host.requestUpdate();
      },
      Math.max(0, this.options.resendDelay()) * 1000,
    );
    this.host.requestUpdate();
  }

  private resendMessage(): string {
    const { localize } = this.options;
    if (this.resendStatus === 'sent') return localize.term('sign.resent');
    return this.resendWait === undefined
      ? localize.term('sign.resendFailed')
      : localize.term('sign.resendRateLimited', { when: localize.wait(this.resendWait) });
  }

  render(level: HeadingLevel): TemplateResult {
    const { localize } = this.options;
    return html`<section class="panel sent" aria-labelledby="sent-title">
      ${heading(level, localize.term('sign.success.title'), {
        id: 'sent-title',
        className: 'panel-title',
        focusTarget: true,
      })}
      <p>${localize.term('sign.success.sent', { email: this.sentTo ?? '' })}</p>
      <p>${localize.term('sign.success.confirm')}</p>
      <p class="hint">${localize.term('sign.success.spam')}</p>
      ${
        this.resendReady
          ? nothing
          : html`<p class="hint" id="resend-hint">
              ${localize.plural('sign.resendWait', Math.max(0, Math.ceil(this.options.resendDelay())))}
            </p>`
      }
      <button
        type="button"
        class="button secondary"
        aria-disabled=${this.resendReady && !this.resending ? 'false' : 'true'}
        aria-describedby=${this.resendReady ? nothing : 'resend-hint'}
        @click=${() => void this.handleResend()}
      >
        ${localize.term('sign.resend')}
      </button>
      <div class="status" role="status">
        ${this.resendStatus ? html`<p>${this.resendMessage()}</p>` : nothing}
      </div>
    </section>`;
  }
}
