import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { isAbortError } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Petition } from '../../protocol/petitions.js';
import { renderDisclosureButton } from './disclosure.js';
import { embedCode } from './embed-code.js';

type CopyStatus = 'copied' | 'failed' | undefined;

export interface ShareOptions {
  readonly localize: LocalizeController;
  readonly root: () => ParentNode;
  /** The petition shown, once loaded. */
  readonly petition: () => Petition | undefined;
  /** The card's `petition` attribute: the embed code names the petition as the card was told to. */
  readonly petitionId: () => string | undefined;
  /** The card's `embed-script`. */
  readonly embedScript: () => string | undefined;
  /** Base URL of the API the card reads from. */
  readonly apiBase: () => string | undefined;
}

/**
 * "Share" (the system share sheet, else the link copied, else the link in a field to copy by hand)
 * and "Embed this petition" (a disclosure with the HTML to paste into another page, and a copy
 * button). Each says how copying went in its own status region.
 */
export class ShareController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: ShareOptions;
  private embedOpen = false;
  private linkStatus: CopyStatus;
  private embedStatus: CopyStatus;

  constructor(host: ReactiveControllerHost, options: ShareOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  private async handleShare(): Promise<void> {
    const url = this.shareUrl();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: this.options.petition()?.title ?? document.title, url });
        return;
      } catch (error) {
        // The citizen closed the share sheet: nothing to say. Other failures fall back to copying.
        if (isAbortError(error)) return;
      }
    }
    this.setLinkStatus(undefined);
    await this.host.updateComplete;
    this.setLinkStatus((await copyText(url)) ? 'copied' : 'failed');
    if (this.linkStatus === 'failed') {
      await this.host.updateComplete;
      const field = this.options.root().querySelector<HTMLInputElement>('#share-link');
      field?.focus();
      field?.select();
    }
  }

  private handleToggleEmbed(): void {
    this.embedOpen = !this.embedOpen;
    this.host.requestUpdate();
  }

  private async handleCopyEmbed(): Promise<void> {
    const textarea = this.options.root().querySelector<HTMLTextAreaElement>('#embed-code');
    if (!textarea) return;
    this.setEmbedStatus(undefined);
    await this.host.updateComplete;
    this.setEmbedStatus((await copyText(textarea.value)) ? 'copied' : 'failed');
    if (this.embedStatus === 'failed') {
      textarea.focus();
      textarea.select();
    }
  }

  private setLinkStatus(status: CopyStatus): void {
    if (status === this.linkStatus) return;
    this.linkStatus = status;
    this.host.requestUpdate();
  }

  private setEmbedStatus(status: CopyStatus): void {
    if (status === this.embedStatus) return;
    this.embedStatus = status;
    this.host.requestUpdate();
  }

  private shareUrl(): string {
    return this.options.petition()?.url ?? location.href;
  }

  private embedSnippet(p: Petition): string {
    const base = this.options.apiBase();
    const script = this.options.embedScript();
    return embedCode({
      scriptSrc: script ? new URL(script, location.href).href : kitScriptUrl(),
      petitionId: this.options.petitionId() ?? p.id,
      apiBase: base ? new URL(base, location.href).href : '',
      fallbackUrl: p.url ?? location.href,
      title: p.title,
    });
  }

  renderShare(): TemplateResult {
    const { localize } = this.options;
    return html`<div class="share">
      <button type="button" class="button secondary" @click=${() => this.handleShare()}>
        ${localize.term('petition.share')}
      </button>
      ${renderStatus(
        this.linkStatus &&
          localize.term(this.linkStatus === 'copied' ? 'petition.linkCopied' : 'petition.copyFailed'),
      )}
      ${
        this.linkStatus === 'failed'
          ? html`<label class="label" for="share-link">${localize.term('petition.linkLabel')}</label>
              <input id="share-link" class="input" type="url" readonly .value=${this.shareUrl()} />`
          : nothing
      }
    </div>`;
  }

  renderEmbed(p: Petition): TemplateResult {
    const { localize } = this.options;
    return html`<div class="embed">
      ${renderDisclosureButton(localize.term('petition.embed.toggle'), 'embed', {
        open: this.embedOpen,
        onToggle: () => this.handleToggleEmbed(),
      })}
      <div id="embed" class="embed-panel" ?hidden=${!this.embedOpen}>
        <label class="label" for="embed-code">${localize.term('petition.embed.label')}</label>
        <p class="hint" id="embed-hint">${localize.term('petition.embed.hint')}</p>
        <textarea
          id="embed-code"
          class="input code"
          rows="6"
          readonly
          spellcheck="false"
          aria-describedby="embed-hint"
          .value=${this.embedSnippet(p)}
        ></textarea>
        <button type="button" class="button secondary" @click=${() => this.handleCopyEmbed()}>
          ${localize.term('petition.embed.copy')}
        </button>
        ${renderStatus(
          this.embedStatus &&
            localize.term(
              this.embedStatus === 'copied' ? 'petition.embed.copied' : 'petition.embed.copyFailed',
            ),
        )}
      </div>
    </div>`;
  }
}

/** A status region that says how copying went; empty until something was copied. */
function renderStatus(text: string | undefined): TemplateResult {
  return html`<div class="status" role="status">${text ? html`<p>${text}</p>` : nothing}</div>`;
}

/** Writes text to the clipboard; false when the browser refuses (no permission, insecure page). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the kit's script lives, for embed codes: the page's `<script>` that loaded the bundle,
 * else this module's own bundle, else the package entry next to this module.
 */
function kitScriptUrl(): string {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src*="civic-widgets"]');
  if (script?.src) return script.src;
  const self = import.meta.url;
  return /civic-widgets[^/]*\.js(?:[?#].*)?$/.test(self) ? self : new URL('../../index.js', self).href;
}
