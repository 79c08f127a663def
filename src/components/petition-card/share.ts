import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { isAbortError } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Petition } from '../../protocol/petitions.js';
import { renderDisclosureButton } from './disclosure.js';
import { embedCode, embedScriptUrl, scriptIntegrity } from './embed-code.js';

type CopyStatus = 'copied' | 'failed' | undefined;

/** The integrity hash of the embed code's script: being worked out, known, or not to be had here. */
type Integrity =
  | { readonly url: string; readonly status: 'pending' }
  | { readonly url: string; readonly status: 'known'; readonly value: string }
  | { readonly url: string; readonly status: 'unavailable' };

export interface ShareOptions {
  readonly localize: LocalizeController;
  readonly root: () => ParentNode;
  /** The petition shown, once loaded. */
  readonly petition: () => Petition | undefined;
  /** The card's `petition` attribute: the embed code names the petition as the card was told to. */
  readonly petitionId: () => string | undefined;
  /** The card's `embed-script`, else its provider's. */
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
  private integrity: Integrity | undefined;

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

  /** Works out the integrity hash of the script at `url`, once per URL while the panel is open. */
  private resolveIntegrity(url: string): void {
    if (this.integrity?.url === url) return;
    this.integrity = { url, status: 'pending' };
    void scriptIntegrity(url).then((value) => {
      if (this.integrity?.url !== url) return;
      this.integrity = value ? { url, status: 'known', value } : { url, status: 'unavailable' };
      this.host.requestUpdate();
    });
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

  private embedSnippet(p: Petition, scriptSrc: string): string {
    const base = this.options.apiBase();
    const integrity = this.integrity;
    return embedCode({
      scriptSrc,
      integrity: integrity?.url === scriptSrc && integrity.status === 'known' ? integrity.value : undefined,
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
    const scriptSrc = embedScriptUrl(this.options.embedScript());
    // Only when the panel opens: the hash may take a download.
    if (this.embedOpen) this.resolveIntegrity(scriptSrc);
    const integrity = this.embedOpen ? this.integrity : undefined;
    const integrityNote =
      integrity?.status === 'pending'
        ? localize.term('petition.embed.integrityPending')
        : integrity?.status === 'unavailable'
          ? localize.term('petition.embed.integrityMissing')
          : undefined;
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
          aria-describedby=${integrityNote ? 'embed-hint embed-integrity' : 'embed-hint'}
          .value=${this.embedSnippet(p, scriptSrc)}
        ></textarea>
        ${integrityNote ? html`<p class="hint" id="embed-integrity">${integrityNote}</p>` : nothing}
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

/** The `embed-script` of the nearest `<civic-provider>` around `element` that sets one, across shadow roots. */
export function providerEmbedScript(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'civic-provider') {
      const value =
        (node as Element & { embedScript?: unknown }).embedScript ?? node.getAttribute('embed-script');
      if (typeof value === 'string' && value) return value;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}
