import { ContextConsumer, ContextProvider } from '@lit/context';
import { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient } from '../../client/index.js';
import type { CivicClient, TokenGetter } from '../../client/index.js';
import { define } from '../../internal/define.js';
import { VERSION } from '../../version.js';
import { clientContext } from '../../context/client-context.js';
import { ensureContextRoot } from '../../context/context-root.js';
import { localeContext } from '../../context/locale-context.js';

/**
 * Gives every civic widget inside it the API client, the language and the host page's sign-in token.
 * It draws nothing itself: its children lay out as if it were not there.
 *
 * It has no shadow root: what it wraps stays the page's own content, styled by the page's CSS as
 * anywhere else (a slot would make it inherit `box-sizing` and the like from the slot instead). It
 * sets `display: contents` on itself, as an inline style so that no stylesheet has to be added to
 * the page.
 *
 * A provider without `api-base`, `client` or `locale` passes on those of the provider around it,
 * so a page may nest one just to switch the language of a section.
 *
 * @summary Connects the widgets inside it to a backend, in a language.
 *
 * @slot - Widgets and any other content.
 */
export class CivicProvider extends ReactiveElement {
  static readonly civicVersion: string = VERSION;

  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });

  private readonly outerClient = new ContextConsumer(this, {
    context: clientContext,
    subscribe: true,
    callback: () => this.provide(),
  });
  private readonly outerLocale = new ContextConsumer(this, {
    context: localeContext,
    subscribe: true,
    callback: () => this.provide(),
  });

  /** Base URL of the backend's API, e.g. `https://participate.example.gov/api/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Language of the widgets inside, as a BCP 47 tag (`kk`, `ru-RU`); a widget's own `lang` still wins. */
  @property() locale?: string;

  /** Returns the host page's token for signed-in citizens, called before each request; may be async. */
  @property({ attribute: false }) getToken?: TokenGetter;

  /** `fetch` for the client created from `api-base` (for tests, or a site's own instrumentation). */
  @property({ attribute: false }) fetch?: typeof fetch;

  /** A ready client to hand to the widgets instead of one made from `api-base`. */
  @property({ attribute: false }) client?: CivicClient;

  /**
   * URL of the kit's script that the "Get embed code" of every card inside puts in its snippet (a
   * card's own `embed-script` wins); default: the CDN loader that loaded the kit, else the kit's
   * public CDN URL for this version.
   */
  @property({ attribute: 'embed-script' }) embedScript?: string;

  private ownClient: CivicClient | undefined;
  private ownClientKey: { readonly apiBase: string; readonly fetch: typeof fetch | undefined } | undefined;

  constructor() {
    super();
    ensureContextRoot();
  }

  override connectedCallback(): void {
    if (!this.style.display) this.style.display = 'contents';
    // Provide before the controllers announce this provider, so replayed requests get real values.
    this.provide();
    super.connectedCallback();
  }

  /** The provider itself: no shadow root around the host page's content. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    this.provide();
  }

  private provide(): void {
    this.clientProvider.setValue(this.client ?? this.clientFromApiBase() ?? this.outerClient.value);
    this.localeProvider.setValue(this.locale || this.outerLocale.value);
  }

  private clientFromApiBase(): CivicClient | undefined {
    if (!this.apiBase) return undefined;
    const key = this.ownClientKey;
    if (this.ownClient === undefined || key?.apiBase !== this.apiBase || key.fetch !== this.fetch) {
      this.ownClientKey = { apiBase: this.apiBase, fetch: this.fetch };
      this.ownClient = createClient({
        baseUrl: this.apiBase,
        ...(this.fetch ? { fetch: this.fetch } : {}),
        getToken: () => this.getToken?.(),
        locale: () => this.locale || this.outerLocale.value || document.documentElement.lang || undefined,
      });
    }
    return this.ownClient;
  }
}

define('civic-provider', CivicProvider);

declare global {
  interface HTMLElementTagNameMap {
    'civic-provider': CivicProvider;
  }
}
