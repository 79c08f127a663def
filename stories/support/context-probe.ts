import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import type { CivicClient } from '../../src/client/index.js';
import { clientContext } from '../../src/context/client-context.js';
import { LocalizeController } from '../../src/i18n/localize-controller.js';
import { hostStyles, tokenStyles } from '../../src/styles/index.js';

/*
 * Story-only stand-in for a widget: it consumes what <civic-provider> gives (client and language)
 * the way every widget does, reads the backend's discovery document with the client, and shows
 * the result with the kit's localized strings and Intl formatting. Labels are documentation, in
 * English; values follow the language the widget resolves.
 */
export class CivicStoryContext extends LitElement {
  static override styles = [
    hostStyles,
    tokenStyles,
    css`
      .probe {
        padding: var(--_civic-space-4);
        border: var(--_civic-border-width) solid var(--_civic-color-border);
        border-radius: var(--_civic-radius);
        background: var(--_civic-color-background);
        color: var(--_civic-color-text);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--_civic-space-2) var(--_civic-space-4);
        margin: 0;
      }
      dt {
        font-weight: var(--_civic-font-weight-bold);
      }
      dd {
        margin: 0;
      }
      .error {
        color: var(--_civic-color-error);
      }
    `,
  ];

  private readonly localize = new LocalizeController(this);
  private readonly client = new ContextConsumer(this, { context: clientContext, subscribe: true });

  private readonly discovery = new Task(this, {
    task: ([client], { signal }) => {
      if (!client) throw new Error('No client: put this element inside <civic-provider api-base="…">');
      return client.discover({ signal });
    },
    args: () => [this.client.value] as [CivicClient | undefined],
  });

  private handleRetry(): void {
    void this.discovery.run();
  }

  private renderLanguage() {
    const lang = this.localize.lang;
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return html`<dt>Language</dt>
      <dd lang=${lang}>${name} (<code>${lang}</code>)</dd>
      <dt>Numbers</dt>
      <dd lang=${lang}>${this.localize.number(1234567.5)}</dd>
      <dt>Plurals</dt>
      <dd lang=${lang}>${this.localize.plural('signatures', 21)}</dd>`;
  }

  private renderDiscovery() {
    return this.discovery.render({
      pending: () =>
        html`<dt>Backend</dt>
          <dd><span role="status">${this.localize.term('loading')}</span></dd>`,
      complete: (discovery) =>
        html`<dt>Backend</dt>
          <dd>${discovery.backend.name}</dd>
          <dt>Features</dt>
          <dd lang=${this.localize.lang}>${this.localize.list(discovery.features)}</dd>
          <dt>Poll interval</dt>
          <dd lang=${this.localize.lang}>${this.localize.number(discovery.pollIntervalSeconds)} s</dd>`,
      error: () =>
        html`<dt>Backend</dt>
          <dd class="error">
            <span role="alert">${this.localize.term('error.title')}</span>
            <button class="button secondary" @click=${this.handleRetry}>
              ${this.localize.term('error.retry')}
            </button>
          </dd>`,
    });
  }

  override render() {
    return html`<div class="probe"><dl>${this.renderLanguage()}${this.renderDiscovery()}</dl></div>`;
  }
}

if (!customElements.get('civic-story-context'))
  customElements.define('civic-story-context', CivicStoryContext);
