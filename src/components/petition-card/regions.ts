import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { customProperties } from '../../internal/custom-properties.js';
import { heading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { userText } from '../../internal/user-text.js';
import type { RegionCount } from '../../protocol/petitions.js';
import { renderDisclosureButton } from './disclosure.js';
import type { Disclosure } from './disclosure.js';
import { progressPercent } from './progress.js';

/** How many regions the region table shows before "Show all". */
export const TOP_REGIONS = 5;

/** One row of the region table. */
export interface RegionRow {
  readonly name: string;
  readonly count: number;
  /** Length of the row's bar: whole percent of the largest region's count. */
  readonly barPercent: number;
  /** Whole percent of all signatures with a region. */
  readonly sharePercent: number;
}

/** The regions, most signatures first: the top `TOP_REGIONS`, or all of them. */
export function regionRows(regions: readonly RegionCount[], all: boolean): RegionRow[] {
  const sorted = [...regions].sort((a, b) => b.count - a.count);
  const sum = sorted.reduce((total, region) => total + region.count, 0);
  const largest = sorted[0]?.count ?? 0;
  return (all ? sorted : sorted.slice(0, TOP_REGIONS)).map((region) => ({
    name: region.name,
    count: region.count,
    barPercent: progressPercent(region.count, largest),
    sharePercent: progressPercent(region.count, sum),
  }));
}

/** Signatures by region as a table, with a button to show every region when there are many. */
export function renderRegions(
  regions: readonly RegionCount[],
  level: HeadingLevel,
  localize: LocalizeController,
  showAll: Disclosure,
): TemplateResult | typeof nothing {
  if (regions.length === 0) return nothing;
  return html`<section class="regions" aria-labelledby="regions-title">
    ${heading(level, localize.term('petition.regions.title'), { id: 'regions-title' })}
    <table id="regions-table" aria-labelledby="regions-title">
      <thead>
        <tr>
          <th scope="col">${localize.term('petition.regions.region')}</th>
          <th scope="col" class="numeric">${localize.term('petition.regions.count')}</th>
          <th scope="col" class="numeric">${localize.term('petition.regions.share')}</th>
        </tr>
      </thead>
      <tbody>
        ${regionRows(regions, showAll.open).map(
          (region) =>
            html`<tr>
              <th scope="row">${userText(region.name)}</th>
              <td class="numeric">
                ${localize.number(region.count)}
                <span
                  class="bar"
                  aria-hidden="true"
                  ${customProperties({ '--_civic-bar': `${region.barPercent}%` })}
                ></span>
              </td>
              <td class="numeric">${localize.percent(region.sharePercent / 100)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      regions.length > TOP_REGIONS
        ? renderDisclosureButton(
            showAll.open
              ? localize.term('petition.regions.showFewer')
              : localize.plural('petition.regions.showAll', regions.length),
            'regions-table',
            showAll,
            'button secondary',
          )
        : nothing
    }
  </section>`;
}
