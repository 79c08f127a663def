import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { CivicClient } from '../client/index.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { EXPORT_FORMATS, exportUrl } from '../protocol/export-url.js';
import type { ExportFilter } from '../protocol/export-url.js';
import type { ExportDatasetId } from '../protocol/exports.js';
import { announces, featuresTask } from './features-task.js';

/** A dataset a widget offers for download. */
interface DownloadDataset {
  readonly dataset: ExportDatasetId;
  /** Another discovery feature the dataset needs besides `exports` (the history datasets). */
  readonly feature?: string;
}

/** The datasets about one item of each kind, in the order a widget lists them. */
export const ITEM_DATASETS: Readonly<Record<ExportFilter, readonly DownloadDataset[]>> = {
  petition: [
    { dataset: 'petitions' },
    { dataset: 'petition-regions' },
    { dataset: 'petition-history', feature: 'petitions.history' },
  ],
  board: [{ dataset: 'ideas' }],
  campaign: [
    { dataset: 'campaigns' },
    { dataset: 'campaign-milestones' },
    { dataset: 'campaign-history', feature: 'campaigns.history' },
  ],
  leaderboard: [{ dataset: 'leaderboard-entries' }],
};

export interface DataDownloadOptions {
  readonly client: () => CivicClient | undefined;
  /** The widget's `with-download`: discovery is read only when it is on. */
  readonly enabled: () => boolean;
  /** The kind of item the widget shows, which is also the filter its exports take. */
  readonly filter: ExportFilter;
  /** The id of the item shown. */
  readonly item: () => string | undefined;
}

/**
 * "Download the data": CSV and JSON links to the open-data exports about a widget's item, filtered
 * to it. Shown only when the widget asks for it and the backend announces `exports` (and, for a
 * history dataset, its history feature), so no link leads nowhere.
 */
export class DataDownloadController {
  private readonly options: DataDownloadOptions;
  private readonly features: ReturnType<typeof featuresTask>;

  constructor(host: ReactiveControllerHost & { readonly hasUpdated: boolean }, options: DataDownloadOptions) {
    this.options = options;
    this.features = featuresTask(host, options.client, options.enabled);
  }

  render(localize: LocalizeController): TemplateResult | typeof nothing {
    const { client, enabled, filter, item } = this.options;
    const api = client();
    const id = item();
    if (!enabled() || !api || !id || !announces(this.features, 'exports')) return nothing;
    const shown = ITEM_DATASETS[filter].filter((d) => !d.feature || announces(this.features, d.feature));
    return html`<section class="download" part="download" aria-labelledby="download-title">
      <p class="download-title" id="download-title">${localize.term('download.title')}</p>
      <ul class="download-list" aria-labelledby="download-title">
        ${shown.map(({ dataset }) => {
          const name = localize.term(`download.dataset.${dataset}`);
          return html`<li>
            <span class="download-name">${name}</span>
            ${EXPORT_FORMATS.map(
              (format) =>
                html`<a href=${exportUrl(api.baseUrl, dataset, format, { [filter]: id })}
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
