import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { CivicClient } from '../client/index.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { EXPORT_FORMATS, exportUrl } from '../protocol/exports.js';
import type { ExportDatasetId, ExportFilter } from '../protocol/exports.js';
import { announces, featuresTask } from './features-task.js';

/** A dataset a widget offers for download, narrowed to the widget's item. */
export interface DownloadDataset {
  readonly dataset: ExportDatasetId;
  readonly filter: Partial<Record<ExportFilter, string>>;
  /** Another discovery feature the dataset needs besides `exports` (the history datasets). */
  readonly feature?: string;
}

export interface DataDownloadOptions {
  readonly client: () => CivicClient | undefined;
  /** The widget's `with-download`: discovery is read only when it is on. */
  readonly enabled: () => boolean;
}

/**
 * "Download the data": CSV and JSON links to a widget's open-data exports, filtered to its item.
 * Shown only when the widget asks for it and the backend announces `exports`, so no link leads
 * nowhere.
 */
export class DataDownloadController {
  private readonly options: DataDownloadOptions;
  private readonly features: ReturnType<typeof featuresTask>;

  constructor(host: ReactiveControllerHost & { readonly hasUpdated: boolean }, options: DataDownloadOptions) {
    this.options = options;
    this.features = featuresTask(host, options.client, options.enabled);
  }

  render(
    localize: LocalizeController,
    datasets: readonly DownloadDataset[],
  ): TemplateResult | typeof nothing {
    const client = this.options.client();
    if (!this.options.enabled() || !client || !announces(this.features, 'exports')) return nothing;
    const shown = datasets.filter((d) => !d.feature || announces(this.features, d.feature));
    return html`<section class="download" part="download" aria-labelledby="download-title">
      <p class="download-title" id="download-title">${localize.term('download.title')}</p>
      <ul class="download-list" aria-labelledby="download-title">
        ${shown.map((d) => {
          const name = localize.term(`download.dataset.${d.dataset}`);
          return html`<li>
            <span class="download-name">${name}</span>
            ${EXPORT_FORMATS.map(
              (format) =>
                html`<a href=${exportUrl(client.baseUrl, d.dataset, format, d.filter)}
                  >${localize.term(`download.format.${format}`)}<span class="visually-hidden">
                    (${name})</span
                  ></a
                >`,
            )}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
