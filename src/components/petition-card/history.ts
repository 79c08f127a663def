import { initialState } from '@lit/task';
import type { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { CivicClient } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { announces, featuresTask } from '../../internal/features-task.js';
import { heading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { classifyLoadError, renderErrorMessage, renderPending } from '../../internal/load-state.js';
import { resourceTask } from '../../internal/resource-task.js';
import { getPetitionHistory } from '../../protocol/endpoints/petitions.js';
import type { PetitionHistory } from '../../protocol/petitions.js';
import { renderDisclosureButton } from './disclosure.js';

/** The chart's module: loaded with the first history, so a card nobody opens never downloads it. */
type ChartModule = typeof import('./history-chart.js');

interface LoadedHistory {
  readonly history: PetitionHistory;
  readonly chart: ChartModule;
}

type HistoryArgs = readonly [CivicClient | undefined, string | undefined, boolean];

export interface HistoryOptions {
  readonly localize: LocalizeController;
  readonly root: () => ParentNode;
  readonly client: () => CivicClient | undefined;
  readonly petitionId: () => string | undefined;
}

/** The discovery feature a backend announces when it keeps petitions' count history. */
const HISTORY_FEATURE = 'petitions.history';

/**
 * "Signatures over time": a disclosure that loads the petition's count history the first time it
 * is opened (nothing is requested before), and shows it as a chart with a table alternative. Shown
 * only when the backend announces `petitions.history`.
 */
export class HistoryController {
  private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean };
  private readonly options: HistoryOptions;
  private readonly task: Task<HistoryArgs, LoadedHistory>;
  private readonly features: ReturnType<typeof featuresTask>;
  private open = false;
  /** Set on the first opening and kept: closing and opening again shows what was loaded. */
  private requested = false;
  private tableOpen = false;

  constructor(host: ReactiveControllerHost & { readonly hasUpdated: boolean }, options: HistoryOptions) {
    this.host = host;
    this.options = options;
    this.features = featuresTask(host, options.client);
    this.task = resourceTask(
      host,
      () => [options.client(), options.petitionId(), this.requested] as const,
      async ([client, petitionId, requested], signal) => {
        if (!client || !petitionId || !requested) return initialState;
        const [history, chart] = await Promise.all([
          client.request(getPetitionHistory, { path: { petitionId } }, { signal }),
          import('./history-chart.js'),
        ]);
        return { history, chart };
      },
    );
  }

  private handleToggle(): void {
    this.open = !this.open;
    if (this.open) this.requested = true;
    this.host.requestUpdate();
  }

  private handleToggleTable(): void {
    this.tableOpen = !this.tableOpen;
    this.host.requestUpdate();
  }

  /** Loads again after a failure; focus, on the "Try again" button that goes away, returns to the toggle. */
  private handleRetry(): void {
    void this.task.run();
    void this.host.updateComplete.then(() => {
      this.options.root().querySelector<HTMLElement>('#history-toggle')?.focus();
    });
  }

  render(level: HeadingLevel): TemplateResult | typeof nothing {
    if (!announces(this.features, HISTORY_FEATURE)) return nothing;
    const { localize } = this.options;
    return html`<section class="history" aria-labelledby="history-toggle">
      ${heading(
        level,
        html`<button
          type="button"
          id="history-toggle"
          class="disclosure"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="history-panel"
          @click=${() => this.handleToggle()}
        >
          ${localize.term('petition.history.title')}
        </button>`,
        { className: 'history-heading' },
      )}
      <div id="history-panel" ?hidden=${!this.open}>${this.open ? this.renderPanel() : nothing}</div>
    </section>`;
  }

  private renderPanel(): unknown {
    const { localize } = this.options;
    return this.task.render({
      initial: () => renderPending(localize, { lines: 3, height: '10rem' }),
      pending: () => renderPending(localize, { lines: 3, height: '10rem' }),
      error: (error) => renderErrorMessage(localize, classifyLoadError(error).kind, () => this.handleRetry()),
      complete: ({ history, chart }) =>
        history.points.length === 0
          ? html`<p class="history-empty">${localize.term('petition.history.empty')}</p>`
          : [
              chart.renderHistoryChart(history.points, localize),
              renderDisclosureButton(
                localize.term(this.tableOpen ? 'petition.history.hideTable' : 'petition.history.showTable'),
                'history-table',
                { open: this.tableOpen, onToggle: () => this.handleToggleTable() },
                'button secondary',
              ),
              chart.renderHistoryTable(history.points, localize, this.tableOpen),
            ],
    });
  }
}
