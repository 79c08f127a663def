import { ContextConsumer } from '@lit/context';
import type { Task } from '@lit/task';
import { LitElement } from 'lit';
import type { CSSResultGroup, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient } from '../client/index.js';
import type { CivicClient, TokenGetter } from '../client/index.js';
import { clientContext } from '../context/client-context.js';
import { ensureContextRoot } from '../context/context-root.js';
import { CivicAuthRequiredEvent } from '../events/civic-auth-required.js';
import { CivicLoadErrorEvent } from '../events/civic-load-error.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { hostStyles } from '../styles/host.styles.js';
import { loadStateStyles } from '../styles/load-state.styles.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { tokenStyles } from '../styles/tokens.styles.js';
import { VERSION } from '../version.js';
import { loaderInfo } from './loader-info.js';
import { classifyLoadError, renderErrorMessage, renderPending } from './load-state.js';
import type { SkeletonOptions } from './skeleton.js';

/** Values of the `theme` attribute: light (the default), dark, or `auto` for the reader's system setting. */
export const THEMES = ['light', 'dark', 'auto'] as const;

export type Theme = (typeof THEMES)[number];

export interface TaskRenderOptions {
  /** The placeholder's shape while loading. */
  readonly skeleton?: SkeletonOptions;
}

/**
 * Base class of every civic widget: tokens and host styles, localization, the API client, and a
 * uniform loading / error / retry experience. Not registered as an element itself.
 *
 * Where the client comes from: the widget's own `api-base` when set (with its own `getToken`),
 * otherwise the client of the surrounding `<civic-provider>`. So one widget can talk to another
 * backend than the rest of the page.
 *
 * @event {CivicLoadErrorEvent} civic-load-error - Data failed to load; the widget shows an error and a retry button. Once per failed load.
 * @event {CivicAuthRequiredEvent} civic-auth-required - The backend answered 401; the page should offer its own sign-in.
 *
 * @cssproperty --civic-font-family - Font stack; default the system UI font.
 * @cssproperty --civic-font-size-m - Base text size; default 1rem.
 * @cssproperty --civic-line-height - Default 1.5.
 * @cssproperty --civic-color-text - Text colour.
 * @cssproperty --civic-color-text-secondary - Hints and secondary text.
 * @cssproperty --civic-color-background - Background of cards and panels.
 * @cssproperty --civic-color-surface - Background of subtle areas.
 * @cssproperty --civic-color-link - Links.
 * @cssproperty --civic-color-focus - Focus highlight (yellow by default).
 * @cssproperty --civic-color-focus-text - Text and ring on the focus highlight.
 * @cssproperty --civic-color-error - Errors.
 * @cssproperty --civic-color-success - Success and progress.
 * @cssproperty --civic-color-border - Decorative borders.
 * @cssproperty --civic-color-border-input - Borders of form fields (keep 3:1 contrast).
 * @cssproperty --civic-color-button - Primary button background.
 * @cssproperty --civic-color-button-text - Primary button text.
 * @cssproperty --civic-dark-color-link - Links when the widget is drawn dark; each `--civic-color-*` token has such a `--civic-dark-color-*` twin, and a dark widget reads only those (docs/theming.md).
 * @cssproperty --civic-radius - Corner radius; default 0.25rem.
 * @cssproperty --civic-space-1 - Smallest spacing step (0.25rem); the scale runs to --civic-space-7 (3rem).
 */
export class CivicElement extends LitElement {
  static readonly civicVersion: string = VERSION;

  static override styles: CSSResultGroup = [tokenStyles, hostStyles, skeletonStyles, loadStateStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  protected readonly localize = new LocalizeController(this);

  private readonly providedClient = new ContextConsumer(this, { context: clientContext, subscribe: true });

  /** Base URL of the API, for a widget used without `<civic-provider>`; wins over the provider's client. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Returns the host page's token for signed-in citizens; used with the widget's own `api-base`. */
  @property({ attribute: false }) getToken?: TokenGetter;

  /**
   * `light` (the default) or `dark`; `auto` follows the reader's system setting, for pages that
   * switch to dark themselves. Light by default, so a light city page never shows dark widgets.
   */
  @property({ reflect: true }) theme?: Theme;

  private ownClient: CivicClient | undefined;
  private ownClientBase: string | undefined;
  private readonly reportedErrors = new WeakSet<object>();
  // Something other than an object was thrown: remember it until the next retry.
  private reportedOtherError: { readonly value: unknown } | undefined;

  constructor() {
    super();
    ensureContextRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Through the CDN loader, `civic-*` elements this widget renders are defined as they appear.
    loaderInfo()?.observe?.(this.renderRoot);
  }

  /** Waits for the strings of the widget's language before rendering (see `LocalizeController.whenReady`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.localize.whenReady();
    return strings === undefined ? super.scheduleUpdate() : strings.then(() => this.scheduleUpdate());
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if ((name === 'lang' || name === 'dir') && oldValue !== newValue) this.localize.refresh();
  }

  /** The client to load data with, or `undefined` when neither `api-base` nor a provider gives one. */
  protected get client(): CivicClient | undefined {
    if (!this.apiBase) return this.providedClient.value;
    if (this.ownClient === undefined || this.ownClientBase !== this.apiBase) {
      this.ownClientBase = this.apiBase;
      this.ownClient = createClient({
        baseUrl: this.apiBase,
        getToken: () => this.getToken?.(),
        locale: () => this.localize.lang,
      });
    }
    return this.ownClient;
  }

  /**
   * The error state for a failed load: a localized message chosen by what went wrong, and a
   * "Try again" button that calls `retry`. Fires `civic-load-error` (and `civic-auth-required` for
   * 401) once per error, however often the state re-renders.
   */
  protected renderLoadError(error: unknown, retry: () => void): TemplateResult {
    const detail = classifyLoadError(error);
    if (this.isFirstReport(error)) {
      void this.updateComplete.then(() => {
        this.dispatchEvent(new CivicLoadErrorEvent(detail));
        if (detail.kind === 'auth') this.dispatchEvent(new CivicAuthRequiredEvent({ reason: 'load' }));
      });
    }
    return renderErrorMessage(this.localize, detail.kind, () => {
      this.reportedOtherError = undefined;
      retry();
    });
  }

  private isFirstReport(error: unknown): boolean {
    if (typeof error === 'object' && error !== null) {
      if (this.reportedErrors.has(error)) return false;
      this.reportedErrors.add(error);
      return true;
    }
    if (this.reportedOtherError !== undefined && Object.is(this.reportedOtherError.value, error))
      return false;
    this.reportedOtherError = { value: error };
    return true;
  }

  /** The loading placeholder, with `aria-busy` and a spoken "Loading…". */
  protected renderPending(skeleton?: SkeletonOptions): TemplateResult {
    return renderPending(this.localize, skeleton);
  }

  /**
   * Renders a data task the same way in every widget: the placeholder until it has run and while
   * it runs, the error state with a retry that re-runs it, else `complete(value)`.
   */
  protected renderTask<R>(
    task: Task<ReadonlyArray<unknown>, R>,
    complete: (value: R) => unknown,
    options: TaskRenderOptions = {},
  ): unknown {
    return task.render({
      initial: () => this.renderPending(options.skeleton),
      pending: () => this.renderPending(options.skeleton),
      complete,
      error: (error) => this.renderLoadError(error, () => void task.run()),
    });
  }
}
