import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { CivicClient, TokenGetter } from '../../client/index.js';
import { CivicAuthRequiredEvent } from '../../events/civic-auth-required.js';
import type { AuthRequiredReason } from '../../events/civic-auth-required.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';

export interface SignInOptions {
  readonly localize: LocalizeController;
  readonly client: () => CivicClient | undefined;
  /** Whether the widget talks to its own `api-base` rather than a provider's client. */
  readonly ownClient: () => boolean;
  /** The host's token for its own client, as its `getToken` gives it. */
  readonly token: () => ReturnType<TokenGetter> | undefined;
}

/**
 * Voting, submitting or reporting needs a signed-in citizen: the board fires `civic-auth-required`
 * and says so above its toolbar, with the backend's sign-in link once discovery gives it (or the
 * page's own `sign-in` slot). What the citizen was doing can wait for the sign-in (`resume`): when
 * the page says the citizen has signed in (`signedIn`), it is done, once.
 */
export class SignInController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: SignInOptions;
  private reason: AuthRequiredReason | undefined;
  private url: string | null = null;
  private resume: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, options: SignInOptions) {
    this.host = host;
    this.options = options;
  }

  /** False when this widget's own client has no token to send; unknown (true) with a provider's client. */
  async maySend(): Promise<boolean> {
    if (!this.options.ownClient()) return true;
    try {
      return Boolean(await this.options.token());
    } catch {
      return false;
    }
  }

  /** The citizen must sign in to do what `reason` says; `resume` does it once they have. */
  require(reason: AuthRequiredReason, resume?: () => void): void {
    this.resume = resume;
    this.set(reason, this.url);
    this.host.dispatchEvent(new CivicAuthRequiredEvent({ reason }));
    const client = this.options.client();
    if (!client) return;
    client
      .discover()
      .then((discovery) => {
        this.set(this.reason, discovery.auth?.signInUrl ?? null);
      })
      .catch(() => {
        // Without discovery the default sign-in text still tells the citizen what to do.
      });
  }

  /** The page says the citizen has signed in: the prompt goes, and what waited for it is done, once. */
  signedIn(): void {
    const resume = this.resume;
    this.resume = undefined;
    this.set(undefined, this.url);
    resume?.();
  }

  /** Forgets that sign-in was needed, for another board. */
  reset(): void {
    this.resume = undefined;
    this.set(undefined, this.url);
  }

  render(): unknown {
    const { localize } = this.options;
    if (this.reason === undefined) return nothing;
    return html`<div class="sign-in" role="status">
      <slot name="sign-in">
        <p>
          ${localize.term('ideaBoard.signIn.text')}
          ${this.url ? html`<a href=${this.url}>${localize.term('ideaBoard.signIn.link')}</a>` : nothing}
        </p>
      </slot>
    </div>`;
  }

  /** Sets what the prompt shows; as reactive properties would, updates the host on a change. */
  private set(reason: AuthRequiredReason | undefined, url: string | null): void {
    if (reason === this.reason && url === this.url) return;
    this.reason = reason;
    this.url = url;
    this.host.requestUpdate();
  }
}
